// Values of the graph as inline report content: a resolved fact with its sources as a footnote, a
// contested fact with every claim and each claim's own sources (the report never picks one).
import { mergeSources } from '../model/facts';
import type { FactValue, OrgGraph, ResolvedFact, SourceRef } from '../model/types';
import type { Lang } from '../analyses/types';
import { labelAny } from '../model/labels';
import { placementLabel, tr } from './i18n';
import type { Inline } from './model';
import { cite } from './model';

export type ValueKind = 'plain' | 'placement';

export function valueText(value: FactValue | undefined, lang: Lang, kind: ValueKind = 'plain'): string {
  if (value === undefined || value === null) return '—';
  if (value === true) return tr(lang, 'yes');
  if (value === false) return tr(lang, 'no');
  if (Array.isArray(value)) return value.join(', ');
  return kind === 'placement' ? placementLabel(lang, String(value)) : labelAny(String(value), lang);
}

/** A contested or changed value from the analyses' shape `{ contested, values }`. */
export function anyValueText(
  value: FactValue | { contested: true; values: FactValue[] } | undefined,
  lang: Lang,
  kind: ValueKind = 'plain',
): string {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return `${tr(lang, 'contested')}: ${value.values.map((v) => valueText(v, lang, kind)).join(` ${tr(lang, 'vs')} `)}`;
  return valueText(value, lang, kind);
}

export function factInline(
  cell: ResolvedFact | null | undefined,
  lang: Lang,
  kind: ValueKind = 'plain',
): Inline[] {
  if (!cell) return ['—'];
  if ('contested' in cell) {
    const out: Inline[] = [{ strong: tr(lang, 'contested') }, ': '];
    cell.claims.forEach((c, i) => {
      if (i > 0) out.push(` ${tr(lang, 'vs')} `);
      out.push(valueText(c.value, lang, kind), ...cite(c.sources));
    });
    return out;
  }
  return [valueText(cell.value, lang, kind), ...cite(cell.sources)];
}

/** Maps the value(s) of a resolved fact, keeping the sources and the contested shape. */
export function mapFact(
  cell: ResolvedFact | null | undefined,
  f: (v: FactValue) => FactValue,
): ResolvedFact | null {
  if (!cell) return null;
  if ('contested' in cell) {
    const byValue = new Map<string, { value: FactValue; sources: SourceRef[][] }>();
    for (const c of cell.claims) {
      const value = f(c.value);
      const key = JSON.stringify(value);
      const entry = byValue.get(key) ?? { value, sources: [] };
      entry.sources.push(c.sources);
      byValue.set(key, entry);
    }
    const claims = [...byValue.values()].map((e) => ({ value: e.value, sources: mergeSources(e.sources) }));
    return claims.length === 1 ? claims[0]! : { contested: true, claims };
  }
  return { value: f(cell.value), sources: cell.sources };
}

export function nodeName(graph: OrgGraph, id: string, lang: Lang): string {
  if (!graph.hasNode(id)) return id;
  const a = graph.getNodeAttributes(id);
  return (lang === 'en' ? a.nameEn : undefined) ?? a.name;
}

export function shortName(graph: OrgGraph, id: string): string {
  if (!graph.hasNode(id)) return id;
  const a = graph.getNodeAttributes(id);
  return a.abbreviation ?? a.name;
}

export const fmt3 = (x: number) => x.toFixed(3);
