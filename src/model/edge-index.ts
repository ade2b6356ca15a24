// The edges of chosen kinds, in the graph's edge order, without a pass over every other edge. Overlap
// reads eight of the sixteen edge kinds, about a quarter of the edges of a generated stelsel, and its
// pass over all of them, each edge's attribute object fetched to read its kind, was most of its time
// at 100k nodes (memory-bound: a probe over the edges of those kinds alone ran 57 → 44 ms). Kept per
// graph version: the table is dropped on any change to the edges and when a node is dropped (not when
// a node's attributes change: centrality's `assign` writes one per node).
//
// Each edge's endpoints also come as positions in the graph's node order (`nodePositions`), so that
// an analysis can keep what it gathers per node in arrays instead of Maps keyed by id: at 100k nodes
// those Maps outgrow the L2 and every lookup by id is a few cache misses (the id's hash, the bucket,
// the entry), where at 10k they stay cached, so the lookups made overlap's time grow faster than the graph.
import { EDGE_CHANGE_EVENTS, cachedPerGraph, countAccesses } from './graph-cache';
import { nodePositions } from './node-index';
import type { OrgEdgeAttributes, OrgGraph } from './types';
import type { EdgeKind } from './vocabulary';

/** Every edge once, in graph order, as columns; `kinds` is an edge kind's code (its index in `kindNames`). */
interface EdgeTable {
  keys: string[];
  sources: string[];
  targets: string[];
  attributes: OrgEdgeAttributes[];
  /** The endpoints' positions in `nodePositions(graph).keys` (node-index.ts). */
  sourceAt: Int32Array;
  targetAt: Int32Array;
  kinds: Uint16Array;
  kindNames: string[];
  /** Positions of the edges of a set of kinds (key: the kinds sorted and joined), built on first ask. */
  selections: Map<string, Int32Array>;
}

function buildTable(graph: OrgGraph): EdgeTable {
  const kindCode = new Map<string, number>();
  const { positionOf } = nodePositions(graph);
  const table: EdgeTable = {
    keys: [],
    sources: [],
    targets: [],
    attributes: [],
    sourceAt: new Int32Array(graph.size),
    targetAt: new Int32Array(graph.size),
    kinds: new Uint16Array(graph.size),
    kindNames: [],
    selections: new Map(),
  };
  graph.forEachEdge((edge, a, source, target) => {
    let code = kindCode.get(a.kind);
    if (code === undefined) {
      kindCode.set(a.kind, (code = table.kindNames.length));
      table.kindNames.push(a.kind);
    }
    table.kinds[table.keys.length] = code;
    table.sourceAt[table.keys.length] = positionOf.get(source)!;
    table.targetAt[table.keys.length] = positionOf.get(target)!;
    table.keys.push(edge);
    table.sources.push(source);
    table.targets.push(target);
    table.attributes.push(a);
  });
  return table;
}

const edgeTable = cachedPerGraph(EDGE_CHANGE_EVENTS, buildTable);

function selection(table: EdgeTable, kinds: readonly EdgeKind[]): Int32Array {
  const key = [...new Set(kinds)].sort().join(',');
  let positions = table.selections.get(key);
  if (!positions) {
    const wanted = new Uint8Array(table.kindNames.length);
    table.kindNames.forEach((name, code) => (wanted[code] = Number(kinds.includes(name as EdgeKind))));
    const picked: number[] = [];
    for (let i = 0; i < table.kinds.length; i++) if (wanted[table.kinds[i]!]) picked.push(i);
    table.selections.set(key, (positions = Int32Array.from(picked)));
  }
  return positions;
}

/**
 * Calls `callback` for every edge whose kind is one of `kinds`, in the order `graph.forEachEdge` gives
 * them, with the arguments it gives (key, attributes, source, target) and the endpoints' positions in
 * `nodePositions(graph).keys`.
 */
export function forEachEdgeOfKinds(
  graph: OrgGraph,
  kinds: readonly EdgeKind[],
  callback: (
    edge: string,
    attributes: OrgEdgeAttributes,
    source: string,
    target: string,
    sourceAt: number,
    targetAt: number,
  ) => void,
): void {
  const table = edgeTable(graph);
  const positions = selection(table, kinds);
  countAccesses(graph, positions.length); // as many as a forEachEdge over these edges would call back
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k]!;
    callback(
      table.keys[i]!,
      table.attributes[i]!,
      table.sources[i]!,
      table.targets[i]!,
      table.sourceAt[i]!,
      table.targetAt[i]!,
    );
  }
}
