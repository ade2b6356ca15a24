// The viewer bench's baseline (src/cli/bench-viewer.ts): sigma alone drawing the same graph the
// level-of-detail viewer draws, every visible node at the place the LOD layout gives it unfolded, every
// edge, no aggregation, no reducers, no label placement. Same compact endpoint, same browser.
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { CompactGraph } from '../../src/contract/compact-graph';
import { layoutGroups } from '../../web/src/features/lod/layout';
import { aggregate } from '../../web/src/features/lod/producers';

const stage = document.getElementById('graph')!;
Object.assign(stage.style, { width: '100vw', height: '100vh' });
const c = (await (await fetch('/api/graph/compact')).json()) as CompactGraph;
const agg = aggregate(c, ['norm', 'statement', 'recommendation'], Number.MAX_SAFE_INTEGER);
const box = stage.getBoundingClientRect();
const layout = layoutGroups(agg, c.nodes.id.length, box.height / box.width);
const graph = new MultiDirectedGraph();
for (let i = 0; i < c.nodes.id.length; i++)
  if (agg.groupOf[i]! >= 0)
    graph.addNode(i, {
      x: layout.xs[i],
      y: layout.ys[i],
      size: 3,
      color: '#0b3d91',
      label: c.nodes.label[i],
    });
for (let e = 0; e < c.edges.source.length; e++) {
  const [s, t] = [c.edges.source[e]!, c.edges.target[e]!];
  if (graph.hasNode(s) && graph.hasNode(t)) graph.addDirectedEdge(s, t, { size: 1, color: '#c8cdd3' });
}
const renderer = new Sigma(graph, stage, { zoomToSizeRatioFunction: () => 1 });
const frames: number[] = [];
(window as unknown as { cioGraphFrames: number[] }).cioGraphFrames = frames;
renderer.on('afterRender', () => frames.push(performance.now()));
requestAnimationFrame(() => {
  performance.mark('cio-graph-ready');
  document.body.dataset.ready = 'true';
});
