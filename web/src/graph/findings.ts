// One shape for the findings of every analysis, so the list, the table view, the graph highlighting
// and the detail panel treat them alike. Pure: unit-tested in Node.
import type { SourceRef } from '../../../src/model/types';
import type { AnalysisOutputs, Localised, ScenarioResult } from '../api';
import type { Lang, Overlay } from '../state';
import { label, plainText } from '../../../src/model/labels';

export interface Finding {
  /** Stable within a dataset: the list order of the analysis. */
  index: number;
  title: Localised;
  status?: string;
  /** Columns of the accessible table view, in the order of `TABLE_COLUMNS`; text in both languages where it is words. */
  cells: (string | number | Localised)[];
  explanation?: Localised;
  nodes: string[];
  edges: string[];
  sources: SourceRef[];
  /** The node the finding is about (a ministry, a body, a role), to focus the camera on. */
  anchor?: string;
  /** The analysis a scenario's finding comes from (its numbers mean what they mean there). */
  analysis?: string;
  /** Metric used to colour or size nodes: node id → value in [0, 1]. */
  weight?: number;
}

export const TABLE_COLUMNS: Record<Exclude<Overlay, 'none'>, Localised[]> = {
  deviations: [
    { nl: 'Artikel', en: 'Article' },
    { nl: 'Onderwerp', en: 'Subject' },
    { nl: 'Status', en: 'Status' },
    { nl: 'Norm', en: 'Expected' },
    { nl: 'Feitelijk', en: 'Actual' },
  ],
  overlap: [
    { nl: 'Gremium A', en: 'Body A' },
    { nl: 'Gremium B', en: 'Body B' },
    { nl: 'Score', en: 'Score' },
    { nl: 'Gedeelde onderwerpen', en: 'Shared topics' },
    { nl: 'Gedeelde leden', en: 'Shared members' },
    { nl: 'In rapport', en: 'In report' },
  ],
  fragmentation: [
    { nl: 'Ministerie', en: 'Ministry' },
    { nl: 'Index', en: 'Index' },
    { nl: 'Afstand', en: 'Distance' },
    { nl: 'Spreiding', en: 'Spread' },
    { nl: 'Bereik', en: 'Reach' },
    { nl: 'Plaatsen', en: 'Hosts' },
  ],
  centrality: [
    { nl: 'Knoop', en: 'Node' },
    { nl: 'Soort', en: 'Kind' },
    { nl: 'Tussenliggendheid', en: 'Betweenness' },
    { nl: 'Graad', en: 'Degree' },
    { nl: 'PageRank', en: 'PageRank' },
    { nl: 'Gemeenschap', en: 'Community' },
  ],
  contradictions: [
    { nl: 'Onderwerp', en: 'Subject' },
    { nl: 'Eigenschap', en: 'Property' },
    { nl: 'Peilmoment', en: 'Snapshot' },
    { nl: 'Beweringen', en: 'Claims' },
  ],
  changes: [
    { nl: 'Onderwerp', en: 'Subject' },
    { nl: 'Eigenschap', en: 'Property' },
    { nl: '2021', en: '2021' },
    { nl: '2024', en: '2024' },
    { nl: 'Bronnen', en: 'Sources' },
  ],
};

export const SCENARIO_COLUMNS: Localised[] = [
  { nl: 'Analyse', en: 'Analysis' },
  { nl: 'Wijziging', en: 'Change' },
  { nl: 'Bevinding', en: 'Finding' },
  { nl: 'Voor', en: 'Before' },
  { nl: 'Na', en: 'After' },
];

/** A subject of a finding (ministry code, 'rijk' or node id) as the node that stands for it. */
export type SubjectNode = (subject: string) => string | undefined;

const ANALYSIS_NAMES: Record<string, Localised> = {
  deviations: { nl: 'Afwijkingen', en: 'Deviations' },
  overlap: { nl: 'Overlap', en: 'Overlap' },
  fragmentation: { nl: 'Versnippering', en: 'Fragmentation' },
  centrality: { nl: 'Centraliteit', en: 'Centrality' },
};

