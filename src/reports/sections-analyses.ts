// Sections shared by the factsheet and the stelsel report: fragmentation with its components, the
// contradictions (every claim with its own sources) and the changes since the 2021 nulmeting.
import type { OrgGraph } from '../model/types';
import type { Snapshot } from '../model/vocabulary';
import type { Lang } from '../analyses/types';
import { contradictions } from '../analyses/contradictions';
import { fragmentation } from '../analyses/fragmentation';
import type { FragmentationResult } from '../analyses/fragmentation';
import { snapshotDiff } from '../analyses/snapshot-diff';
import { labelAny } from '../model/labels';
import { tr } from './i18n';
import type { Block, Inline } from './model';
import { cell, cite } from './model';
import { anyValueText, fmt3, nodeName, valueText } from './values';

const PROPERTY_KIND = (property: string) => (property === 'placement' ? 'placement' : 'plain');

export function fragmentationRows(graph: OrgGraph, r: FragmentationResult, lang: Lang) {
  return r.roles.map((x) => [
    cell(x.role),
    cell(anyValueText(x.placement ?? undefined, lang, 'placement')),
    cell(x.host.map((h) => nodeName(graph, h, lang)).join(', ') || '—'),
    cell(x.hopsFromCio === null ? '—' : String(x.hopsFromCio)),
  ]);
}

export function indexText(r: FragmentationResult): string {
  return r.contested ? `${fmt3(r.index)} (${fmt3(r.indexRange[0])}–${fmt3(r.indexRange[1])})` : fmt3(r.index);
}

export function fragmentationBlocks(
  graph: OrgGraph,
  stelsel: string,
  lang: Lang,
  snapshot: Snapshot,
): Block[] {
  const r = fragmentation(graph, { snapshot }).find((x) => x.ministry === stelsel);
  if (!r) return [];
  return [
    { type: 'heading', level: 2, id: 'versnippering', text: tr(lang, 'fragmentation') },
    {
      type: 'definitions',
      items: [
        { term: tr(lang, 'fragIndex'), content: [indexText(r), ...cite(r.sources)] },
        { term: tr(lang, 'distance'), content: [fmt3(r.components.distance)] },
        { term: tr(lang, 'spread'), content: [fmt3(r.components.spread)] },
        { term: tr(lang, 'reach'), content: [fmt3(r.components.reach)] },
        { term: tr(lang, 'units'), content: [String(r.hosts)] },
        {
          term: tr(lang, 'combined'),
          content: [r.combined.map((c) => `${c.role} = ${nodeName(graph, c.with, lang)}`).join('; ') || '—'],
        },
      ],
    },
    { type: 'paragraph', note: true, content: [tr(lang, 'fragFormula')] },
    {
      type: 'table',
      caption: `${tr(lang, 'fragmentation')} (${stelsel})`,
      headers: ['CxO', tr(lang, 'placementCol'), tr(lang, 'host'), tr(lang, 'hops')],
      rows: fragmentationRows(graph, r, lang),
    },
  ];
}

export function contradictionsBlocks(graph: OrgGraph, belongs: (id: string) => boolean, lang: Lang): Block[] {
  const items = contradictions(graph).filter((c) => belongs(c.subject));
  const blocks: Block[] = [
    { type: 'heading', level: 2, id: 'tegenstrijdig', text: tr(lang, 'contradictions') },
  ];
  if (items.length === 0)
    return [...blocks, { type: 'paragraph', content: [tr(lang, 'contradictionsNone')] }];
  blocks.push({
    type: 'table',
    caption: tr(lang, 'contradictions'),
    headers: [tr(lang, 'subject'), tr(lang, 'property'), tr(lang, 'snapshotCol'), tr(lang, 'claims')],
    rows: items.map((c) => {
      const claims: Inline[] = c.claims.flatMap((x, i) => [
        `${i ? ` ${tr(lang, 'vs')} ` : ''}${c.property === 'reports_to' || graph.hasNode(String(x.value)) ? nodeName(graph, String(x.value), lang) : valueText(x.value, lang, PROPERTY_KIND(c.property))}`,
        ...cite(x.sources),
      ]);
      return [
        cell(nodeName(graph, c.subject, lang)),
        cell(labelAny(c.property, lang)),
        cell(c.snapshot),
        { content: claims, status: 'contested' },
      ];
    }),
  });
  return blocks;
}

export function changesBlocks(graph: OrgGraph, belongs: (id: string) => boolean, lang: Lang): Block[] {
  const changes = snapshotDiff(graph, '2021', '2024').changes.filter((c) => belongs(c.subject));
  const blocks: Block[] = [{ type: 'heading', level: 2, id: 'veranderingen', text: tr(lang, 'changes') }];
  if (changes.length === 0) return [...blocks, { type: 'paragraph', content: [tr(lang, 'changesNone')] }];
  blocks.push({
    type: 'table',
    caption: tr(lang, 'changes'),
    headers: [tr(lang, 'subject'), tr(lang, 'property'), tr(lang, 'from'), tr(lang, 'to')],
    rows: changes.map((c) => [
      cell(nodeName(graph, c.subject, lang)),
      cell(labelAny(c.property, lang)),
      cell(anyValueText(c.from, lang, PROPERTY_KIND(c.property))),
      cell(anyValueText(c.to, lang, PROPERTY_KIND(c.property)), ...cite(c.sources)),
    ]),
  });
  return blocks;
}
