// The edit mode, pure part: what each form turns into (scenario operations with a named source), the
// pending list as producers `(args) => (state) => state`, the change set a commit sends, what the
// server's answer means for the user, and the rows of the history panel. No DOM, no fetch: the
// module in index.ts binds these to the page and the API.
import type { ChangeDocument, ChangeSetInput, ChangeSource } from '../../../../src/workspace/schema';
import { LABELS } from '../../../../src/model/labels';
import type { DataGraph } from '../../graph/visibility';

export type Operation = ChangeSetInput['operations'][number];
export type { ChangeDocument, ChangeSource };

/** The kinds of document a change can name; the id and locator carry the kind (documents have no kind field). */
export const DOCUMENT_KINDS = [
  'organisatiebesluit',
  'mandaatbesluit',
  'aanstellingsbesluit',
  'brief',
  'verslag',
  'other',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What the editor names as the source of one pending change. */
export interface SourceInput {
  kind: DocumentKind;
  title: string;
  /** Who issued it (the document's author): "SG JenV", "Minister van BZK". */
  author: string;
  date: string;
  kenmerk?: string;
  /** Where in the document: an article, a paragraph; empty: the document as a whole. */
  locator?: string;
}

export type FormId = 'cio' | 'cxo' | 'reports' | 'membership' | 'fact';

export interface PendingChange {
  id: number;
  form: FormId;
  /** One line in the pending list, in the language it was made in (data names, not codes). */
  summary: string;
  operations: Operation[];
  source: SourceInput;
}

export interface EditState {
  pending: PendingChange[];
  nextId: number;
}

export const EMPTY_EDIT_STATE: EditState = { pending: [], nextId: 1 };

// ---- producers -------------------------------------------------------------------------------

export const addPending =
  (change: Omit<PendingChange, 'id'>) =>
  (state: EditState): EditState => ({
    pending: [...state.pending, { ...change, id: state.nextId }],
    nextId: state.nextId + 1,
  });

export const removePending =
  (id: number) =>
  (state: EditState): EditState => ({ ...state, pending: state.pending.filter((p) => p.id !== id) });

export const clearPending =
  () =>
  (state: EditState): EditState => ({ ...state, pending: [] });

/** The state kept for the tab (sessionStorage), or the empty state when the text is not one. */
export function editStateOf(text: string | null): EditState {
  if (!text) return EMPTY_EDIT_STATE;
  try {
    const parsed = JSON.parse(text) as Partial<EditState>;
    if (!Array.isArray(parsed.pending) || typeof parsed.nextId !== 'number') return EMPTY_EDIT_STATE;
    const pending = parsed.pending.filter(
      (p): p is PendingChange =>
        !!p &&
        typeof p.id === 'number' &&
        typeof p.summary === 'string' &&
        Array.isArray(p.operations) &&
        !!p.source &&
        typeof p.source.title === 'string',
    );
    return { pending, nextId: Math.max(parsed.nextId, ...pending.map((p) => p.id + 1)) };
  } catch {
    // A damaged or foreign value in sessionStorage: start empty rather than fail the page.
    return EMPTY_EDIT_STATE;
  }
}

// ---- sources ---------------------------------------------------------------------------------

const ID_SAFE = /[^A-Za-z0-9._-]+/g;
export const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(ID_SAFE, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .replace(/-{2,}/g, '-');

/** What is missing or wrong in a source, by field; empty when it can be sent. */
export function sourceProblems(s: SourceInput): (keyof SourceInput)[] {
  const problems: (keyof SourceInput)[] = [];
  if (!DOCUMENT_KINDS.includes(s.kind)) problems.push('kind');
  if (!s.title.trim()) problems.push('title');
  if (!s.author.trim()) problems.push('author');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s.date) || Number.isNaN(Date.parse(s.date))) problems.push('date');
  return problems;
}

