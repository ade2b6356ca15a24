// One shape for the findings of every analysis, so the list, the table view, the graph highlighting
// and the detail panel treat them alike. Pure: unit-tested in Node.
import type { SourceRef } from '../../../src/model/types';
import type { AnalysisOutputs, Localised } from '../api';
import type { Lang, Overlay } from '../state';

export interface Finding {
  /** Stable within a dataset: the list order of the analysis. */
  index: number;
  title: Localised;
  status?: string;
  /** Columns of the accessible table view, in the order of `TABLE_COLUMNS`. */
  cells: (string | number)[];
  explanation?: Localised;
  nodes: string[];
  edges: string[];
  sources: SourceRef[];
  /** The node the finding is about (a ministry, a body, a role), to focus the camera on. */
  anchor?: string;
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
};

const fixed = (x: number, d = 3) => Number(x.toFixed(d));
const same = (text: string): Localised => ({ nl: text, en: text });
const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** Names for ids; the list shows names, the evidence keeps ids. */
export type NameOf = (id: string) => string;

export function findingsOf<K extends Exclude<Overlay, 'none'>>(
  overlay: K,
  output: AnalysisOutputs[K],
  nameOf: NameOf,
  options: { centralityTop?: number } = {},
): Finding[] {
  switch (overlay) {
    case 'deviations':
      return (output as AnalysisOutputs['deviations'])
        .filter((f) => f.status !== 'compliant')
        .map((f, index) => ({
          index,
          title: {
            nl: `art. ${f.article} · ${f.subject}: ${f.actual}`,
            en: `art. ${f.article} · ${f.subject}: ${f.actual}`,
          },
          status: f.status,
          cells: [f.article, f.subject, f.status, f.expected, f.actual],
          explanation: f.explanation,
          nodes: f.evidence.nodes,
          edges: f.evidence.edges,
          sources: f.sources,
          anchor: f.evidence.nodes[0],
        }));
    case 'overlap':
      return (output as AnalysisOutputs['overlap']).pairs.map((p, index) => ({
        index,
        title: same(`${nameOf(p.a)} ↔ ${nameOf(p.b)} (${fixed(p.score, 2)})`),
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
          nl: `Onderwerpen gedeeld: ${p.sharedTopics.map(nameOf).join(', ') || '–'}. Leden gedeeld: ${p.sharedMembers.map(nameOf).join(', ') || '–'}.${p.reported ? ` Het rapport noemt de overlap (${p.reportedNature.join(', ')}).` : ''}`,
          en: `Shared topics: ${p.sharedTopics.map(nameOf).join(', ') || '–'}. Shared members: ${p.sharedMembers.map(nameOf).join(', ') || '–'}.${p.reported ? ` The report states the overlap (${p.reportedNature.join(', ')}).` : ''}`,
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
        title: same(
          `${f.ministry}: ${fixed(f.index, 2)}${f.contested ? ` (${fixed(f.indexRange[0], 2)}–${fixed(f.indexRange[1], 2)})` : ''}`,
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
                `${r.role}: ${r.id ? `${show(r.placement)}, ${r.hopsFromCio ?? '?'} stappen van de CIO` : 'niet aanwezig'}`,
            )
            .join('; '),
          en: f.roles
            .map(
              (r) =>
                `${r.role}: ${r.id ? `${show(r.placement)}, ${r.hopsFromCio ?? '?'} hops from the CIO` : 'not present'}`,
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
        title: same(`${nameOf(n.id)} · ${fixed(n.betweenness, 3)}`),
        cells: [nameOf(n.id), n.kind, fixed(n.betweenness, 4), n.degree, fixed(n.pagerank, 4), n.community],
        nodes: [n.id],
        edges: [],
        sources: [],
        anchor: n.id,
        weight: n.betweenness / max,
      }));
    }
    case 'contradictions':
      return (output as AnalysisOutputs['contradictions']).map((c, index) => ({
        index,
        title: same(`${nameOf(c.subject)} · ${c.property} (${c.snapshot})`),
        status: 'contested',
        cells: [nameOf(c.subject), c.property, c.snapshot, c.claims.map((x) => show(x.value)).join(' ≠ ')],
        explanation: {
          nl: c.claims
            .map((x) => `${show(x.value)} (${x.sources.map((s) => s.locator).join('; ')})`)
            .join(' tegenover '),
          en: c.claims
            .map((x) => `${show(x.value)} (${x.sources.map((s) => s.locator).join('; ')})`)
            .join(' versus '),
        },
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
const SEVERITY = ['deviation', 'contested', 'explained', 'unknown'];
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
