// PageRank on the CSR adjacency of an undirected, unweighted graph: graphology-metrics' power iteration
// (same alpha, tolerance, iteration cap, dangling-node handling and order of additions, so the values
// are bit-identical; the test suite checks that oracle) without its per-edge index construction, and
// with two arrays swapped instead of one allocated per iteration.
import type { Csr } from './csr';
import { CioGraphError } from '../model/errors';

export class PagerankConvergenceError extends CioGraphError {}

export interface PagerankOptions {
  alpha?: number;
  maxIterations?: number;
  tolerance?: number;
}

export function csrPagerank(csr: Csr, options: PagerankOptions = {}): Record<string, number> {
  const { nodes, offsets, adjacency } = csr;
  const alpha = options.alpha ?? 0.85;
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-6;
  const N = nodes.length;
  const p = 1 / N;
  let x = new Float64Array(N);
  let xLast = new Float64Array(N);
  // Unit weights: an edge's normalised weight is 1 / degree, computed once per node.
  const share = new Float64Array(N);
  const dangling: number[] = [];
  for (let i = 0; i < N; i++) {
    x[i] = p;
    const d = offsets[i + 1]! - offsets[i]!;
    if (d === 0) dangling.push(i);
    share[i] = 1 / d;
  }
  let converged = false;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const swap = xLast;
    xLast = x;
    x = swap;
    x.fill(0);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += xLast[i]!;
    dangleSum *= alpha;
    for (let i = 0; i < N; i++) {
      const end = offsets[i + 1]!;
      const w = share[i]!;
      for (let j = offsets[i]!; j < end; j++) x[adjacency[j]!]! += alpha * xLast[i]! * w;
      x[i]! += dangleSum * p + (1 - alpha) * p;
    }
    let error = 0;
    for (let i = 0; i < N; i++) error += Math.abs(x[i]! - xLast[i]!);
    if (error < N * tolerance) {
      converged = true;
      break;
    }
  }
  if (!converged) throw new PagerankConvergenceError('cio-graph/centrality: PageRank failed to converge');
  const out: Record<string, number> = {};
  for (let i = 0; i < N; i++) out[nodes[i]!] = x[i]!;
  return out;
}
