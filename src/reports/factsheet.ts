// The factsheet of one ministry, following the report's own factsheets (Bijlagen 3-15: Kernelementen
// first) and going beyond them: the CIO network as a figure, the decentral CIOs, the CxO placements,
// every norm finding with the article's text, the gremia, fragmentation, contradictions and the
// changes since 2021. Every number comes from an analysis or the graph; every statement cites its source.
import { NotFoundError } from '../model/errors';
import type { OrgGraph } from '../model/types';
import type { Snapshot } from '../model/vocabulary';
import type { Lang } from '../analyses/types';
import { tabel1, tabel3, tabel4 } from '../analyses/tables';
import { ministryNetworkSvg } from './figures/network';
import { tr } from './i18n';
import { kernelementen, stelselOf } from './kernelementen';
import type { Block, ReportDocument, ReportMeta } from './model';
import { cxoBlocks, decentralBlocks, findingsBlocks, gremiaBlocks } from './sections';
import { changesBlocks, contradictionsBlocks, fragmentationBlocks } from './sections-analyses';
import { factInline, nodeName } from './values';
import { workspaceBlocks } from './workspace';
import type { ReportWorkspace } from './workspace';

export function buildFactsheet(
  graph: OrgGraph,
  ministry: string,
  options: { lang: Lang; snapshot: Snapshot; meta: ReportMeta; workspace?: ReportWorkspace | undefined },
): ReportDocument {
  const { lang, snapshot } = options;
  if (!graph.hasNode(ministry) || graph.getNodeAttribute(ministry, 'kind') !== 'ministry')
    throw new NotFoundError(`cio-graph/reports: no ministry '${ministry}' in the dataset`);
  const t1 = tabel1(graph, snapshot);
  const t3 = tabel3(graph, snapshot);
  const k = kernelementen(graph, ministry, snapshot, { tabel1: t1, tabel3: t3 });
  const stelsel = stelselOf(graph, ministry, snapshot)!;
  const name = nodeName(graph, ministry, lang);
  const blocks: Block[] = [
    { type: 'heading', level: 2, id: 'kernelementen', text: tr(lang, 'kernelementen') },
    {
      type: 'definitions',
      items: [
        { term: tr(lang, 'placement'), content: factInline(k.placement, lang) },
        { term: tr(lang, 'cioFunction'), content: factInline(k.cioFunction, lang) },
        { term: tr(lang, 'fulltime'), content: factInline(k.fulltime, lang) },
        { term: tr(lang, 'fte'), content: factInline(k.fte, lang) },
        { term: tr(lang, 'cisoInOffice'), content: factInline(k.cisoInCioOffice, lang) },
        { term: tr(lang, 'inBestuursraad'), content: factInline(k.inBestuursraad, lang) },
        { term: tr(lang, 'selfAgenda'), content: factInline(k.selfAgenda, lang) },
        { term: tr(lang, 'explain'), content: factInline(k.explain, lang) },
      ],
    },
    { type: 'heading', level: 2, id: 'netwerk', text: tr(lang, 'network') },
  ];
  const caption = tr(lang, 'networkCaption', { m: ministry });
  const network = ministryNetworkSvg(graph, ministry, snapshot, {
    title: `${tr(lang, 'network')} ${ministry}`,
    desc: caption,
  });
  blocks.push({ type: 'figure', caption, svg: network.svg });
  const row4 = tabel4(graph, snapshot).find((r) => r.ministry === stelsel.label);
  blocks.push(...decentralBlocks(graph, row4, lang, snapshot));
  const row3 = t3.find((r) => r.ministry === stelsel.label);
  if (row3) blocks.push(...cxoBlocks(graph, row3, lang));
  blocks.push(...findingsBlocks(graph, [ministry], lang, snapshot));
  if (k.cio) blocks.push(...gremiaBlocks(graph, k.cio, lang, snapshot));
  blocks.push(...fragmentationBlocks(graph, stelsel.label, lang, snapshot));
  const belongs = (id: string) =>
    id === ministry || (graph.hasNode(id) && graph.getNodeAttribute(id, 'ministries').includes(ministry));
  blocks.push(...contradictionsBlocks(graph, belongs, lang));
  blocks.push(...changesBlocks(graph, belongs, lang));
  // A node an edit removed is no longer in the graph: its id still names the ministry.
  const touches = (id: string) => belongs(id) || id.startsWith(`${ministry}/`);
  blocks.push(...workspaceBlocks(options.workspace, touches, lang));
  return {
    kind: 'factsheet',
    title: tr(lang, 'factsheetTitle'),
    subtitle: `${name} (${ministry})`,
    meta: options.meta,
    blocks,
  };
}
