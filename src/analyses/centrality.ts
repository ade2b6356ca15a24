// Network metrics on the CIO-stelsel: degree, betweenness (exact up to `exactBetweennessLimit` nodes,
// estimated from seeded pivots beyond), PageRank, Louvain communities (seeded, so identical across
// runs) with their modularity, and brokerage: how many ministries a node's neighbours belong to.
// All are computed on the undirected simple projection of the multigraph (parallel edges collapse).
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import seedrandom from 'seedrandom';
import { z } from 'zod';
import type { OrgGraph } from '../model/types';
import { SNAPSHOTS } from '../model/vocabulary';
import type { Snapshot } from '../model/vocabulary';
import { sampledBetweenness } from './betweenness';
import { buildCsr } from './csr';
import { csrPagerank } from './pagerank';
import { resolveOptions } from './options';

export const CENTRALITY_DEFAULTS = {
  snapshot: '2024' as Snapshot,
  seed: 'cio-graph',
  /** Exact betweenness up to this many nodes; beyond, `betweennessPivots` seeded sources. */
  exactBetweennessLimit: 5000,
  betweennessPivots: 256,
  louvainResolution: 1,
  /**
   * Node kinds left out of the projection: norms, statements and recommendations are about the
   * network, not part of it.
   */
  excludeKinds: ['norm', 'statement', 'recommendation'] as string[],
};
export type CentralityOptions = typeof CENTRALITY_DEFAULTS;

export const CentralityOptionsSchema = z.strictObject({
  snapshot: z.enum(SNAPSHOTS),
  seed: z.string().min(1),
  exactBetweennessLimit: z.number().int().min(0),
  betweennessPivots: z.number().int().min(1),
  louvainResolution: z.number().positive(),
  excludeKinds: z.array(z.string()),
});

export interface CentralityNode {
  id: string;
  kind: string;
  degree: number;
  betweenness: number;
  pagerank: number;
  community: number;
  brokerage: number;
}

export interface CentralityResult {
  nodes: CentralityNode[];
  modularity: number;
  betweennessMode: 'exact' | 'sampled';
}

const round = (x: number) => Math.round(x * 1e9) / 1e9;

export function projectUndirected(
  graph: OrgGraph,
  snapshot: Snapshot,
  excludeKinds: string[],
): UndirectedGraph {
  const simple = new UndirectedGraph();
  // Sorted insertion makes every downstream algorithm independent of load order.
  const nodes = graph.filterNodes((_id, a) => !excludeKinds.includes(a.kind)).sort();
  for (const node of nodes) simple.addNode(node);
  // Edges in localeCompare order of their (lower, higher) endpoints, as the pairs were once sorted with
  // localeCompare (two collations per comparison: 5.9 s at 100k nodes). Instead every node gets its
  // rank in that collation once (nodes the collation calls equal share a rank) and the pairs are
  // ordered by a stable two-pass counting sort on the ranks: O(nodes + edges), the same order.
  const rank = collationRanks(nodes);
  const lows: number[] = [];
  const highs: number[] = [];
  const ends: string[] = [];
  graph.forEachEdge((_e, a, s, t) => {
    if (s === t || !a.validIn.includes(snapshot)) return;
    const rs = rank.get(s);
    const rt = rank.get(t);
    if (rs === undefined || rt === undefined) return;
    const forward = s < t;
    ends.push(forward ? s : t, forward ? t : s);
    lows.push(forward ? rs : rt);
    highs.push(forward ? rt : rs);
  });
  const order = countingSort(lows, nodes.length, countingSort(highs, nodes.length));
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const s = ends[2 * i]!;
    const t = ends[2 * i + 1]!;
    // Explicit keys: graphology's generated ones cost a third of the insertion; nothing reads them.
    if (!simple.hasEdge(s, t)) simple.addEdgeWithKey(String(k), s, t);
  }
  return simple;
}

/** Indices 0..keys.length-1 (or `within`, in its order) stably sorted by their integer key in [0, range). */
function countingSort(keys: number[], range: number, within?: Int32Array): Int32Array {
  const m = keys.length;
  const start = new Int32Array(range + 1);
  for (let i = 0; i < m; i++) start[keys[i]! + 1]!++;
  for (let r = 0; r < range; r++) start[r + 1]! += start[r]!;
  const out = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const i = within ? within[k]! : k;
    out[start[keys[i]!]!++] = i;
  }
  return out;
}

const collator = new Intl.Collator();

/** Each string's rank in localeCompare order; strings the collation deems equal get the same rank. */
function collationRanks(sorted: string[]): Map<string, number> {
  const byCollation = [...sorted].sort(collator.compare);
  const rank = new Map<string, number>();
  let r = 0;
  byCollation.forEach((id, i) => {
    if (i > 0 && collator.compare(byCollation[i - 1]!, id) !== 0) r = i;
    rank.set(id, r);
  });
  return rank;
}

export function centrality(graph: OrgGraph, options: Partial<CentralityOptions> = {}): CentralityResult {
  const o = resolveOptions('centrality', CentralityOptionsSchema, CENTRALITY_DEFAULTS, options);
  const simple = projectUndirected(graph, o.snapshot, o.excludeKinds);
  const exact = simple.order <= o.exactBetweennessLimit;
  const csr = buildCsr(simple);
  const betweenness = sampledBetweenness(
    simple,
    exact ? { csr } : { csr, pivots: o.betweennessPivots, seed: o.seed },
  );
  const ranks =
    simple.size > 0
      ? csrPagerank(csr)
      : Object.fromEntries(simple.nodes().map((n) => [n, simple.order ? 1 / simple.order : 0]));
  const communities =
    simple.size > 0
      ? louvain.detailed(simple, { rng: seedrandom(o.seed), resolution: o.louvainResolution })
      : { communities: Object.fromEntries(simple.nodes().map((n, i) => [n, i])), modularity: 0 };
  const nodes: CentralityNode[] = simple.nodes().map((id) => {
    const ministries = new Set<string>();
    simple.forEachNeighbor(id, (other) =>
      graph.getNodeAttribute(other, 'ministries').forEach((m) => ministries.add(m)),
    );
    return {
      id,
      kind: graph.getNodeAttribute(id, 'kind'),
      degree: simple.degree(id),
      betweenness: round(betweenness[id] ?? 0),
      pagerank: round(ranks[id] ?? 0),
      community: communities.communities[id] ?? -1,
      brokerage: ministries.size,
    };
  });
  nodes.sort((a, b) => b.betweenness - a.betweenness || b.pagerank - a.pagerank || a.id.localeCompare(b.id));
  return { nodes, modularity: round(communities.modularity), betweennessMode: exact ? 'exact' : 'sampled' };
}

/** Writes degree, betweenness, pagerank, community and brokerage as node attributes (graphology's `assign`). */
centrality.assign = function assign(graph: OrgGraph, options: Partial<CentralityOptions> = {}): void {
  for (const node of centrality(graph, options).nodes) {
    const { id, kind: _kind, ...metrics } = node;
    graph.mergeNodeAttributes(id, { metrics } as never);
  }
};
