// Rendering of cells and rows for terminal tables, Markdown and CSV. Contested values are always shown
// with every claim and its locator, never reduced to one.
import { labelAny } from '../model/labels';
import type { FactValue, ResolvedFact, SourceRef } from '../model/types';

export type Lang = 'nl' | 'en';

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