/** The diff of a scenario as findings: one per added, removed or changed finding of each analysis. */
export function scenarioFindings(
  result: ScenarioResult,
  nameOf: NameOf,
  subjectNode: SubjectNode,
): Finding[] {
  const out: Finding[] = [];
  const push = (
    analysis: string,
    change: 'added' | 'removed' | 'changed',
    what: string,
    before: string,
    after: string,
    nodes: (string | undefined)[],
  ) =>
    out.push({
      index: out.length,
      title: both(
        (L) =>
          `${ANALYSIS_NAMES[analysis]![L]}: ${what}${before || after ? ` (${plainText(before, L) || '–'} → ${plainText(after, L) || '–'})` : ''}`,
      ),
      status: change,
      analysis,
      cells: [
        ANALYSIS_NAMES[analysis]!,
        both((L) => label('status', change, L)),
        what,
        both((L) => plainText(before, L)),
        both((L) => plainText(after, L)),
      ],
      nodes: nodes.filter((n): n is string => !!n),
      edges: [],
      sources: [],
      anchor: nodes.find((n) => !!n),
    });
  const d = result.diff;
  const dev = (f: { article: string; subject: string }) => `art. ${f.article} · ${f.subject}`;
  for (const f of d.deviations.added)
    push('deviations', 'added', dev(f), '', f.status, [subjectNode(f.subject)]);
  for (const f of d.deviations.removed)
    push('deviations', 'removed', dev(f), f.status, '', [subjectNode(f.subject)]);
  for (const c of d.deviations.changed)
    push('deviations', 'changed', dev(c.after), c.before.status, c.after.status, [
      subjectNode(c.after.subject),
    ]);
  const pair = (p: { a: string; b: string }) => `${nameOf(p.a)} ↔ ${nameOf(p.b)}`;
  for (const p of d.overlap.added)
    push('overlap', 'added', pair(p), '', fixed(p.score, 2).toString(), [p.a, p.b]);
  for (const p of d.overlap.removed)
    push('overlap', 'removed', pair(p), fixed(p.score, 2).toString(), '', [p.a, p.b]);
  for (const c of d.overlap.changed)
    push(
      'overlap',
      'changed',
      pair(c.after),
      fixed(c.before.score, 3).toString(),
      fixed(c.after.score, 3).toString(),
      [c.after.a, c.after.b],
    );
  for (const c of d.fragmentation.changed)
    push(
      'fragmentation',
      'changed',
      c.after.ministry,
      fixed(c.before.index, 3).toString(),
      fixed(c.after.index, 3).toString(),
      [subjectNode(c.after.ministry.split('/')[0]!)],
    );
  for (const f of d.fragmentation.added)
    push('fragmentation', 'added', f.ministry, '', fixed(f.index, 3).toString(), [subjectNode(f.ministry)]);
  for (const f of d.fragmentation.removed)
    push('fragmentation', 'removed', f.ministry, fixed(f.index, 3).toString(), '', [subjectNode(f.ministry)]);
  const body = (n: { id: string }) => nameOf(n.id);
  for (const n of d.centrality.removed)
    push('centrality', 'removed', body(n), n.betweenness.toFixed(4), '', [n.id]);
  for (const n of d.centrality.added)
    push('centrality', 'added', body(n), '', n.betweenness.toFixed(4), [n.id]);
  for (const c of d.centrality.changed)
    push(
      'centrality',
      'changed',
      body(c.after),
      c.before.betweenness.toFixed(4),
      c.after.betweenness.toFixed(4),
      [c.after.id],
    );
  return out;
}

