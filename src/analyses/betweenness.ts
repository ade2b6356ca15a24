// Betweenness centrality (Brandes) on an unweighted, undirected simple graph, exact or estimated from
// k seeded pivot sources (Brandes & Pich 2007). With k = n it equals graphology-metrics' betweenness
// (normalised the same way, 1 / ((n-1)(n-2))); the test suite checks that oracle.
//
// Typed arrays over a CSR adjacency (csr.ts), one set of work arrays reused across sources
// (brandes-kernel.ts). Above PARALLEL_WORK (sources × adjacency entries) the sources are summed in
// fixed chunks on worker threads (parallel-betweenness.ts); below it, in one pass on this thread.
import type { UndirectedGraph } from 'graphology';
import seedrandom from 'seedrandom';
import { brandesKernel } from './brandes-kernel';
import type { Csr } from './csr';
import { buildCsr } from './csr';
import type { ParallelOptions } from './parallel-betweenness';
import { chunkedBrandes } from './parallel-betweenness';

export interface BetweennessOptions extends ParallelOptions {
  /** Number of pivot sources; undefined or >= order means exact. */
  pivots?: number;
  seed?: string;
  normalized?: boolean;
  /** The CSR of `graph`, when the caller already built it. */
  csr?: Csr;
  /**
   * Work (sources × adjacency entries) above which the chunked, multi-threaded sum is used. Worker
   * start-up costs ~30 ms, so only large graphs gain. The chunked sum adds the same terms in another
   * order, which can move a result by an ulp.
   */
  parallelWork?: number;
}

export const PARALLEL_WORK = 5e7;

/** The seeded pivots: a partial Fisher-Yates over the node indices (the first k are a uniform sample). */
export function pivotSources(n: number, pivots: number | undefined, seed: string | undefined): Int32Array {
  const sources = new Int32Array(n);
  for (let i = 0; i < n; i++) sources[i] = i;
  if (pivots === undefined || pivots >= n) return sources;
  const rng = seedrandom(seed ?? 'cio-graph');
  for (let i = 0; i < pivots; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const swap = sources[i]!;
    sources[i] = sources[j]!;
    sources[j] = swap;
  }
  return sources.slice(0, pivots);
}

export function sampledBetweenness(
  graph: UndirectedGraph,
  options: BetweennessOptions = {},
): Record<string, number> {
  const { nodes, offsets, adjacency } = options.csr ?? buildCsr(graph);
  const n = nodes.length;
  const sources = pivotSources(n, options.pivots, options.seed);
  const work = sources.length * (adjacency.length + n);
  let centrality: Float64Array;
  if (work > (options.parallelWork ?? PARALLEL_WORK)) {
    centrality = chunkedBrandes(offsets, adjacency, sources, options);
  } else {
    centrality = new Float64Array(n);
    brandesKernel(offsets, adjacency, sources, 0, sources.length, centrality);
  }
  const sampleScale = sources.length < n ? n / sources.length : 1;
  const normalise = (options.normalized ?? true) ? (n <= 2 ? 1 : 1 / ((n - 1) * (n - 2))) : 0.5;
  const out: Record<string, number> = {};
  for (let i = 0; i < n; i++) out[nodes[i]!] = centrality[i]! * sampleScale * normalise;
  return out;
}
