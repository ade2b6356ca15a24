// Hops along structural edges, over a compact adjacency kept per graph and snapshot. Fragmentation asks
// for the reach of every stelsel's CxO roles from its CIOs: a bounded BFS of ~40 nodes per stelsel.
// Over graphology each visited node's edges were enumerated with for-in over its neighbour objects
// (dictionary-mode objects at scale, one key list allocated per call), which made that BFS 40% of
// fragmentation at 100k nodes; over CSR arrays it is a few array reads per edge.
import { forEachEdgeOfKinds } from '../model/edge-index';
import { cachedPerGraph, GRAPH_CHANGE_EVENTS } from '../model/graph-cache';
import { nodePositions } from '../model/node-index';
import type { OrgGraph } from '../model/types';
import type { EdgeKind, Snapshot } from '../model/vocabulary';

export const STRUCTURAL_EDGE_KINDS: readonly EdgeKind[] = [
  'reports_to',
  'hosted_by',
  'part_of',
  'serves',
  'deputy_of',
  'held_by_same_person',
];

/** Undirected structural edges valid in one snapshot: node i's neighbours are neighbours[offsets[i] .. offsets[i+1]). */
interface StructuralAdjacency {
  /** `nodePositions(graph).positionOf`: the adjacency is dropped on every change that could move it. */
  index: ReadonlyMap<string, number>;
  offsets: Int32Array;
  neighbours: Int32Array;
  /**
   * The BFS's arrays, kept with the adjacency: allocated per search function (per fragmentation
   * run), three arrays of the graph's size made every run's cost grow with the graph (zero-filled),
   * and at 1M nodes their 11 MB of external memory per run made V8 collect the whole heap (~0.5 s a run).
   */
  scratch?: SearchScratch;
}

/** A node is visited in the current search when stamp[i] === round; a new search is a new round. */
interface SearchScratch {
  stamp: Int32Array;
  depth: Int32Array;
  queue: Int32Array;
  round: number;
}

const MAX_ROUND = 2 ** 31 - 1;

function searchScratch(n: number): SearchScratch {
  return { stamp: new Int32Array(n), depth: new Int32Array(n), queue: new Int32Array(n), round: 0 };
}

// The edges come from the edge table with their endpoints' positions: its own id → position Map and a
// pass over every edge's kind were what the edge table and node positions already keep per graph.
function buildAdjacency(graph: OrgGraph, snapshot: Snapshot): StructuralAdjacency {
  const index = nodePositions(graph).positionOf;
  const ends: number[] = [];
  forEachEdgeOfKinds(graph, STRUCTURAL_EDGE_KINDS, (_e, a, _s, _t, sAt, tAt) => {
    if (a.validIn.includes(snapshot)) ends.push(sAt, tAt);
  });
  const offsets = new Int32Array(index.size + 1);
  for (const end of ends) offsets[end + 1]!++;
  for (let i = 0; i < index.size; i++) offsets[i + 1]! += offsets[i]!;
  const neighbours = new Int32Array(ends.length);
  const fill = offsets.slice(0, index.size);
  for (let k = 0; k < ends.length; k += 2) {
    const [s, t] = [ends[k]!, ends[k + 1]!];
    neighbours[fill[s]!++] = t;
    neighbours[fill[t]!++] = s;
  }
  return { index, offsets, neighbours };
}

const adjacencies = cachedPerGraph(GRAPH_CHANGE_EVENTS, () => new Map<Snapshot, StructuralAdjacency>());

function structuralAdjacency(graph: OrgGraph, snapshot: Snapshot): StructuralAdjacency {
  const bySnapshot = adjacencies(graph);
  let adjacency = bySnapshot.get(snapshot);
  if (!adjacency) bySnapshot.set(snapshot, (adjacency = buildAdjacency(graph, snapshot)));
  return adjacency;
}

/**
 * A multi-source BFS: for each target, the hops from the nearest start, if at most `limit` (the
 * minimum over starts of each start's own BFS distance). The scratch arrays are allocated once per
 * graph version and snapshot and reset by a stamp, so each search costs what it visits, not the
 * graph's size. Searches are synchronous, so one set of arrays serves every caller.
 */
export function structuralHops(
  graph: OrgGraph,
): (starts: string[], targets: string[], snapshot: Snapshot, limit: number) => Map<string, number> {
  return (starts, targets, snapshot, limit) => {
    const adjacency = structuralAdjacency(graph, snapshot);
    const { index, offsets, neighbours } = adjacency;
    const scratch = (adjacency.scratch ??= searchScratch(index.size));
    if (scratch.round === MAX_ROUND) {
      scratch.stamp.fill(0);
      scratch.round = 0;
    }
    const { stamp, depth, queue } = scratch;
    const round = ++scratch.round;
    let [head, tail] = [0, 0];
    for (const start of starts) {
      const i = index.get(start);
      if (i === undefined || stamp[i] === round) continue;
      stamp[i] = round;
      depth[i] = 0;
      queue[tail++] = i;
    }
    while (head < tail) {
      const node = queue[head++]!;
      const d = depth[node]!;
      if (d === limit) continue;
      for (let k = offsets[node]!; k < offsets[node + 1]!; k++) {
        const other = neighbours[k]!;
        if (stamp[other] === round) continue;
        stamp[other] = round;
        depth[other] = d + 1;
        queue[tail++] = other;
      }
    }
    const hops = new Map<string, number>();
    for (const target of targets) {
      const i = index.get(target);
      if (i !== undefined && stamp[i] === round) hops.set(target, depth[i]!);
    }
    return hops;
  };
}
