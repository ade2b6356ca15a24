// Which nodes and edges the current view shows: filters, ministry focus, snapshot. Pure functions over
// the data graph and the view state; sigma's reducers call them, the data graph is never changed.
import type Graph from 'graphology';
import type { OrgEdgeAttributes, OrgNodeAttributes } from '../../../src/model/types';
import type { BodyLevel } from '../../../src/model/vocabulary';
import type { ViewState } from '../state';

export type DataGraph = Graph<OrgNodeAttributes, OrgEdgeAttributes>;

export function levelOf(a: OrgNodeAttributes): BodyLevel {
  return a.level ?? (a.ministries?.length ? 'departmental' : 'rijk');
}

/** Seats of the departmental CIO that count for a ministry's focus: the Rijk bodies it sits in. */
const SEAT_KINDS = new Set(['member_of', 'chairs']);

/**
 * A ministry's departmental CIO network: every node of the ministry (its CIO, CIO-office, CxO roles,
 * decentral CIOs and their organisations, its departmental bodies) plus the Rijk-level bodies its
 * departmental CIO sits in.
 */
export function focusNodes(graph: DataGraph, ministry: string, snapshot: string): Set<string> {
  const nodes = new Set<string>();
  graph.forEachNode((id, a) => {
    if (a.ministries?.includes(ministry)) nodes.add(id);
  });
  graph.forEachNode((id, a) => {
    if (a.kind !== 'role' || a.type !== 'departmental_cio' || !a.ministries?.includes(ministry)) return;
    graph.forEachOutEdge(id, (_e, ea, _s, target) => {
      if (SEAT_KINDS.has(ea.kind) && ea.validIn.includes(snapshot as never)) nodes.add(target);
    });
  });
  return nodes;
}

export function decentralCios(graph: DataGraph, ministry: string): string[] {
  return graph
    .filterNodes(
      (_id, a) => a.kind === 'role' && a.type === 'decentral_cio' && !!a.ministries?.includes(ministry),
    )
    .sort((x, y) => graph.getNodeAttribute(x, 'name').localeCompare(graph.getNodeAttribute(y, 'name')));
}

export interface VisibilityContext {
  focus: Set<string> | null;
}

export function visibilityContext(graph: DataGraph, state: ViewState): VisibilityContext {
  return { focus: state.focus ? focusNodes(graph, state.focus, state.snapshot) : null };
}

export function nodeVisible(
  a: OrgNodeAttributes,
  id: string,
  state: ViewState,
  ctx: VisibilityContext,
): boolean {
  if (ctx.focus && !ctx.focus.has(id)) return false;
  if (state.hiddenNodeKinds.includes(a.kind)) return false;
  if (state.hiddenLevels.includes(levelOf(a))) return false;
  const shown = state.ministries;
  if (shown && a.ministries?.length && !a.ministries.some((m) => shown.includes(m))) return false;
  return true;
}

export function edgeVisible(a: OrgEdgeAttributes, state: ViewState): boolean {
  return !state.hiddenEdgeKinds.includes(a.kind) && a.validIn.includes(state.snapshot as never);
}
