// The edit mode's five forms, each with its own source fieldset: built in code (no inline HTML),
// every field labelled, submitted with Enter or the button, the first wrong field announced and
// focused. What a form produces comes from producers.ts; this file only reads fields and builds DOM.
import { label } from '../../../../src/model/labels';
import { CXO_TYPES, ORGANISATION_TYPES, PLACEMENTS } from '../../../../src/model/vocabulary';
import type { DataGraph } from '../../graph/visibility';
import type { Lang } from '../../state';
import { el } from '../../ui/dom';
import type { Listen } from '../../ui/dom';
import {
  DOCUMENT_KINDS,
  FACT_PROPERTIES,
  MEMBERSHIP_ACTIONS,
  cioOperations,
  cxoOperations,
  departmentalCioOf,
  factOperations,
  membershipOperations,
  nodeOptions,
  reportingOperations,
  sourceProblems,
} from './producers';
import type {
  DocumentKind,
  FormId,
  FormResult,
  MembershipAction,
  NodeOption,
  PendingChange,
  SourceInput,
} from './producers';
import { actionText, docKindText, errorText, formTitle, sourceFieldText, tx } from './text';

export interface FormsContext {
  lang: Lang;
  graph: DataGraph;
  ministry: string;
  focus: ReadonlySet<string> | null;
  /** The source the editor named last, to start the next form from. */
  lastSource: SourceInput | null;
  on: Listen;
  add(change: Omit<PendingChange, 'id'>): void;
}

type Options = [value: string, text: string][];

const field = (id: string, text: string, control: HTMLElement) =>
  el('div', { class: 'edit-field' }, el('label', { for: id }, text), control);

function select(id: string, options: Options, value = ''): HTMLSelectElement {
  const s = el('select', { id, name: id }, ...options.map(([v, t]) => el('option', { value: v }, t)));
  s.value = options.some(([v]) => v === value) ? value : (options[0]?.[0] ?? '');
  return s;
}

const input = (id: string, type = 'text', value = '') => {
  const i = el('input', { id, name: id, type, autocomplete: 'off' });
  i.value = value;
  return i;
};

const nodes = (list: NodeOption[]): Options => list.map((n) => [n.id, n.name]);

/** One form: its fields, its source, its error line; `build` turns the fields into operations. */
function form(
  f: FormsContext,
  id: FormId,
  fields: HTMLElement[],
  build: () => FormResult & { summary?: string },
): HTMLElement {
  const L = f.lang;
  const p = (name: string) => `edit-${id}-src-${name}`;
  const last = f.lastSource;
  const kinds: Options = DOCUMENT_KINDS.map((k) => [k, docKindText(L, k)]);
  const source = el(
    'fieldset',
    { class: 'edit-source' },
    el('legend', {}, tx(L, 'source')),
    field(p('kind'), sourceFieldText(L, 'kind'), select(p('kind'), kinds, last?.kind)),
    field(p('title'), sourceFieldText(L, 'title'), input(p('title'), 'text', last?.title)),
    field(p('author'), sourceFieldText(L, 'author'), input(p('author'), 'text', last?.author)),
    field(p('date'), sourceFieldText(L, 'date'), input(p('date'), 'date', last?.date)),
    field(p('kenmerk'), sourceFieldText(L, 'kenmerk'), input(p('kenmerk'), 'text', last?.kenmerk)),
    field(p('locator'), sourceFieldText(L, 'locator'), input(p('locator'), 'text', last?.locator)),
  );
  const error = el('p', { class: 'edit-error', id: `edit-${id}-error`, role: 'alert' });
  const element = el(
    'form',
    { id: `edit-form-${id}`, class: 'edit-form', novalidate: '' },
    ...fields,
    source,
    el('button', { type: 'submit', id: `edit-${id}-add` }, tx(L, 'add')),
    error,
  );
  const value = (name: string) =>
    (element.querySelector<HTMLInputElement | HTMLSelectElement>(`#${CSS.escape(name)}`)?.value ?? '').trim();
  const fail = (controlId: string, message: string) => {
    element.querySelectorAll('[aria-invalid]').forEach((c) => c.removeAttribute('aria-invalid'));
    const control = element.querySelector<HTMLElement>(`#${CSS.escape(controlId)}`);
    control?.setAttribute('aria-invalid', 'true');
    control?.setAttribute('aria-describedby', error.id);
    error.textContent = message;
    control?.focus();
  };
  f.on(element, 'submit', (e) => {
    e.preventDefault();
    const src: SourceInput = {
      kind: value(p('kind')) as DocumentKind,
      title: value(p('title')),
      author: value(p('author')),
      date: value(p('date')),
      kenmerk: value(p('kenmerk')),
      locator: value(p('locator')),
    };
    const result = build();
    if ('error' in result) return fail(`edit-${id}-${result.field}`, errorText(L, result.error));
    const missing = sourceProblems(src)[0];
    if (missing) return fail(p(missing), `${sourceFieldText(L, missing)}: ${errorText(L, 'required')}`);
    element.querySelectorAll('[aria-invalid]').forEach((c) => c.removeAttribute('aria-invalid'));
    error.textContent = '';
    f.add({
      form: id,
      summary: `${formTitle(L, id)}: ${result.summary ?? ''}`,
      operations: result.operations,
      source: src,
    });
  });
  return el(
    'details',
    { class: 'edit-form-box', id: `edit-box-${id}` },
    el('summary', {}, formTitle(L, id)),
    element,
  );
}

