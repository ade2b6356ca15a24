// Who may change what. A scope `edit:<MINISTRY>` covers that ministry's records (by id prefix, as the
// model assigns ministries) and the memberships of its roles; `edit:rijk` the Rijk-level records;
// `admin` everything. Checked per operation before anything is applied.
import { z } from 'zod';
import type { OrgGraph } from '../model/types';
import { ministriesOfId } from '../model/validate';
import type { Operation } from '../scenarios/schema';
import { ScopeError } from './errors';

export const ScopeSchema = z
  .string()
  .regex(/^(admin|edit:[A-Za-z][A-Za-z0-9-]*)$/, 'a scope is admin, edit:rijk or edit:<MINISTRY>');
export type Scope = z.infer<typeof ScopeSchema>;

/** The ministries a record belongs to: its own when it exists, else by its id prefix as the model assigns them. */
export function ministriesOf(graph: OrgGraph, id: string, kind?: string): string[] {
  if (graph.hasNode(id)) return graph.getNodeAttribute(id, 'ministries');
  const ministryIds = new Set(graph.filterNodes((_n, a) => a.kind === 'ministry'));
  return ministriesOfId(id, kind, ministryIds);
}

/** The records an operation changes. A relation is its source's record, except a chair and a topic: the body's. */
export function recordsOf(op: Operation, graph: OrgGraph): string[] {
  switch (op.op) {
    case 'merge-bodies':
      return [op.into, ...op.bodies];
    case 'remove-node':
    case 'add-node':
      return [op.id];
    case 'add-edge':
      return [op.from];
    case 'remove-edge':
      if (op.id) return graph.hasEdge(op.id) ? [graph.source(op.id)] : [op.id];
      return op.from ? [op.from] : [];
    case 'set-reports-to':
    case 'move-role':
    case 'add-membership':
    case 'remove-membership':
      return [op.role];
    case 'set-chair':
    case 'add-topic':
    case 'remove-topic':
      return [op.body];
    case 'set-fact':
      return [op.node];
  }
}

export function mayChange(scopes: readonly string[], graph: OrgGraph, id: string, op?: Operation): boolean {
  const ministries = ministriesOf(graph, id, op?.op === 'add-node' ? op.kind : undefined);
  // A new node's own declaration of its ministries counts too: it must stay inside the scope.
  const declared = op?.op === 'add-node' && op.id === id ? (op.ministries ?? []) : [];
  return scopes.some((scope) => {
    if (scope === 'admin') return true;
    const target = scope.slice('edit:'.length);
    if (target === 'rijk') return ministries.length === 0 && declared.length === 0;
    return ministries.includes(target) && declared.every((m) => m === target);
  });
}

/** Throws ScopeError naming the first record the scopes do not cover. */
export function authorise(
  scopes: readonly string[],
  graph: OrgGraph,
  operations: readonly Operation[],
): void {
  for (const op of operations)
    for (const id of recordsOf(op, graph))
      if (!mayChange(scopes, graph, id, op)) throw new ScopeError(id, scopes.join(','));
}
