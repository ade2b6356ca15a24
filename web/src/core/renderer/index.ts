// The renderer: the display graph built from the data graph, sigma with its node programs and
// reducers, and the pointer events on the graph.
import Sigma from 'sigma';
import { hierarchyLayout } from '../../layout/hierarchy';
import type { DataGraph } from '../../graph/visibility';
import type { ViewState } from '../../state';
import type { AppContext, DisplayGraph, DisplayNode, DisplayEdge, Renderer, ViewRuntime } from '../context';
import type { Positions } from '../layout/producers';
import { displayEdge, displayNode, reduceEdge, reduceNode, selectedNodes } from './producers';
import type { Frame } from './producers';
import { nodeProgramClasses } from './programs';

/** Fills the display graph from the data graph at the given positions. */
export function fillDisplay(display: DisplayGraph, data: DataGraph, pos: Positions): void {
  display.clear();
  // Nodes the positions lack (added by a scenario) take their place in the hierarchy of the graph shown.
  const missing = data.filterNodes((id) => !pos.has(id));
  const extra = missing.length ? hierarchyLayout(data) : new Map<string, { x: number; y: number }>();
  data.forEachNode((id, a) =>
    display.addNode(id, displayNode(a, pos.get(id) ?? extra.get(id) ?? { x: 0, y: 0 })),
  );
  data.forEachEdge((id, a, s, t) => display.addDirectedEdgeWithKey(id, s, t, displayEdge(a)));
}

export function createRenderer(
  display: DisplayGraph,
  container: HTMLElement,
  frame: () => { state: ViewState; view: ViewRuntime; data: DataGraph },
  labelThreshold: number,
): Renderer {
  // Read fresh for every call: state and view may change between two refreshes of one task.
  const current = (): Frame => {
    const f = frame();
    return { ...f, display, selected: selectedNodes(f.state, f.view, display) };
  };
  return new Sigma<DisplayNode, DisplayEdge>(display, container, {
    nodeProgramClasses: nodeProgramClasses(),
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    // Labels are placed and drawn by core/labels after each frame, collision-free.
    renderLabels: false,
    labelRenderedSizeThreshold: labelThreshold,
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelFont: 'system-ui, DejaVu Sans, sans-serif',
    labelSize: 12,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 4,
    nodeReducer: (node, attrs) => reduceNode(current(), node, attrs),
    edgeReducer: (edge, attrs) => reduceEdge(current(), edge, attrs),
  });
}

/** Hover highlights a node's neighbourhood; clicks select; an overlap edge explains itself in a tooltip. */
export function bindGraphEvents(ctx: AppContext, tooltip: HTMLElement): void {
  const { renderer, display, view } = ctx;
  renderer.on('enterNode', ({ node }) => {
    view.hovered = { node, neighbours: new Set(display.neighbors(node)) };
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveNode', () => {
    view.hovered = null;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('clickNode', ({ node }) => void ctx.select({ type: 'node', id: node }));
  renderer.on('clickEdge', ({ edge }) => void ctx.select({ type: 'edge', id: edge }));
  renderer.on('clickStage', () => void ctx.select(null));
  renderer.on('enterEdge', ({ edge, event }) => {
    const attrs = display.getEdgeAttributes(edge);
    if (!attrs.overlay || attrs.pair === undefined) return;
    const finding = view.findings[attrs.pair];
    if (!finding) return;
    const L = ctx.state().lang;
    tooltip.textContent = `${finding.title[L]} — ${finding.explanation?.[L] ?? ''}`;
    tooltip.hidden = false;
    tooltip.style.left = `${event.x + 12}px`;
    tooltip.style.top = `${event.y + 12}px`;
  });
  renderer.on('leaveEdge', () => (tooltip.hidden = true));
}
