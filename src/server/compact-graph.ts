// Builds the compact form of the graph (src/contract/compact-graph.ts) in one pass over the nodes and
// one over the edges: every table lookup is a Map, so the cost is linear in nodes + edges.
import type { OrgGraph } from '../model/types';
import type { Snapshot } from '../model/vocabulary';
import { CompactGraphResponse } from '../contract/compact-graph';
import { respond } from '../contract/responses';
import type { CompactGraph } from '../contract/compact-graph';

/** A table of distinct values, each given the index of its first appearance. */
function table<T extends string>(): { values: T[]; of(value: T | undefined): number } {
  const values: T[] = [];
  const at = new Map<T, number>();
  return {
    values,
    of(value) {
      if (value === undefined) return -1;
      let i = at.get(value);
      if (i === undefined) {
        i = values.length;
        values.push(value);
        at.set(value, i);
      }
      return i;
    },
  };
}

export function compactGraph(graph: OrgGraph, snapshot: Snapshot): CompactGraph {
  const kinds = table<CompactGraph['kinds'][number]>();
  const types = table<string>();
  const levels = table<CompactGraph['levels'][number]>();
  const ministries = table<string>();
  const edgeKinds = table<CompactGraph['edgeKinds'][number]>();
  const nodes: CompactGraph['nodes'] = { id: [], label: [], kind: [], type: [], level: [], ministry: [] };
  const indexOf = new Map<string, number>();
  graph.forEachNode((id, a) => {
    indexOf.set(id, nodes.id.length);
    nodes.id.push(id);
    nodes.label.push(a.abbreviation && a.abbreviation !== a.name ? a.abbreviation : a.name);
    nodes.kind.push(kinds.of(a.kind));
    nodes.type.push(types.of(a.type));
    // As the viewer's filters read it (graph/visibility.ts levelOf): bodies say, the rest follow the id.
    nodes.level.push(levels.of(a.level ?? (a.ministries.length ? 'departmental' : 'rijk')));
    nodes.ministry.push(ministries.of(a.ministries[0]));
  });
  const edges: CompactGraph['edges'] = { source: [], target: [], kind: [] };
  graph.forEachEdge((_e, a, s, t) => {
    if (!a.validIn.includes(snapshot)) return;
    edges.source.push(indexOf.get(s)!);
    edges.target.push(indexOf.get(t)!);
    edges.kind.push(edgeKinds.of(a.kind));
  });
  return respond(CompactGraphResponse, {
    form: 'compact',
    version: 1,
    snapshot,
    kinds: kinds.values,
    types: types.values,
    levels: levels.values,
    ministries: ministries.values,
    edgeKinds: edgeKinds.values,
    nodes,
    edges,
  });
}
