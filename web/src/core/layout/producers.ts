// Layout orchestration, pure part: where every node should be, and how to frame a set of nodes.
import { MultiDirectedGraph } from 'graphology';
import type { OrgEdgeAttributes, OrgNodeAttributes } from '../../../../src/model/types';
import type { DataGraph } from '../../graph/visibility';
import { hierarchyLayout } from '../../layout/hierarchy';
import type { ViewState } from '../../state';

export type Positions = Map<string, { x: number; y: number }>;

/** The focused ministry's network as a graph of its own (for a layout that is not squeezed). */
export function focusSubgraph(data: DataGraph, nodes: Iterable<string>): DataGraph {
  const sub = new MultiDirectedGraph<OrgNodeAttributes, OrgEdgeAttributes>();
  for (const n of nodes) if (data.hasNode(n)) sub.addNode(n, data.getNodeAttributes(n));
  data.forEachEdge((e, a, s, t) => {
    if (sub.hasNode(s) && sub.hasNode(t)) sub.addDirectedEdgeWithKey(e, s, t, a);
  });
  return sub;
}

/** The cache key of a focus layout: the same focus, snapshot and scenario give the same layout. */
export function focusLayoutKey(state: ViewState, scenarioName: string | null): string {
  return `${state.focus}|${state.snapshot}|${scenarioName ?? ''}`;
}

/**
 * Where every node should be: the chosen layout, except that a focused ministry (in the hierarchy)
 * gets a layout of its own network, wider rows, so its decentral CIOs and bodies are readable.
 */
export function layoutTargets(
  base: Positions,
  data: DataGraph,
  state: ViewState,
  focus: Set<string> | null,
): Positions {
  if (!state.focus || !focus || state.layout !== 'hierarchy') return base;
  const own = hierarchyLayout(focusSubgraph(data, focus), { maxPerRow: 8, spacing: 2.4 });
  return new Map([...base, ...own]);
}

export interface Frame {
  x: number;
  y: number;
  ratio: number;
}

/**
 * The camera that frames points given in viewport pixels at the current camera: their box scaled to
 * fill the stage, with room for labels. `toGraph` maps a viewport point to framed-graph coordinates.
 */
export function frameOf(
  points: { x: number; y: number }[],
  stage: { width: number; height: number },
  ratio: number,
  toGraph: (p: { x: number; y: number }) => { x: number; y: number },
  minRatio = 0.05,
  margin = { x: 160, y: 60 },
  // Labels are drawn to the right of their node: shift the centre so they fit too.
  labelRoom = 40,
): Frame | null {
  if (!points.length) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.max((maxX - minX + margin.x) / stage.width, (maxY - minY + margin.y) / stage.height);
  const centre = toGraph({ x: (minX + maxX) / 2 + labelRoom, y: (minY + maxY) / 2 });
  return { x: centre.x, y: centre.y, ratio: Math.min(1.2, Math.max(minRatio, ratio * scale)) };
}
