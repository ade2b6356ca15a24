// The stelsel report: the Rijk-wide chapter. Tabel 1, 3 and 4 regenerated from the graph (the same
// computation as `cio-graph tables`), the deviations matrix, the overlap of the Rijk gremia as a
// heatmap with the overlaps the report names marked, fragmentation per stelsel as a bar chart of its
// components, the most central gremia, every contradiction and every change since 2021.
import type { OrgGraph } from '../model/types';
import type { Snapshot } from '../model/vocabulary';
import { CXO_TYPES } from '../model/vocabulary';
import type { Lang } from '../analyses/types';
import { reportTables } from '../analyses/tables';
import type { ReportTables } from '../analyses/tables';
import { deviations } from '../analyses/deviations';
import { overlap } from '../analyses/overlap';
import { fragmentation } from '../analyses/fragmentation';
import { centrality } from '../analyses/centrality';
import { RULES } from '../analyses/rules';
import {
  deviationsMatrixSpec,
  fragmentationBarSpec,
  overlapHeatmapSpec,
  renderVegaLite,
} from './figures/charts';
import { label, relabelCodes } from '../model/labels';
import { statusLabel, tr } from './i18n';
import type { Block, ReportDocument, ReportMeta, TableCell } from './model';
import { cell, cite } from './model';
import { articleText } from './sections';
import { changesBlocks, contradictionsBlocks, indexText } from './sections-analyses';
import { anyValueText, factInline, fmt3, nodeName, shortName, valueText } from './values';
import { workspaceBlocks } from './workspace';
import type { ReportWorkspace } from './workspace';

export function tableBlocks(graph: OrgGraph, tables: ReportTables, lang: Lang): Block[] {
  const t1: Block = {
    type: 'table',
    caption: `${tr(lang, 'tabel1')} (${tables.snapshot})`,
    headers: [
      tr(lang, 'ministry'),
      tr(lang, 'cioFunction'),
      tr(lang, 'fulltime'),
      tr(lang, 'placement'),
      tr(lang, 'inBestuursraad'),
      tr(lang, 'selfAgenda'),
      tr(lang, 'explain'),
      tr(lang, 'development'),
    ],
    rows: tables.tabel1.map((r) => [
      cell(r.ministry),
      cell(...factInline(r.cioFunction, lang)),
      cell(...factInline(r.fulltime, lang)),
      cell(...factInline(r.reportsTo, lang)),
      cell(...factInline(r.inBestuursraad, lang)),
      cell(...factInline(r.selfAgenda, lang)),
      cell(...factInline(r.explain, lang)),
      r.development.changes.length
        ? cell(
            ...r.development.changes.flatMap((c, i) => [
              `${i ? '; ' : ''}${label('fact', c.field, lang)}: ${valueText(c.from, lang)} → ${valueText(c.to, lang)}`,
              ...cite(c.sources),
            ]),
          )
        : cell(r.development.comparedFields.length ? tr(lang, 'unchanged') : tr(lang, 'unknownValue')),
    ]),
  };
  const t3: Block = {
    type: 'table',
    caption: `${tr(lang, 'tabel3')} (${tables.snapshot})`,
    headers: [tr(lang, 'ministry'), ...CXO_TYPES],
    rows: tables.tabel3.map((r) => [
      cell(r.ministry),
      ...CXO_TYPES.map((cxo) => {
        const c = r[cxo];
        const hosts = c.host.map((h) => shortName(graph, h));
        return cell(
          ...factInline(c.present, lang),
          ' (',
          ...factInline(c.placement, lang, 'placement'),
          `${hosts.length ? `; ${hosts.join(', ')}` : ''})`,
        );
      }),
    ]),
  };
  const t4: Block = {
    type: 'table',
    caption: `${tr(lang, 'tabel4')} (${tables.snapshot})`,
    headers: [tr(lang, 'ministry'), tr(lang, 'count'), tr(lang, 'decentral')],
    rows: tables.tabel4.map((r) => [
      cell(r.ministry),
      cell(String(r.decentralCios.length)),
      cell(
        r.decentralCios.map((d) => d.abbreviation ?? d.name).join(', ') || '—',
        ...cite(r.decentralCios.flatMap((d) => graph.getNodeAttribute(d.id, 'sources'))),
      ),
    ]),
  };
  return [
    { type: 'heading', level: 2, id: 'tabel-1', text: tr(lang, 'tabel1') },
    t1,
    { type: 'heading', level: 2, id: 'tabel-3', text: tr(lang, 'tabel3') },
    t3,
    { type: 'heading', level: 2, id: 'tabel-4', text: tr(lang, 'tabel4') },
    t4,
  ];
}

