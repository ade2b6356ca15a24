// Rendering of cells and rows for terminal tables, Markdown and CSV, shared by the CLI and the API (so
// `cio-graph tables --lang en` and `GET /api/tables?lang=en` say the same words). Contested values are
// always shown with every claim and its locator, never reduced to one.
import { label, labelAny } from './labels';
import type { LabelCategory, LabelLang } from './labels';
import type { FactValue, OrgGraph, ResolvedFact, SourceRef } from './types';

/** The languages every text-rendering command and endpoint takes (`--lang`, `?lang=`). */
export const LANGS = ['nl', 'en'] as const satisfies readonly LabelLang[];
export type Lang = LabelLang;

const WORDS = {
  nl: { true: 'Ja', false: 'Nee', unknown: '—', contested: 'BETWIST', none: 'geen' },
  en: { true: 'Yes', false: 'No', unknown: '—', contested: 'CONTESTED', none: 'none' },
};

export function renderValue(value: FactValue | undefined, lang: Lang): string {
  if (value === undefined || value === null) return WORDS[lang].unknown;
  if (value === true) return WORDS[lang].true;
  if (value === false) return WORDS[lang].false;
  // Code values (`cio_office`, `formal`) read as words from the shared label table.
  if (Array.isArray(value)) return value.map((v) => labelAny(v, lang)).join(', ');
  return labelAny(String(value), lang);
}

export function locators(sources: SourceRef[]): string {
  return [...new Set(sources.map((s) => s.locator))].join('; ');
}

export function renderCell(cell: ResolvedFact | null | undefined, lang: Lang): string {
  if (!cell) return WORDS[lang].unknown;
  if ('contested' in cell) {
    return `${WORDS[lang].contested}: ${cell.claims.map((c) => `${renderValue(c.value, lang)} [${locators(c.sources)}]`).join(' vs ')}`;
  }
  return renderValue(cell.value, lang);
}

export function markdownTable(headers: string[], rows: string[][]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${headers.map(esc).join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

export function csvTable(headers: string[], rows: string[][]): string {
  const esc = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [headers, ...rows].map((r) => r.map(esc).join(',')).join('\n');
}

/** A plain-text table with columns padded to width, wrapped at `maxWidth` per column. */
export function textTable(headers: string[], rows: string[][], maxWidth = 48): string {
  const clip = (s: string) => (s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s);
  const all = [headers, ...rows].map((r) => r.map(clip));
  const widths = headers.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(all[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join(
    '\n',
  );
}

/**
 * The labels of the codes a graph uses (node kinds and types, edge kinds) in one language, for an
 * answer that carries codes and a reader who wants words (`GET /api/graph?lang=en`).
 */
export function graphLabels(graph: OrgGraph, lang: Lang): GraphLabels {
  // Codes come from the data: prototype-free maps, so a type called `__proto__` is just a key.
  const map = () => Object.create(null) as Record<string, string>;
  const out: GraphLabels = { nodeKind: map(), nodeType: map(), edgeKind: map() };
  const typeCategory: Partial<Record<string, LabelCategory>> = {
    body: 'bodyType',
    organisation: 'organisationType',
    role: 'roleType',
  };
  graph.forEachNode((_n, a) => {
    out.nodeKind[a.kind] = label('nodeKind', a.kind, lang);
    const category = typeCategory[a.kind];
    if (a.type) out.nodeType[a.type] = category ? label(category, a.type, lang) : labelAny(a.type, lang);
  });
  graph.forEachEdge((_e, a) => {
    out.edgeKind[a.kind] = label('edgeKind', a.kind, lang);
  });
  return out;
}
export interface GraphLabels {
  nodeKind: Record<string, string>;
  nodeType: Record<string, string>;
  edgeKind: Record<string, string>;
}