/** The forms of the edit mode for the focused ministry, in the current language. */
export function buildForms(f: FormsContext): HTMLElement[] {
  const L = f.lang;
  const g = f.graph;
  const none: Options = [['', tx(L, 'none')]];
  const name = (id: string) => (g.hasNode(id) ? g.getNodeAttribute(id, 'name') : id);
  const roles = nodes(nodeOptions(g, f.focus, ['role']));
  const bodies = nodes(nodeOptions(g, f.focus, ['body']));
  const hosts = nodes(nodeOptions(g, f.focus, ['organisation', 'ministry']));
  const records = nodes(nodeOptions(g, f.focus, ['role', 'organisation', 'body', 'ministry']));
  const v = (id: string) => (document.getElementById(id) as HTMLInputElement | null)?.value.trim() ?? '';

  const cio = form(
    f,
    'cio',
    [
      field('edit-cio-organisation', tx(L, 'organisation'), input('edit-cio-organisation')),
      field('edit-cio-abbreviation', tx(L, 'abbreviation'), input('edit-cio-abbreviation')),
      field(
        'edit-cio-type',
        tx(L, 'organisationType'),
        select(
          'edit-cio-type',
          ORGANISATION_TYPES.map((t) => [t, label('organisationType', t, L)]),
          'unit_or_agency',
        ),
      ),
      field('edit-cio-cio-name', tx(L, 'cioName'), input('edit-cio-cio-name')),
      field(
        'edit-cio-reports-to',
        tx(L, 'reportsTo'),
        select('edit-cio-reports-to', [...none, ...roles], departmentalCioOf(g, f.ministry)),
      ),
      field('edit-cio-body', tx(L, 'body'), select('edit-cio-body', [...none, ...bodies])),
    ],
    () => {
      const r = cioOperations(g, {
        ministry: f.ministry,
        organisation: v('edit-cio-organisation'),
        abbreviation: v('edit-cio-abbreviation'),
        organisationType: v('edit-cio-type'),
        cioName: v('edit-cio-cio-name'),
        reportsTo: v('edit-cio-reports-to'),
        body: v('edit-cio-body'),
      });
      if ('error' in r) return r;
      const [org, role] = r.operations as { name: string }[];
      return { ...r, summary: `${role!.name} (${org!.name})` };
    },
  );

  const cxo = form(
    f,
    'cxo',
    [
      field('edit-cxo-role', tx(L, 'role'), select('edit-cxo-role', [['', tx(L, 'newRole')], ...roles])),
      field(
        'edit-cxo-new-type',
        tx(L, 'newType'),
        select(
          'edit-cxo-new-type',
          CXO_TYPES.map((t) => [t, label('roleType', t, L)]),
        ),
      ),
      field('edit-cxo-new-name', tx(L, 'newName'), input('edit-cxo-new-name')),
      field('edit-cxo-host', tx(L, 'host'), select('edit-cxo-host', hosts)),
      field(
        'edit-cxo-placement',
        tx(L, 'placement'),
        select('edit-cxo-placement', [
          ['', tx(L, 'placementAuto')],
          ...PLACEMENTS.map((p): [string, string] => [p, label('placement', p, L)]),
        ]),
      ),
    ],
    () => {
      const role = v('edit-cxo-role');
      const r = cxoOperations(g, {
        ministry: f.ministry,
        role,
        newType: v('edit-cxo-new-type'),
        newName: v('edit-cxo-new-name'),
        host: v('edit-cxo-host'),
        placement: v('edit-cxo-placement'),
      });
      if ('error' in r) return r;
      const what = role ? name(role) : v('edit-cxo-new-name') || label('roleType', v('edit-cxo-new-type'), L);
      return { ...r, summary: `${what} → ${name(v('edit-cxo-host'))}` };
    },
  );

  const reports = form(
    f,
    'reports',
    [
      field('edit-reports-role', tx(L, 'role'), select('edit-reports-role', roles)),
      field(
        'edit-reports-to',
        tx(L, 'to'),
        select('edit-reports-to', roles, departmentalCioOf(g, f.ministry)),
      ),
    ],
    () => {
      const r = reportingOperations(v('edit-reports-role'), v('edit-reports-to'));
      return 'error' in r
        ? r
        : { ...r, summary: `${name(v('edit-reports-role'))} → ${name(v('edit-reports-to'))}` };
    },
  );

  const membership = form(
    f,
    'membership',
    [
      field(
        'edit-membership-action',
        tx(L, 'action'),
        select(
          'edit-membership-action',
          MEMBERSHIP_ACTIONS.map((a) => [a, actionText(L, a)]),
        ),
      ),
      field('edit-membership-role', tx(L, 'role'), select('edit-membership-role', roles)),
      field('edit-membership-body', tx(L, 'body'), select('edit-membership-body', bodies)),
    ],
    () => {
      const action = v('edit-membership-action') as MembershipAction;
      const r = membershipOperations(action, v('edit-membership-role'), v('edit-membership-body'));
      return 'error' in r
        ? r
        : {
            ...r,
            summary: `${actionText(L, action)}: ${name(v('edit-membership-role'))} – ${name(v('edit-membership-body'))}`,
          };
    },
  );

  const fact = form(
    f,
    'fact',
    [
      field('edit-fact-node', tx(L, 'node'), select('edit-fact-node', records)),
      field(
        'edit-fact-property',
        tx(L, 'property'),
        select(
          'edit-fact-property',
          FACT_PROPERTIES.map((p) => [p, label('fact', p, L)]),
        ),
      ),
      field('edit-fact-value', tx(L, 'value'), input('edit-fact-value')),
    ],
    () => {
      const r = factOperations(v('edit-fact-node'), v('edit-fact-property'), v('edit-fact-value'));
      return 'error' in r
        ? r
        : {
            ...r,
            summary: `${name(v('edit-fact-node'))}: ${label('fact', v('edit-fact-property'), L)} = ${v('edit-fact-value')}`,
          };
    },
  );
  return [cio, cxo, reports, membership, fact];
}
