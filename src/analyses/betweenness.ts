// Betweenness centrality (Brandes) on an unweighted, undirected simple graph, exact or estimated from
// k seeded pivot sources (Brandes & Pich 2007). With k = n it equals graphology-metrics' betweenness
// (normalised the same way, 1 / ((n-1)(n-2))); the test suite checks that oracle.
import type { UndirectedGraph } from 'graphology';
import seedrandom from 'seedrandom';

export interface BetweennessOptions {
  /** Number of pivot sources; undefined or >= order means exact. */
  pivots?: number;
  seed?: string;
  normalized?: boolean;
}

export function sampledBetweenness(
  graph: UndirectedGraph,
  options: BetweennessOptions = {},
): Record<string, number> {
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node, i]));
  // Compressed adjacency for speed on large graphs.
  const offsets = new Int32Array(n + 1);
  nodes.forEach((node, i) => (offsets[i + 1] = offsets[i]! + graph.degree(node)));
  const adjacency = new Int32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  nodes.forEach((node, i) =>
    graph.forEachNeighbor(node, (other) => (adjacency[fill[i]!++] = index.get(other)!)),
  );

  let sources = nodes.map((_n, i) => i);
  const k = options.pivots;
  if (k !== undefined && k < n) {
    const rng = seedrandom(options.seed ?? 'cio-graph');
    // Partial Fisher-Yates: the first k entries are a seeded uniform sample.
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(rng() * (n - i));
      [sources[i], sources[j]] = [sources[j]!, sources[i]!];
    }
    sources = sources.slice(0, k);
  }

  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  const queue = new Int32Array(n);
  const preds: number[][] = Array.from({ length: n }, () => []);
  for (const s of sources) {
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    for (const p of preds) p.length = 0;
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    let top = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      stack[top++] = v;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = adjacency[e]!;
        if (dist[w]! < 0) {
          dist[w] = dist[v]! + 1;
          queue[tail++] = w;
        }
        if (dist[w] === dist[v]! + 1) {
          sigma[w]! += sigma[v]!;
          preds[w]!.push(v);
        }
      }
    }
    while (top > 0) {
      const w = stack[--top]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of preds[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== s) centrality[w]! += delta[w]!;
    }
  }
  const sampleScale = sources.length < n ? n / sources.length : 1;
  const normalise = (options.normalized ?? true) ? (n <= 2 ? 1 : 1 / ((n - 1) * (n - 2))) : 0.5;
  const out: Record<string, number> = {};
  nodes.forEach((node, i) => (out[node] = centrality[i]! * sampleScale * normalise));
  return out;
}
