// Selection, pure part: the evidence a selection highlights, a scenario node's detail from the
// graph itself, and how a pending pick (merge into…, report to…) completes.
import { resolveClaims } from '../../../../src/model/facts';
import type { NodeDetail } from '../../api';
import type { Finding } from '../../graph/findings';
import type { DataGraph } from '../../graph/visibility';
import type { Selection, ViewState } from '../../state';
import type { ViewRuntime } from '../context';

/** The finding a selection points at, when it belongs to what is shown. */
export function selectedFinding(state: ViewState, view: ViewRuntime): Finding | undefined {
  const sel = state.selection;
  if (sel?.type !== 'finding') return undefined;
  if (sel.overlay === 'scenario') return view.scenario?.findings[sel.index];
  return sel.overlay === state.overlay ? view.findings[sel.index] : undefined;
}

export function evidenceOf(f: Finding | undefined): ViewRuntime['evidence'] {
  return f ? { nodes: new Set(f.nodes), edges: new Set(f.edges) } : null;
}

/** A node's detail built from a graph (a scenario's graph, which the server does not know). */
export function localNodeDetail(data: DataGraph, id: string, snapshot: ViewState['snapshot']): NodeDetail {
  const neighbours: NodeDetail['neighbours'] = [];
  data.forEachEdge(id, (edge, e, s, target) => {
    const other = s === id ? target : s;
    neighbours.push({
      edge,
      kind: e.kind,
      direction: s === id ? 'out' : 'in',
      node: other,
      name: data.getNodeAttribute(other, 'name'),
      validIn: e.validIn,
      sources: e.sources,
    });
  });
  // The same claim resolution the server uses for /api/nodes/:id.
  const resolved: NodeDetail['resolved'] = {};
  for (const [property, claims] of Object.entries(data.getNodeAttribute(id, 'facts') ?? {}))
    resolved[property] = resolveClaims(claims, snapshot) ?? null;
  return { id, attributes: data.getNodeAttributes(id), resolved, neighbours };
}

export interface PendingPick {
  kind: 'body' | 'role';
  build: (target: string) => Record<string, unknown>;
}

/**
 * What a selection does to a pending pick: a node of the right kind completes it (the operation is
 * returned), clearing the selection cancels it, anything else leaves it waiting.
 */
export function resolvePick(
  pending: PendingPick | null,
  selection: Selection | null,
  kindOf: (node: string) => string | undefined,
): { pending: PendingPick | null; operation: Record<string, unknown> | null } {
  if (!pending) return { pending, operation: null };
  if (selection === null) return { pending: null, operation: null };
  if (selection.type === 'node' && kindOf(selection.id) === pending.kind)
    return { pending: null, operation: pending.build(selection.id) };
  return { pending, operation: null };
}