const LETTER: Record<string, string> = {
  deviation: 'A',
  explained: 'V',
  contested: 'B',
  compliant: '✓',
  unknown: '?',
};
const LETTER_EN: Record<string, string> = {
  deviation: 'D',
  explained: 'E',
  contested: 'C',
  compliant: '✓',
  unknown: '?',
};

async function deviationBlocks(
  graph: OrgGraph,
  lang: Lang,
  snapshot: Snapshot,
  ministries: string[],
): Promise<Block[]> {
  const findings = deviations(graph, { snapshot });
  const departmental = RULES.filter((r) => r.level === 'departmental').map((r) => r.article);
  const statusLabels = Object.fromEntries(
    (['deviation', 'explained', 'contested', 'compliant', 'unknown'] as const).map((s) => [
      s,
      statusLabel(lang, s),
    ]),
  );
  const letters = lang === 'nl' ? LETTER : LETTER_EN;
  const matrix = findings.filter((f) => departmental.includes(f.article) && ministries.includes(f.subject));
  const svg = await renderVegaLite(
    deviationsMatrixSpec(
      matrix.map((f) => ({
        ministry: f.subject,
        article: f.article,
        status: f.status,
        label: statusLabels[f.status]!,
        letter: letters[f.status]!,
      })),
      ministries,
      departmental,
      statusLabels,
      { ministry: tr(lang, 'ministry'), article: tr(lang, 'article'), status: tr(lang, 'status') },
    ),
    { id: 'deviations-matrix', title: tr(lang, 'deviationsMatrix'), desc: tr(lang, 'deviationsCaption') },
  );
  const byKey = new Map(matrix.map((f) => [`${f.subject}|${f.article}`, f]));
  const table: Block = {
    type: 'table',
    caption: tr(lang, 'deviationsMatrix'),
    headers: [tr(lang, 'ministry'), ...departmental.map((a) => `Art. ${a}`)],
    rows: ministries.map((m) => [
      cell(m),
      ...departmental.map((a): TableCell => {
        const f = byKey.get(`${m}|${a}`);
        return f ? { content: cite(f.sources), status: f.status } : cell('—');
      }),
    ]),
  };
  const rijk = findings.filter((f) => !departmental.includes(f.article));
  return [
    { type: 'heading', level: 2, id: 'afwijkingen', text: tr(lang, 'deviationsMatrix') },
    { type: 'figure', caption: tr(lang, 'deviationsCaption'), svg },
    table,
    {
      type: 'table',
      caption: `${tr(lang, 'norms')}: ${tr(lang, 'rijkLevel')}`,
      headers: [tr(lang, 'article'), tr(lang, 'articleText'), tr(lang, 'status'), tr(lang, 'explanation')],
      rows: rijk.map((f) => [
        cell(`Art. ${f.article}`),
        cell(...articleText(graph, f.article, lang)),
        { content: [], status: f.status },
        cell(relabelCodes(f.explanation[lang], lang), ...cite(f.sources)),
      ]),
    },
  ];
}

async function overlapBlocks(graph: OrgGraph, lang: Lang, snapshot: Snapshot): Promise<Block[]> {
  const pairs = overlap(graph, { snapshot }).pairs.filter((p) => p.level === 'rijk');
  const bodies = [...new Set(pairs.flatMap((p) => [p.a, p.b]))].sort((x, y) =>
    shortName(graph, x).localeCompare(shortName(graph, y)),
  );
  const label = (id: string) => shortName(graph, id);
  const cells = pairs.flatMap((p) => [
    { a: label(p.a), b: label(p.b), score: p.score, reported: p.reported },
    { a: label(p.b), b: label(p.a), score: p.score, reported: p.reported },
  ]);
  const svg = await renderVegaLite(
    overlapHeatmapSpec(cells, bodies.map(label), { score: tr(lang, 'score') }),
    {
      id: 'overlap-heatmap',
      title: tr(lang, 'overlapMatrix'),
      desc: tr(lang, 'overlapCaption'),
    },
  );
  const top = [...pairs]
    .sort((p, q) => Number(q.reported) - Number(p.reported) || q.score - p.score)
    .slice(0, 15);
  return [
    { type: 'heading', level: 2, id: 'overlap', text: tr(lang, 'overlapMatrix') },
    { type: 'figure', caption: tr(lang, 'overlapCaption'), svg },
    {
      type: 'table',
      caption: `${tr(lang, 'overlapMatrix')}: ${tr(lang, 'pairs')}`,
      headers: ['A', 'B', tr(lang, 'score'), 'J(topics)', 'J(members)', tr(lang, 'reported')],
      rows: top.map((p) => [
        cell(nodeName(graph, p.a, lang)),
        cell(nodeName(graph, p.b, lang)),
        cell(fmt3(p.score)),
        cell(fmt3(p.topicJaccard)),
        cell(fmt3(p.memberJaccard)),
        cell(p.reported ? tr(lang, 'yes') : tr(lang, 'no'), ...(p.reported ? cite(p.sources) : [])),
      ]),
    },
  ];
}

