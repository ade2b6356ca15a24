// Markdown and CSV renderings of the report tables.
import type { ReportTables } from '../analyses/tables';
import type { OrgGraph } from '../model/types';
import { label } from '../model/labels';
import { CXO_TYPES } from '../model/vocabulary';
import type { Lang } from './render';
import { csvTable, markdownTable, renderCell, renderValue } from './render';

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

export function renderTables(
  graph: OrgGraph,
  tables: ReportTables,
  format: 'md' | 'csv',
  lang: Lang,
): string {
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
  const t3headers = [HEAD[lang].t1h[0] ?? '', ...CXO_TYPES];
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
  if (format === 'csv') {
    return [
      `# ${h.t1}`,
      csvTable(h.t1h, t1rows),
      '',
      `# ${h.t3}`,
      csvTable(t3headers, t3rows),
      '',
      `# ${h.t4}`,
      csvTable(h.t4h, t4rows),
    ].join('\n');
  }
  return [
    `## ${h.t1} (${tables.snapshot})`,
    '',
    markdownTable(h.t1h, t1rows),
    '',
    `## ${h.t3} (${tables.snapshot})`,
    '',
    markdownTable(t3headers, t3rows),
    '',
    `## ${h.t4} (${tables.snapshot})`,
    '',
    markdownTable(h.t4h, t4rows),
  ].join('\n');
}
