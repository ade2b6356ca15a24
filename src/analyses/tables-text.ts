// The report tables as text in Dutch or English: rows of words (the API's `rendered`), Markdown and CSV
// (the CLI's `tables --format md|csv` and `GET /api/tables?format=md|csv`). One renderer for both
// callers, so the CLI and the API cannot drift apart.
import type { ReportTables } from './tables';
import type { OrgGraph } from '../model/types';
import { label } from '../model/labels';
import { CXO_TYPES } from '../model/vocabulary';
import type { Lang } from '../model/text';
import { csvTable, markdownTable, renderCell, renderValue } from '../model/text';

const HEAD = {
  nl: {
    t1: 'Tabel 1. Functie, positionering, tijdsbesteding CIO en lidmaatschap Bestuursraad',
    t1h: [
      'Ministerie',
      'Functie CIO',
      'Fulltime',
      'Valt onder',
      'Lid Bestuursraad',
      'Zelfstandig agenderen',
      'Explain',
      'Ontwikkeling t.o.v. 2021',
    ],
    t3: 'Tabel 3. CxO-functionarissen (plaatsing; host)',
    t4: "Tabel 4. Decentrale CIO's",
    t4h: ['Ministerie', 'Aantal', "Decentrale CIO's"],
    unchanged: 'ongewijzigd',
    unknown: 'onbekend',
  },
  en: {
    t1: 'Table 1. Function, position, time and Bestuursraad membership of the CIO',
    t1h: [
      'Ministry',
      'CIO function',
      'Full-time',
      'Reports to',
      'Bestuursraad member',
      'Can table items',
      'Explain',
      'Change since 2021',
    ],
    t3: 'Table 3. CxO roles (placement; host)',
    t4: 'Table 4. Decentral CIOs',
    t4h: ['Ministry', 'Count', 'Decentral CIOs'],
    unchanged: 'unchanged',
    unknown: 'unknown',
  },
};

/** One report table in words: its title, column headers and rows of rendered cells. */
export interface RenderedTable {
  id: 'tabel1' | 'tabel3' | 'tabel4';
  title: string;
  headers: string[];
  rows: string[][];
}

export function renderedTables(graph: OrgGraph, tables: ReportTables, lang: Lang): RenderedTable[] {
  const h = HEAD[lang];
  const t1rows = tables.tabel1.map((r) => [
    r.ministry,
    renderCell(r.cioFunction, lang),
    renderCell(r.fulltime, lang),
    renderCell(r.reportsTo, lang),
    renderCell(r.inBestuursraad, lang),
    renderCell(r.selfAgenda, lang),
    renderCell(r.explain, lang),
    r.development.changes.length > 0
      ? r.development.changes
          .map(
            (c) =>
              `${label('fact', c.field, lang)}: ${renderValue(c.from, lang)} → ${renderValue(c.to, lang)}`,
          )
          .join('; ')
      : r.development.comparedFields.length > 0
        ? h.unchanged
        : h.unknown,
  ]);
  const t3rows = tables.tabel3.map((r) => [
    r.ministry,
    ...CXO_TYPES.map((cxo) => {
      const cell = r[cxo];
      const hosts = cell.host.map(
        (id) => graph.getNodeAttribute(id, 'abbreviation') ?? graph.getNodeAttribute(id, 'name'),
      );
      return `${renderCell(cell.present, lang)} (${renderCell(cell.placement, lang)}${hosts.length ? `; ${hosts.join(', ')}` : ''})`;
    }),
  ]);
  const t4rows = tables.tabel4.map((r) => [
    r.ministry,
    String(r.decentralCios.length),
    r.decentralCios.map((d) => d.abbreviation ?? d.name).join(', '),
  ]);
  return [
    { id: 'tabel1', title: h.t1, headers: h.t1h, rows: t1rows },
    { id: 'tabel3', title: h.t3, headers: [h.t1h[0] ?? '', ...CXO_TYPES], rows: t3rows },
    { id: 'tabel4', title: h.t4, headers: h.t4h, rows: t4rows },
  ];
}

export function renderTables(
  graph: OrgGraph,
  tables: ReportTables,
  format: 'md' | 'csv',
  lang: Lang,
): string {
  const rendered = renderedTables(graph, tables, lang);
  if (format === 'csv')
    return rendered.map((t) => `# ${t.title}\n${csvTable(t.headers, t.rows)}`).join('\n\n');
  return rendered
    .map((t) => `## ${t.title} (${tables.snapshot})\n\n${markdownTable(t.headers, t.rows)}`)
    .join('\n\n');
}
