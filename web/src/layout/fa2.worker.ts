// ForceAtlas2 off the main thread. The worker receives positions and links, runs the iterations in
// chunks (posting progress) and returns the final positions. FA2 is deterministic: the same start
// positions (the hierarchy) give the same result.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface Fa2Request {
  nodes: { id: string; x: number; y: number; size: number }[];
  edges: [string, string][];
  iterations: number;
}
export type Fa2Message =
  { type: 'progress'; done: number } | { type: 'done'; positions: Record<string, [number, number]> };

self.onmessage = (event: MessageEvent<Fa2Request>) => {
  const { nodes, edges, iterations } = event.data;
  const graph = new Graph({ type: 'undirected', multi: false });
  for (const n of nodes) graph.addNode(n.id, { x: n.x, y: n.y, size: n.size });
  for (const [s, t] of edges)
    if (s !== t && graph.hasNode(s) && graph.hasNode(t) && !graph.hasEdge(s, t)) graph.addEdge(s, t);
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 1000,
    scalingRatio: 4,
    gravity: 0.5,
  };
  const chunk = 50;
  for (let done = 0; done < iterations; done += chunk) {
    forceAtlas2.assign(graph, { iterations: Math.min(chunk, iterations - done), settings });
    (self as unknown as Worker).postMessage({
      type: 'progress',
      done: Math.min(done + chunk, iterations),
    } satisfies Fa2Message);
  }
  const positions: Record<string, [number, number]> = {};
  graph.forEachNode((id, a) => (positions[id] = [a.x as number, a.y as number]));
  (self as unknown as Worker).postMessage({ type: 'done', positions } satisfies Fa2Message);
};
