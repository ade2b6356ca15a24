// Factsheet sections built from the tables and the analyses: decentral CIOs (Tabel 4), CxO
// placements (Tabel 3), norm findings with the article text, and the CIO's gremia with overlap.
import { mergeSources, resolveFact } from '../model/facts';
import { inEdges, outEdges } from '../model/queries';
import type { OrgGraph } from '../model/types';
import type { Snapshot } from '../model/vocabulary';
import { CXO_TYPES } from '../model/vocabulary';
import type { Lang } from '../analyses/types';
import type { Tabel3Row, Tabel4Row } from '../analyses/tables';
import { deviations } from '../analyses/deviations';
import { overlap } from '../analyses/overlap';
import { label, relabelCodes } from '../model/labels';
import { tr } from './i18n';
import type { Block, Inline, TableCell } from './model';
import { cell, cite } from './model';
import { factInline, fmt3, nodeName, shortName } from './values';

export function decentralBlocks(
  graph: OrgGraph,
  row: Tabel4Row | undefined,
  lang: Lang,
  snapshot: Snapshot,
): Block[] {
  const list = row?.decentralCios ?? [];
  const blocks: Block[] = [
    { type: 'heading', level: 2, id: 'decentraal', text: tr(lang, 'decentral') },
    {
      type: 'paragraph',
      content: [list.length ? tr(lang, 'decentralCount', { n: list.length }) : tr(lang, 'decentralNone')],
    },
  ];
  if (list.length === 0) return blocks;
  blocks.push({
    type: 'table',
    caption: `${tr(lang, 'decentral')} (${row!.ministry})`,
    headers: [tr(lang, 'organisation'), tr(lang, 'abbreviation'), tr(lang, 'role'), tr(lang, 'sources')],
    rows: list.map((d) => {
      const line = outEdges(graph, d.id, 'reports_to', snapshot).map((e) => e.attributes.sources);
      const sources = mergeSources([graph.getNodeAttribute(d.id, 'sources'), ...line]);
      return [
        cell(d.name),
        cell(d.abbreviation ?? '—'),
        cell(nodeName(graph, d.id, lang)),
        cell(...cite(sources)),
      ];
    }),
  });
  return blocks;
}

export function cxoBlocks(graph: OrgGraph, row: Tabel3Row, lang: Lang): Block[] {
  return [
    { type: 'heading', level: 2, id: 'cxo', text: tr(lang, 'cxo') },
    {
      type: 'table',
      caption: `${tr(lang, 'cxo')} (${row.ministry}; ${tr(lang, 'tabel3')})`,
      headers: ['CxO', tr(lang, 'present'), tr(lang, 'placementCol'), tr(lang, 'host'), tr(lang, 'sources')],
      rows: CXO_TYPES.map((cxo) => {
        const c = row[cxo];
        return [
          cell(cxo),
          cell(...factInline(c.present, lang)),
          cell(...factInline(c.placement, lang, 'placement')),
          cell(c.host.map((h) => nodeName(graph, h, lang)).join(', ') || '—'),
          cell(...cite(c.sources)),
        ];
      }),
    },
  ];
}

/** The norm's text as data/norms.yaml states it (the report's wording of the Besluit), with its source. */
export function articleText(graph: OrgGraph, article: string, lang: Lang): Inline[] {
  const id = `norm/${article}`;
  if (!graph.hasNode(id)) return [`Art. ${article}`];
  const a = graph.getNodeAttributes(id);
  return [(lang === 'en' ? a.nameEn : undefined) ?? a.name, ...cite(a.sources)];
}

export function findingsBlocks(graph: OrgGraph, subjects: string[], lang: Lang, snapshot: Snapshot): Block[] {
  const findings = deviations(graph, { snapshot }).filter((f) => subjects.includes(f.subject));
  return [
    { type: 'heading', level: 2, id: 'normen', text: tr(lang, 'norms') },
    {
      type: 'table',
      caption: `${tr(lang, 'norms')} (${subjects.join(', ')}, ${snapshot})`,
      headers: [tr(lang, 'article'), tr(lang, 'articleText'), tr(lang, 'status'), tr(lang, 'explanation')],
      rows: findings.map((f): TableCell[] => [
        cell(`Art. ${f.article}`),
        cell(...articleText(graph, f.article, lang)),
        { content: [], status: f.status },
        // The explanation already says when formal consultation (art. 17) is called for.
        cell(relabelCodes(f.explanation[lang], lang), ...cite(f.sources)),
      ]),
    },
  ];
}