async function fragmentationChartBlocks(graph: OrgGraph, lang: Lang, snapshot: Snapshot): Promise<Block[]> {
  const results = fragmentation(graph, { snapshot });
  const names = [tr(lang, 'distance'), tr(lang, 'spread'), tr(lang, 'reach')];
  // The stacked parts are the weighted components, so they add up to the index.
  const parts = results.flatMap((r) => [
    { ministry: r.ministry, component: names[0]!, value: 0.5 * r.components.distance, order: 0 },
    { ministry: r.ministry, component: names[1]!, value: 0.25 * r.components.spread, order: 1 },
    { ministry: r.ministry, component: names[2]!, value: 0.25 * r.components.reach, order: 2 },
  ]);
  const svg = await renderVegaLite(
    fragmentationBarSpec(
      parts,
      results.map((r) => r.ministry),
      names,
      {
        index: tr(lang, 'fragIndex'),
        ministry: tr(lang, 'ministry'),
        component: tr(lang, 'fragFormula'),
      },
    ),
    { id: 'fragmentation-bars', title: tr(lang, 'fragChart'), desc: tr(lang, 'fragCaption') },
  );
  return [
    { type: 'heading', level: 2, id: 'versnippering', text: tr(lang, 'fragChart') },
    { type: 'figure', caption: tr(lang, 'fragCaption'), svg },
    {
      type: 'table',
      caption: tr(lang, 'fragChart'),
      headers: [tr(lang, 'ministry'), tr(lang, 'fragIndex'), ...names, tr(lang, 'units'), ...CXO_TYPES],
      rows: results.map((r) => [
        cell(r.ministry),
        cell(indexText(r), ...cite(r.sources)),
        cell(fmt3(r.components.distance)),
        cell(fmt3(r.components.spread)),
        cell(fmt3(r.components.reach)),
        cell(String(r.hosts)),
        ...CXO_TYPES.map((cxo) =>
          cell(anyValueText(r.roles.find((x) => x.role === cxo)?.placement ?? undefined, lang, 'placement')),
        ),
      ]),
    },
  ];
}

function centralBlocks(graph: OrgGraph, lang: Lang, snapshot: Snapshot): Block[] {
  const nodes = centrality(graph, { snapshot })
    .nodes.filter((n) => n.kind === 'body')
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.id.localeCompare(b.id))
    .slice(0, 10);
  return [
    { type: 'heading', level: 2, id: 'centraal', text: tr(lang, 'central') },
    {
      type: 'table',
      caption: tr(lang, 'central'),
      headers: [
        tr(lang, 'body'),
        tr(lang, 'betweenness'),
        tr(lang, 'degree'),
        'PageRank',
        tr(lang, 'brokerage'),
      ],
      rows: nodes.map((n) => [
        cell(nodeName(graph, n.id, lang), ...cite(graph.getNodeAttribute(n.id, 'sources'))),
        cell(n.betweenness.toFixed(4)),
        cell(String(n.degree)),
        cell(n.pagerank.toFixed(4)),
        cell(String(n.brokerage)),
      ]),
    },
  ];
}

export async function buildStelselReport(
  graph: OrgGraph,
  options: { lang: Lang; snapshot: Snapshot; meta: ReportMeta; workspace?: ReportWorkspace | undefined },
): Promise<ReportDocument> {
  const { lang, snapshot } = options;
  const tables = reportTables(graph, snapshot);
  const ministries = tables.tabel1.map((r) => r.ministry);
  const blocks: Block[] = [
    ...tableBlocks(graph, tables, lang),
    ...(await deviationBlocks(graph, lang, snapshot, ministries)),
    ...(await overlapBlocks(graph, lang, snapshot)),
    ...(await fragmentationChartBlocks(graph, lang, snapshot)),
    ...centralBlocks(graph, lang, snapshot),
    ...contradictionsBlocks(graph, () => true, lang),
    ...changesBlocks(graph, () => true, lang),
    ...workspaceBlocks(options.workspace, () => true, lang),
  ];
  return {
    kind: 'stelsel',
    title: tr(lang, 'stelselTitle'),
    subtitle: tr(lang, 'stelselSubtitle'),
    meta: options.meta,
    blocks,
  };
}