const fixed = (x: number, d = 3) => Number(x.toFixed(d));
const both = (text: (lang: Lang) => string): Localised => ({ nl: text('nl'), en: text('en') });
/** A value from an analysis in words: codes and booleans labelled, competing values marked ⚠. */
const shown = (v: unknown, L: Lang): string =>
  typeof v === 'string' || typeof v === 'boolean'
    ? plainText(String(v), L)
    : v !== null &&
        typeof v === 'object' &&
        'contested' in v &&
        Array.isArray((v as { values?: unknown }).values)
      ? `⚠ ${(v as unknown as { values: unknown[] }).values.map((x) => shown(x, L)).join(' | ')}`
      : v === null || v === undefined
        ? '–'
        : Array.isArray(v)
          ? v.map((x) => shown(x, L)).join(', ')
          : String(v);

/** Names for ids; the list shows names, the evidence keeps ids. */
export type NameOf = (id: string) => string;

export function findingsOf<K extends Exclude<Overlay, 'none'>>(
  overlay: K,
  output: AnalysisOutputs[K],
  nameOf: NameOf,
  options: { centralityTop?: number; subjectNode?: SubjectNode } = {},
): Finding[] {
  switch (overlay) {
    case 'deviations':
      return (output as AnalysisOutputs['deviations'])
        .filter((f) => f.status !== 'compliant')
        .map((f, index) => ({
          index,
          title: both((L) => `art. ${f.article} · ${f.subject}: ${plainText(f.actual, L)}`),
          status: f.status,
          cells: [
            f.article,
            f.subject,
            both((L) => label('status', f.status, L)),
            both((L) => plainText(f.expected, L)),
            both((L) => plainText(f.actual, L)),
          ],
          explanation: f.explanation,
          nodes: f.evidence.nodes,
          edges: f.evidence.edges,
          sources: f.sources,
          anchor: f.evidence.nodes[0],
        }));
    case 'overlap':
      return (output as AnalysisOutputs['overlap']).pairs.map((p, index) => ({
        index,
        // The number says what it is; its formula is the tooltip (core/tips.ts).
        title: both(
          (L) =>
            `${nameOf(p.a)} ↔ ${nameOf(p.b)} (${L === 'nl' ? 'overlapscore' : 'overlap score'} ${fixed(p.score, 2)})`,
        ),
        status: p.reported ? 'reported' : undefined,
        cells: [
          nameOf(p.a),
          nameOf(p.b),
          fixed(p.score),
          p.sharedTopics.map(nameOf).join(', '),
          p.sharedMembers.map(nameOf).join(', '),
          p.reported ? '✓' : '',
        ],
        explanation: {
          nl: `Onderwerpen gedeeld: ${p.sharedTopics.map(nameOf).join(', ') || '–'}. Leden gedeeld: ${p.sharedMembers.map(nameOf).join(', ') || '–'}.${p.reported ? ` Het rapport noemt de overlap (${p.reportedNature.map((n) => label('overlapNature', n, 'nl')).join(', ')}).` : ''}`,
          en: `Shared topics: ${p.sharedTopics.map(nameOf).join(', ') || '–'}. Shared members: ${p.sharedMembers.map(nameOf).join(', ') || '–'}.${p.reported ? ` The report states the overlap (${p.reportedNature.map((n) => label('overlapNature', n, 'en')).join(', ')}).` : ''}`,
        },
        nodes: [p.a, p.b, ...p.sharedMembers, ...p.sharedTopics],
        edges: [],
        sources: p.sources,
        anchor: p.a,
        weight: p.score,
      }));
    case 'fragmentation':
      return (output as AnalysisOutputs['fragmentation']).map((f, index) => ({
        index,
        title: both(
          (L) =>
            `${f.ministry}: ${L === 'nl' ? 'versnipperingsindex' : 'fragmentation index'} ${fixed(f.index, 2)}${f.contested ? ` (${fixed(f.indexRange[0], 2)}–${fixed(f.indexRange[1], 2)})` : ''}`,
        ),
        status: f.contested ? 'contested' : undefined,
        cells: [
          f.ministry,
          fixed(f.index),
          fixed(f.components.distance),
          fixed(f.components.spread),
          fixed(f.components.reach),
          f.hosts,
        ],
        explanation: {
          nl: f.roles
            .map(
              (r) =>
                `${r.role}: ${r.id ? `${shown(r.placement, 'nl')}, ${r.hopsFromCio ?? '?'} stappen van de CIO` : 'niet aanwezig'}`,
            )
            .join('; '),
          en: f.roles
            .map(
              (r) =>
                `${r.role}: ${r.id ? `${shown(r.placement, 'en')}, ${r.hopsFromCio ?? '?'} hops from the CIO` : 'not present'}`,
            )
            .join('; '),
        },
        nodes: [...f.ministries, ...f.roles.flatMap((r) => (r.id ? [r.id, ...r.host] : []))],
        edges: [],
        sources: f.sources,
        anchor: f.ministries[0],
        weight: f.index,
      }));
    case 'centrality': {
      const nodes = [...(output as AnalysisOutputs['centrality']).nodes].sort(
        (a, b) => b.betweenness - a.betweenness || a.id.localeCompare(b.id),
      );
      const max = nodes[0]?.betweenness || 1;
      return nodes.slice(0, options.centralityTop ?? 25).map((n, index) => ({
        index,
        title: both(
          (L) =>
            `${nameOf(n.id)} · ${L === 'nl' ? 'tussenliggendheid' : 'betweenness'} ${fixed(n.betweenness, 3)}`,
        ),
        cells: [
          nameOf(n.id),
          both((L) => label('nodeKind', n.kind, L)),
          fixed(n.betweenness, 4),
          n.degree,
          fixed(n.pagerank, 4),
          n.community,
        ],
        nodes: [n.id],
        edges: [],
        sources: [],
        anchor: n.id,
        weight: n.betweenness / max,
      }));
    }
    case 'changes':
      return (output as AnalysisOutputs['changes']).changes.map((c, index) => ({
        index,
        title: both(
          (L) => `${c.subject} · ${plainText(c.property, L)}: ${shown(c.from, L)} → ${shown(c.to, L)}`,
        ),
        status: 'changed',
        cells: [
          c.subject,
          both((L) => plainText(c.property, L)),
          both((L) => shown(c.from, L)),
          both((L) => shown(c.to, L)),
          [...new Set(c.sources.map((s) => s.locator))].join('; '),
        ],
        nodes: [options.subjectNode?.(c.subject) ?? c.subject],
        edges: [],
        sources: c.sources,
        anchor: options.subjectNode?.(c.subject) ?? c.subject,
      }));
    case 'contradictions':
      return (output as AnalysisOutputs['contradictions']).map((c, index) => ({
        index,
        title: both((L) => `${nameOf(c.subject)} · ${plainText(c.property, L)} (${c.snapshot})`),
        status: 'contested',
        cells: [
          nameOf(c.subject),
          both((L) => plainText(c.property, L)),
          c.snapshot,
          both((L) => c.claims.map((x) => shown(x.value, L)).join(' ≠ ')),
        ],
        explanation: both((L) =>
          c.claims
            .map((x) => `${shown(x.value, L)} (${x.sources.map((s) => s.locator).join('; ')})`)
            .join(L === 'nl' ? ' tegenover ' : ' versus '),
        ),
        nodes: c.evidence.nodes,
        edges: c.evidence.edges,
        sources: c.claims.flatMap((x) => x.sources),
        anchor: c.subject,
      }));
    default:
      return [];
  }
}

/** The colour status of each node under an overlay: the most serious finding that names it wins. */
const SEVERITY = ['deviation', 'removed', 'contested', 'added', 'changed', 'explained', 'unknown'];
export function nodeStatuses(findings: Finding[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of findings) {
    if (!f.status || !SEVERITY.includes(f.status)) continue;
    for (const n of f.nodes) {
      const current = out.get(n);
      if (!current || SEVERITY.indexOf(f.status) < SEVERITY.indexOf(current)) out.set(n, f.status);
    }
  }
  return out;
}

export function localise(text: Localised | undefined, lang: Lang): string {
  return text ? text[lang] : '';
}
