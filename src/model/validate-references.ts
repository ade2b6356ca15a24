// Checks across records, after each record was validated on its own: duplicate edge ids, edges to
// nodes that do not exist, edge kinds between the wrong kinds of node, and seat rules. An id that was
// declared by an invalid record is not reported again as unknown: its own issue already names it.
import type { ValidationIssue } from './errors';
import type { NormalizedEdge, NormalizedNode } from './validate';
import { seatIssues } from './validate-records';
import { EDGE_ENDPOINTS } from './vocabulary';

/** An edge end that could not be validated with its record, kept to check it against the node ids. */
export interface PendingReference {
  file: string;
  record: string;
  field: string;
  ref: string;
}

export function referenceIssues(
  nodes: readonly NormalizedNode[],
  edges: readonly NormalizedEdge[],
  declaredIds: ReadonlySet<string>,
  invalidEdgeRefs: readonly PendingReference[],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const edgeIds = new Map<string, string>();
  for (const edge of edges) {
    const previous = edgeIds.get(edge.id);
    if (previous !== undefined) {
      issues.push({
        file: edge.file,
        record: edge.id,
        field: 'id',
        message: `duplicate edge, first declared in ${previous}`,
      });
      continue;
    }
    edgeIds.set(edge.id, edge.file);
    const endpoints = EDGE_ENDPOINTS[edge.kind];
    for (const end of ['from', 'to'] as const) {
      const target = nodeById.get(edge[end]);
      if (!target) {
        if (!declaredIds.has(edge[end]))
          issues.push({
            file: edge.file,
            record: edge.id,
            field: end,
            message: `unknown node '${edge[end]}'`,
          });
        continue;
      }
      if (!endpoints[end].includes(target.kind))
        issues.push({
          file: edge.file,
          record: edge.id,
          field: end,
          message: `a ${edge.kind} edge cannot ${end === 'from' ? 'start at' : 'end at'} a ${target.kind}`,
        });
    }
    issues.push(...seatIssues(edge.file, edge.id, edge));
  }
  for (const ref of invalidEdgeRefs)
    if (!declaredIds.has(ref.ref))
      issues.push({
        file: ref.file,
        record: ref.record,
        field: ref.field,
        message: `unknown node '${ref.ref}'`,
      });
  return issues;
}
