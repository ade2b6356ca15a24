// The inner loop of Brandes' betweenness over a CSR adjacency, for a range of source nodes. It allocates
// four arrays of n once per call and resets only the nodes a source reached, so the cost per source is
// O(reached nodes + their edges), not O(n). No predecessor lists: a node's predecessors are its
// neighbours one step closer to the source, found again from the adjacency in the back-propagation.
//
// Self-contained on purpose (no imports, no nested functions, no closures): its source text is also
// the body of the worker threads (see parallel-betweenness.ts), so it must run unchanged as plain JS.
export function brandesKernel(
  offsets: Int32Array,
  adjacency: Int32Array,
  sources: Int32Array,
  from: number,
  to: number,
  out: Float64Array,
): void {
  const n = offsets.length - 1;
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const delta = new Float64Array(n);
  // The BFS queue is also the stack: nodes leave the queue in BFS order, and the back-propagation
  // walks that same order backwards.
  const order = new Int32Array(n);
  for (let i = from; i < to; i++) {
    const s = sources[i]!;
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      const sv = sigma[v]!;
      const end = offsets[v + 1]!;
      for (let e = offsets[v]!; e < end; e++) {
        const w = adjacency[e]!;
        if (dist[w]! < 0) {
          dist[w] = next;
          order[tail++] = w;
        }
        if (dist[w] === next) sigma[w]! += sv;
      }
    }
    for (let top = tail - 1; top >= 0; top--) {
      const w = order[top]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      const previous = dist[w]! - 1;
      const end = offsets[w + 1]!;
      for (let e = offsets[w]!; e < end; e++) {
        const v = adjacency[e]!;
        if (dist[v] === previous) delta[v]! += sigma[v]! * coefficient;
      }
      if (w !== s) out[w]! += delta[w]!;
    }
    for (let k = 0; k < tail; k++) {
      const w = order[k]!;
      sigma[w] = 0;
      dist[w] = -1;
      delta[w] = 0;
    }
  }
}
