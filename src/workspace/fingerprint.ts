// The fingerprint of a graph: SHA-256 of a canonical form (nodes and edges by id, keys sorted, undefined
// left out), so two backends that hold the same graph in different insertion or key order agree.
import { createHash } from 'node:crypto';
import type { OrgGraph } from '../model/types';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

/** The graph as canonical JSON text: equal text means an equal graph. */
export function canonicalGraph(graph: OrgGraph): string {
  const nodes = graph
    .mapNodes((id, attributes) => [id, attributes] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const edges = graph
    .mapEdges((id, attributes, source, target) => [id, source, target, attributes] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(canonical({ attributes: graph.getAttributes(), nodes, edges }));
}

export function fingerprint(graph: OrgGraph): string {
  return `sha256:${createHash('sha256').update(canonicalGraph(graph)).digest('hex')}`;
}
