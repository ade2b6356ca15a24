// The edges of chosen kinds, in the graph's edge order, without a pass over every other edge. Overlap
// reads seven of the eighteen edge kinds, about a quarter of the edges of a generated stelsel, and its
// pass over all of them, each edge's attribute object fetched to read its kind, was most of its time
// at 100k nodes (memory-bound: a probe over the edges of those kinds alone ran 57 → 44 ms). Kept per
// graph version: the table is dropped on any change to the edges, the nodes or their attributes.
import { GRAPH_CHANGE_EVENTS, cachedPerGraph } from './graph-cache';
import type { OrgEdgeAttributes, OrgGraph } from './types';
import type { EdgeKind } from './vocabulary';

/** Every edge once, in graph order, as columns; `kinds` is an edge kind's code (its index in `kindNames`). */
interface EdgeTable {
  keys: string[];
  sources: string[];
  targets: string[];
  attributes: OrgEdgeAttributes[];
  kinds: Uint16Array;
  kindNames: string[];
  /** Positions of the edges of a set of kinds (key: the kinds sorted and joined), built on first ask. */
  selections: Map<string, Int32Array>;
}

function buildTable(graph: OrgGraph): EdgeTable {
  const kindCode = new Map<string, number>();
  const table: EdgeTable = {
    keys: [],
    sources: [],
    targets: [],
    attributes: [],
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
    table.keys.push(edge);
    table.sources.push(source);
    table.targets.push(target);
    table.attributes.push(a);
  });
  return table;
}

const edgeTable = cachedPerGraph(GRAPH_CHANGE_EVENTS, buildTable);

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
 * them, with the arguments it gives (key, attributes, source, target).
 */
export function forEachEdgeOfKinds(
  graph: OrgGraph,
  kinds: readonly EdgeKind[],
  callback: (edge: string, attributes: OrgEdgeAttributes, source: string, target: string) => void,
): void {
  const table = edgeTable(graph);
  const positions = selection(table, kinds);
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k]!;
    callback(table.keys[i]!, table.attributes[i]!, table.sources[i]!, table.targets[i]!);
  }
}