/** The document a source declares: its id says kind, date and title, so one document is one id. */
export function documentOf(s: SourceInput): ChangeDocument {
  const id = `${s.kind}-${s.date}-${slug(s.title).toLowerCase()}`.slice(0, 200);
  return {
    id,
    title: s.title.trim(),
    author: s.author.trim(),
    date: s.date,
    ...(s.kenmerk?.trim() ? { kenmerk: s.kenmerk.trim() } : {}),
  };
}

export function citationOf(s: SourceInput): ChangeSource {
  return { doc: documentOf(s).id, locator: s.locator?.trim() || s.kind };
}

// ---- the change set and its preview ----------------------------------------------------------

const uniqueBy = <T>(items: T[], key: (x: T) => string) => [
  ...new Map(items.map((x) => [key(x), x])).values(),
];

/**
 * The change set a commit sends. A change set has one list of sources for all its operations, so
 * every pending change's source is cited (once) and every document declared (once).
 */
export function changeSetOf(pending: readonly PendingChange[], base: number, reason: string): ChangeSetInput {
  return {
    base,
    reason: reason.trim(),
    sources: uniqueBy(
      pending.map((p) => citationOf(p.source)),
      (c) => `${c.doc}|${c.locator}`,
    ),
    documents: uniqueBy(
      pending.map((p) => documentOf(p.source)),
      (d) => d.id,
    ),
    operations: pending.flatMap((p) => p.operations),
  };
}

/** The pending changes as a scenario, for the scenario view's live preview of every analysis's diff. */
export function previewScenarioOf(pending: readonly PendingChange[], name: string, description: string) {
  return { name, description, snapshot: '2024', operations: pending.flatMap((p) => p.operations) };
}

// ---- the forms -------------------------------------------------------------------------------

export type FormResult = { operations: Operation[] } | { error: FormError; field: string };
export type FormError = 'required' | 'exists' | 'same' | 'badValue';

const has = (graph: DataGraph, id: string) => graph.hasNode(id);

export interface CioForm {
  ministry: string;
  organisation: string;
  abbreviation: string;
  organisationType: string;
  cioName: string;
  /** The role the new CIO reports to (usually the departmental CIO); empty: none. */
  reportsTo: string;
  /** A body the CIO sits in (the ministry's CIO council); empty: none. */
  body: string;
}

/** A decentral CIO with its organisation: two new records, hosted, reporting and optionally seated. */
export function cioOperations(graph: DataGraph, f: CioForm): FormResult {
  if (!f.organisation.trim()) return { error: 'required', field: 'organisation' };
  const short = slug(f.abbreviation.trim() || f.organisation.trim());
  if (!short) return { error: 'badValue', field: 'abbreviation' };
  const org = `${f.ministry}/${short}`;
  const role = `${f.ministry}/CIO-${short}`;
  if (has(graph, org)) return { error: 'exists', field: 'abbreviation' };
  if (has(graph, role)) return { error: 'exists', field: 'cio-name' };
  const abbreviation = f.abbreviation.trim();
  const operations: Operation[] = [
    {
      op: 'add-node',
      id: org,
      kind: 'organisation',
      type: f.organisationType || 'unit_or_agency',
      name: f.organisation.trim(),
      ...(abbreviation ? { abbreviation } : {}),
      ministries: [f.ministry],
    },
    {
      op: 'add-node',
      id: role,
      kind: 'role',
      type: 'decentral_cio',
      name: f.cioName.trim() || `CIO ${abbreviation || f.organisation.trim()}`,
      ministries: [f.ministry],
    },
    { op: 'add-edge', kind: 'hosted_by', from: role, to: org },
  ];
  if (f.reportsTo) operations.push({ op: 'set-reports-to', role, to: f.reportsTo });
  if (f.body) operations.push({ op: 'add-membership', role, body: f.body });
  return { operations };
}

export interface CxoForm {
  ministry: string;
  /** An existing role to move; empty: place a new CxO role of `newType`. */
  role: string;
  newType: string;
  newName: string;
  host: string;
  placement: string;
}

