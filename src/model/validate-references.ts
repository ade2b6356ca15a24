// Checks across records, after each record was validated on its own: duplicate edge ids, edges to
// nodes that do not exist, edge kinds between the wrong kinds of node, and seat rules. An id that was
// declared by an invalid record is not reported again as unknown: its own issue already names it.
// Each edge costs one lookup of its id and one of each end: at 10k nodes every such lookup is a
// cache miss or two, and checking a new edge id with a get and then a set paid for it twice.
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

/**
 * `declared` maps every node id a record declared to its node, or to undefined when only invalid
 * records declared it.
 */
export function referenceIssues(
  edges: readonly NormalizedEdge[],
  declared: ReadonlyMap<string, NormalizedNode | undefined>,
  invalidEdgeRefs: readonly PendingReference[],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const edgeIds = new Set<string>();
  // The file of each edge id's first declaration, built only when a duplicate turns up.
  let firstFileOf: Map<string, string> | undefined;
  for (const edge of edges) {
    const before = edgeIds.size;
    if (edgeIds.add(edge.id).size === before) {
      firstFileOf ??= firstFiles(edges);
      issues.push({
        file: edge.file,
        record: edge.id,
        field: 'id',
        message: `duplicate edge, first declared in ${firstFileOf.get(edge.id)}`,
      });
      continue;
    }
    const endpoints = EDGE_ENDPOINTS[edge.kind];
    for (const end of ['from', 'to'] as const) {
      const target = declared.get(edge[end]);
      if (!target) {
        if (!declared.has(edge[end]))
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
    if (!declared.has(ref.ref))
      issues.push({
        file: ref.file,
        record: ref.record,
        field: ref.field,
        message: `unknown node '${ref.ref}'`,
      });
  return issues;
}

/** The file that first declares each edge id. */
function firstFiles(edges: readonly NormalizedEdge[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const edge of edges) if (!files.has(edge.id)) files.set(edge.id, edge.file);
  return files;
}
