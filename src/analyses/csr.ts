// Compressed sparse row adjacency of an undirected graphology graph: node i's neighbours are
// adjacency[offsets[i] .. offsets[i+1]), in graphology's own neighbour order, so algorithms over it
// visit nodes exactly as the graphology versions do (betweenness and PageRank stay bit-identical).
// Built once per graph and shared by the typed-array algorithms; backed by SharedArrayBuffer so worker
// threads read it without a copy.
import type { UndirectedGraph } from 'graphology';

export interface Csr {
  nodes: string[];
  offsets: Int32Array;
  adjacency: Int32Array;
}

export function buildCsr(graph: UndirectedGraph): Csr {
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(nodes[i]!, i);
  const offsets = new Int32Array(new SharedArrayBuffer((n + 1) * 4));
  // Counted with forEachNeighbor, not degree(): a self-loop is one neighbour but two degrees.
  for (let i = 0; i < n; i++) {
    let count = 0;
    graph.forEachNeighbor(nodes[i]!, () => count++);
    offsets[i + 1] = offsets[i]! + count;
  }
  const adjacency = new Int32Array(new SharedArrayBuffer(Math.max(1, offsets[n]!) * 4));
  let fill = 0;
  for (let i = 0; i < n; i++)
    graph.forEachNeighbor(nodes[i]!, (other) => (adjacency[fill++] = index.get(other)!));
  return { nodes, offsets, adjacency };
}
