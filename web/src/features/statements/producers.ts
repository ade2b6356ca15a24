// Pure producers of the statements feature: the overlap statements and the recommendations of the
// data graph, each with the nodes it concerns and its quote, in a stable order. No DOM here.
import type { SourceRef } from '../../../../src/model/types';
import type { DataGraph } from '../../graph/visibility';

export type MetaKind = 'statement' | 'recommendation';

export interface MetaRecord {
  id: string;
  kind: MetaKind;
  type: string;
  name: string;
  saidBy?: string;
  note?: string;
  /** What it concerns (bodies, topics, roles, norms …), in edge order. */
  concerns: string[];
  /** The bodies among them: what lights up when the record is selected. */
  bodies: string[];
  /** The concerns edges, highlighted with the bodies. */
  edges: string[];
  sources: SourceRef[];
}

export function metaRecords(graph: DataGraph, kind: MetaKind, snapshot: string): MetaRecord[] {
  const out: MetaRecord[] = [];
  graph.forEachNode((id, a) => {
    if (a.kind !== kind) return;
    const concerns: string[] = [];
    const edges: string[] = [];
    graph.forEachOutEdge(id, (edge, e, _s, target) => {
      if (e.kind !== 'concerns' || !e.validIn.includes(snapshot as never)) return;
      edges.push(edge);
      if (!concerns.includes(target)) concerns.push(target);
    });
    out.push({
      id,
      kind,
      type: a.type ?? '',
      name: a.name,
      ...(a.saidBy ? { saidBy: a.saidBy } : {}),
      ...(a.note ? { note: a.note } : {}),
      concerns,
      bodies: concerns.filter((n) => graph.getNodeAttribute(n, 'kind') === 'body'),
      edges,
      sources: a.sources,
    });
  });
  return out.sort((x, y) => x.type.localeCompare(y.type) || x.name.localeCompare(y.name));
}

/** What a selected record highlights: the record and its bodies, and the edges between them. */
export function highlightOf(record: MetaRecord): { nodes: Set<string>; edges: Set<string> } {
  return { nodes: new Set([record.id, ...record.bodies]), edges: new Set(record.edges) };
}

/** The quote(s) of a record: each source's excerpt with its locator. */
export function quotes(record: MetaRecord): { locator: string; excerpt?: string }[] {
  return record.sources.map((s) => ({ locator: s.locator, ...(s.excerpt ? { excerpt: s.excerpt } : {}) }));
}
