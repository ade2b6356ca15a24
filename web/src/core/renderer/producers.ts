// What sigma draws, pure part: the display attributes of a node and an edge, and the reducers that
// combine them with the view state on every frame (the data graph is never written to).
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { OrgEdgeAttributes, OrgNodeAttributes } from '../../../../src/model/types';
import {
  EDGE_COLOR,
  EDGE_COLORS,
  FADED_COLOR,
  KIND_STYLES,
  RIJK_BODY_COLOR,
  ROLE_EMPHASIS,
  SELECTED_COLOR,
  STATUS_COLORS,
} from '../../graph/appearance';
import { edgeVisible, nodeVisible } from '../../graph/visibility';
import type { DataGraph } from '../../graph/visibility';
import type { ViewState } from '../../state';
import type { DisplayEdge, DisplayGraph, DisplayNode, ViewRuntime } from '../context';

export function displayNode(a: OrgNodeAttributes, p: { x: number; y: number }): DisplayNode {
  const style = KIND_STYLES[a.kind] ?? KIND_STYLES.topic!;
  return {
    x: p.x,
    y: p.y,
    size: style.size * (a.kind === 'role' ? (ROLE_EMPHASIS[a.type ?? ''] ?? 1) : 1),
    color: a.kind === 'body' && a.level === 'rijk' ? RIJK_BODY_COLOR : style.color,
    label: a.abbreviation && a.abbreviation !== a.name ? `${a.abbreviation}` : a.name,
    type: style.type,
  };
}

export function displayEdge(a: OrgEdgeAttributes): DisplayEdge {
  return { size: a.kind === 'reports_to' ? 1.5 : 1, color: EDGE_COLORS[a.kind] ?? EDGE_COLOR };
}

/** The nodes the selection highlights: a node, an edge's two ends, or a finding's evidence. */
export function selectedNodes(state: ViewState, view: ViewRuntime, display: DisplayGraph): Set<string> {
  const sel = state.selection;
  if (!sel) return new Set();
  // A feature may light up more than the selected node (a statement and the bodies it names).
  if (sel.type === 'node') return view.evidence?.nodes.has(sel.id) ? view.evidence.nodes : new Set([sel.id]);
  if (sel.type === 'edge') return display.hasEdge(sel.id) ? new Set(display.extremities(sel.id)) : new Set();
  return view.evidence?.nodes ?? new Set();
}

export interface Frame {
  state: ViewState;
  view: ViewRuntime;
  data: DataGraph;
  display: DisplayGraph;
  selected: Set<string>;
}

export function reduceNode(f: Frame, node: string, attrs: DisplayNode): Partial<NodeDisplayData> {
  const { state, view, data, selected } = f;
  const a = data.getNodeAttributes(node);
  const out: Partial<NodeDisplayData> & { type?: string } = { ...attrs };
  if (!nodeVisible(a, node, state, view.visibility)) return { ...out, hidden: true };
  if (view.sizes) out.size = 3 + 14 * (view.sizes.get(node) ?? 0);
  const status = view.statuses.get(node);
  if (status) {
    out.color = STATUS_COLORS[status] ?? out.color;
    out.forceLabel = true;
    out.zIndex = 2;
  }
  if (a.kind === 'ministry' || a.type === 'cio_rijk') out.forceLabel = true;
  if (view.hovered) {
    if (node === view.hovered.node || view.hovered.neighbours.has(node)) {
      out.forceLabel = true;
      out.zIndex = 3;
    } else {
      out.color = FADED_COLOR;
      out.label = '';
    }
  } else if (selected.size) {
    if (selected.has(node)) {
      out.highlighted = true;
      out.forceLabel = true;
      out.zIndex = 3;
    } else if (!status) {
      out.color = FADED_COLOR;
      out.label = '';
    }
  }
  return out;
}

export function reduceEdge(f: Frame, edge: string, attrs: DisplayEdge): Partial<EdgeDisplayData> {
  const { state, view, data, display, selected } = f;
  const out: Partial<EdgeDisplayData> = { ...attrs };
  const [s, t] = display.extremities(edge);
  if (attrs.overlay) {
    if (state.overlay !== 'overlap') return { hidden: true };
  } else if (!edgeVisible(data.getEdgeAttributes(edge), state)) return { hidden: true };
  const visible = (n: string) => nodeVisible(data.getNodeAttributes(n), n, state, view.visibility);
  if (!visible(s) || !visible(t)) return { hidden: true };
  if (view.scenario?.addedEdges.has(edge)) {
    out.color = STATUS_COLORS.added!;
    out.size = 2.5;
    out.zIndex = 2;
  }
  if (view.hovered) {
    const h = view.hovered.node;
    if (s !== h && t !== h) return { ...out, color: FADED_COLOR };
    out.size = (out.size ?? 1) * 2;
  } else if (view.evidence?.edges.has(edge)) {
    out.color = SELECTED_COLOR;
    out.size = 3;
    out.zIndex = 2;
  } else if (state.selection?.type === 'edge' && state.selection.id === edge) {
    out.color = SELECTED_COLOR;
    out.size = 3;
  } else if (selected.size && !(selected.has(s) && selected.has(t))) {
    out.color = FADED_COLOR;
  }
  return out;
}