export function gremiaBlocks(graph: OrgGraph, cio: string, lang: Lang, snapshot: Snapshot): Block[] {
  const seats = [...outEdges(graph, cio, 'member_of', snapshot), ...outEdges(graph, cio, 'chairs', snapshot)];
  const bodies = [...new Set(seats.map((s) => s.target))].sort(
    (x, y) =>
      (graph.getNodeAttribute(x, 'level') ?? '').localeCompare(graph.getNodeAttribute(y, 'level') ?? '') ||
      x.localeCompare(y),
  );
  const result = overlap(graph, { snapshot });
  const pairsOf = (body: string) =>
    result.pairs
      .filter((p) => p.a === body || p.b === body)
      .sort((p, q) => q.score - p.score || Number(q.reported) - Number(p.reported));
  const rows = bodies.map((body) => {
    const mine = seats.filter((s) => s.target === body);
    const seat = mine
      .map((s) =>
        [
          s.attributes.kind === 'chairs' ? tr(lang, 'chair') : tr(lang, 'member'),
          s.attributes.vote && label('vote', s.attributes.vote, lang),
          s.attributes.seat && label('seat', s.attributes.seat, lang),
        ]
          .filter(Boolean)
          .join(', '),
      )
      .join('; ');
    const level = graph.getNodeAttribute(body, 'level');
    const pairs = pairsOf(body).slice(0, 4);
    const overlapContent: Inline[] = pairs.length
      ? pairs.flatMap((p, i) => [
          `${i ? '; ' : ''}${shortName(graph, p.a === body ? p.b : p.a)} (${fmt3(p.score)}${p.reported ? `, ${tr(lang, 'reported').toLowerCase()}` : ''})`,
          ...(p.reported ? cite(p.sources) : []),
        ])
      : ['—'];
    return [
      cell(nodeName(graph, body, lang)),
      cell(level === 'rijk' ? tr(lang, 'rijk') : tr(lang, 'departmental')),
      cell(seat, ...cite(mergeSources(mine.map((s) => s.attributes.sources)))),
      cell(...factInline(resolveFact(graph, body, 'meetingFrequency', snapshot), lang)),
      { content: overlapContent },
    ];
  });
  const role = result.roles.find((r) => r.role === cio);
  const blocks: Block[] = [
    { type: 'heading', level: 2, id: 'gremia', text: tr(lang, 'gremia') },
    { type: 'paragraph', content: [tr(lang, 'gremiaCount', { n: bodies.length })] },
    {
      type: 'table',
      caption: tr(lang, 'gremia'),
      headers: [
        tr(lang, 'body'),
        tr(lang, 'level'),
        tr(lang, 'seat'),
        tr(lang, 'frequency'),
        tr(lang, 'overlapWith'),
      ],
      rows,
    },
  ];
  if (role && role.repeatedTopics.length > 0) {
    blocks.push({ type: 'heading', level: 3, id: 'dubbel', text: tr(lang, 'repeatedTopics') });
    blocks.push({
      type: 'list',
      items: role.repeatedTopics.map((t) => {
        const handles = t.bodies.flatMap((b) =>
          inEdges(graph, t.topic, 'handles', snapshot)
            .filter((e) => e.source === b)
            .map((e) => e.attributes.sources),
        );
        return [
          `${nodeName(graph, t.topic, lang)}: ${t.bodies.map((b) => shortName(graph, b)).join(', ')}`,
          ...cite(mergeSources(handles)),
        ];
      }),
    });
  }
  blocks.push(meetingLoadBlock(role, lang));
  return blocks;
}

/** The meeting load as the overlap analysis gives it, where it gives one (issue 10 adds it per CIO). */
interface MeetingLoad {
  meetingsPerYear: number;
  known: number;
  unknown: number;
}

export function meetingLoadBlock(role: object | undefined, lang: Lang): Block {
  const load = role && 'load' in role ? (role.load as MeetingLoad | undefined) : undefined;
  if (!load || typeof load.meetingsPerYear !== 'number')
    return { type: 'paragraph', note: true, content: [tr(lang, 'meetingLoadNote')] };
  return {
    type: 'paragraph',
    content: [
      tr(lang, load.unknown > 0 ? 'meetingLoadAtLeast' : 'meetingLoad', {
        n: Math.round(load.meetingsPerYear * 10) / 10,
        known: load.known,
        unknown: load.unknown,
      }),
    ],
  };
}
