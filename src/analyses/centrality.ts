// Network metrics on the CIO-stelsel: degree, betweenness (exact up to `exactBetweennessLimit` nodes,
// estimated from seeded pivots beyond), PageRank, Louvain communities (seeded, so identical across
// runs) with their modularity, and brokerage: how many ministries a node's neighbours belong to.
// All are computed on the undirected simple projection of the multigraph (parallel edges collapse).
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import seedrandom from 'seedrandom';
import { z } from 'zod';
import type { OrgGraph } from '../model/types';
import { SNAPSHOTS } from '../model/vocabulary';
import type { Snapshot } from '../model/vocabulary';
import { sampledBetweenness } from './betweenness';
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
  const edges: [string, string][] = [];
  graph.forEachEdge((_e, a, s, t) => {
    if (s === t || !a.validIn.includes(snapshot) || !simple.hasNode(s) || !simple.hasNode(t)) return;
    edges.push(s < t ? [s, t] : [t, s]);
  });
  edges.sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
  for (const [s, t] of edges) if (!simple.hasEdge(s, t)) simple.addEdge(s, t);
  return simple;
}

export function centrality(graph: OrgGraph, options: Partial<CentralityOptions> = {}): CentralityResult {
  const o = resolveOptions('centrality', CentralityOptionsSchema, CENTRALITY_DEFAULTS, options);
  const simple = projectUndirected(graph, o.snapshot, o.excludeKinds);
  const exact = simple.order <= o.exactBetweennessLimit;
  const betweenness = sampledBetweenness(simple, exact ? {} : { pivots: o.betweennessPivots, seed: o.seed });
  const ranks =
    simple.size > 0
      ? pagerank(simple)
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
