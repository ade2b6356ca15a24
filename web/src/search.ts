// Search by name, English name, abbreviation or id, ranked: exact abbreviation, then prefixes, then
// word prefixes, then substrings. Case and diacritics are ignored ("cto raad" finds "CTO-raad").
// Pure: unit-tested in Node.
import type { DataGraph } from './graph/visibility';

export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-_/.,()’']+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function rank(query: string, fields: { abbreviation: string; names: string[]; id: string }): number {
  if (fields.abbreviation && fields.abbreviation === query) return 0;
  if (fields.names.some((n) => n === query)) return 1;
  if (fields.abbreviation.startsWith(query)) return 2;
  if (fields.names.some((n) => n.startsWith(query))) return 3;
  if (fields.names.some((n) => n.split(' ').some((w) => w.startsWith(query)))) return 4;
  if (fields.names.some((n) => n.includes(query)) || fields.abbreviation.includes(query)) return 5;
  if (fields.id.includes(query)) return 6;
  return Infinity;
}

export function search(graph: DataGraph, query: string, limit = 10): string[] {
  const q = normalise(query);
  if (!q) return [];
  const hits: { id: string; rank: number; name: string }[] = [];
  graph.forEachNode((id, a) => {
    const r = rank(q, {
      abbreviation: normalise(a.abbreviation ?? ''),
      names: [a.name, a.nameEn ?? ''].filter(Boolean).map(normalise),
      id: normalise(id),
    });
    if (r < Infinity) hits.push({ id, rank: r, name: a.name });
  });
  return hits
    .sort(
      (x, y) =>
        x.rank - y.rank ||
        x.name.length - y.name.length ||
        x.name.localeCompare(y.name) ||
        x.id.localeCompare(y.id),
    )
    .slice(0, limit)
    .map((h) => h.id);
}