/** Place a new CxO role, or move an existing one to another host (with its placement). */
export function cxoOperations(graph: DataGraph, f: CxoForm): FormResult {
  if (!f.host) return { error: 'required', field: 'host' };
  const operations: Operation[] = [];
  let role = f.role;
  if (!role) {
    if (!f.newType) return { error: 'required', field: 'new-type' };
    role = `${f.ministry}/${f.newType}-${slug(graph.hasNode(f.host) ? (graph.getNodeAttribute(f.host, 'abbreviation') ?? f.host.split('/').pop()!) : f.host)}`;
    if (has(graph, role)) return { error: 'exists', field: 'new-type' };
    operations.push({
      op: 'add-node',
      id: role,
      kind: 'role',
      type: f.newType,
      name: f.newName.trim() || `${f.newType} ${f.ministry}`,
      ministries: [f.ministry],
    });
  }
  operations.push({
    op: 'move-role',
    role,
    host: f.host,
    ...(f.placement ? { placement: f.placement } : {}),
  });
  return { operations };
}

export function reportingOperations(role: string, to: string): FormResult {
  if (!role) return { error: 'required', field: 'role' };
  if (!to) return { error: 'required', field: 'to' };
  if (role === to) return { error: 'same', field: 'to' };
  return { operations: [{ op: 'set-reports-to', role, to }] };
}

export const MEMBERSHIP_ACTIONS = ['add-membership', 'remove-membership', 'set-chair', 'end-chair'] as const;
export type MembershipAction = (typeof MEMBERSHIP_ACTIONS)[number];

export function membershipOperations(action: MembershipAction, role: string, body: string): FormResult {
  if (!role) return { error: 'required', field: 'role' };
  if (!body) return { error: 'required', field: 'body' };
  if (action === 'end-chair')
    return { operations: [{ op: 'remove-edge', kind: 'chairs', from: role, to: body }] };
  return { operations: [{ op: action, role, body }] };
}

/** The model's fact names (the labels' fact table less two labels that are not facts; a test holds them equal). */
export const FACT_PROPERTIES = Object.keys(LABELS.fact)
  .filter((k) => k !== 'cioFunction' && k !== 'reportsTo')
  .sort();

/** A fact value as typed: yes/no and ja/nee are booleans, digits a number, JSON as JSON, else text. */
export function factValueOf(text: string): string | number | boolean | string[] | null {
  const t = text.trim();
  if (/^(true|ja|yes)$/i.test(t)) return true;
  if (/^(false|nee|no)$/i.test(t)) return false;
  if (/^-?\d+$/.test(t)) return Number(t);
  if (t.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(t);
      if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) return parsed as string[];
    } catch {
      // Not JSON: taken as the text it is.
    }
  }
  return t === '' ? null : t;
}

export function factOperations(node: string, property: string, value: string): FormResult {
  if (!node) return { error: 'required', field: 'node' };
  if (!FACT_PROPERTIES.includes(property)) return { error: 'badValue', field: 'property' };
  if (!value.trim()) return { error: 'required', field: 'value' };
  return { operations: [{ op: 'set-fact', node, property, value: factValueOf(value) }] };
}

// ---- picking records -------------------------------------------------------------------------

export interface NodeOption {
  id: string;
  name: string;
}

/** The records a form offers: of these kinds (and types), within the focus when there is one, by name. */
export function nodeOptions(
  graph: DataGraph,
  focus: ReadonlySet<string> | null,
  kinds: readonly string[],
  types?: readonly string[],
): NodeOption[] {
  return graph
    .filterNodes(
      (id, a) =>
        (!focus || focus.has(id)) && kinds.includes(a.kind) && (!types || types.includes(a.type ?? '')),
    )
    .map((id) => ({ id, name: graph.getNodeAttribute(id, 'name') }))
    .sort((x, y) => x.name.localeCompare(y.name) || x.id.localeCompare(y.id));
}

/** The departmental CIO of a ministry: the default a new decentral CIO reports to. */
export function departmentalCioOf(graph: DataGraph, ministry: string): string {
  return (
    graph.findNode(
      (_id, a) => a.kind === 'role' && a.type === 'departmental_cio' && !!a.ministries?.includes(ministry),
    ) ?? ''
  );
}
