// What differs between two versions of the graph: per record (nodes, their facts, edges, documents),
// and per analysis through the scenario diff (src/scenarios/diff.ts), so a version diff reads like a
// scenario's. The Neo4j change log writes exactly the record delta.
import type { OrgGraph, OrgNodeAttributes } from '../model/types';
import { CURRENT_SNAPSHOT } from '../model/vocabulary';
import { diffGraphs } from '../scenarios/diff';
import type { ScenarioDiff } from '../scenarios/diff';

type Row = Record<string, unknown>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What differs between two graphs, node by node and edge by edge. */
export function graphDelta(before: OrgGraph, after: OrgGraph) {
  const shape = (a: OrgNodeAttributes) => canonicalGraphOf({ ...a, facts: undefined });
  const addedNodes: string[] = [];
  const changedNodes: string[] = [];
  const changedFacts: string[] = [];
  after.forEachNode((id, a) => {
    if (!before.hasNode(id)) {
      addedNodes.push(id);
      return;
    }
    const b = before.getNodeAttributes(id);
    if (shape(a) !== shape(b)) changedNodes.push(id);
    if (canonicalGraphOf(a.facts) !== canonicalGraphOf(b.facts)) changedFacts.push(id);
  });
  const removedNodes = before.filterNodes((id) => !after.hasNode(id));
  const addedEdges: string[] = [];
  const changedEdges: string[] = [];
  after.forEachEdge((id, a) => {
    if (!before.hasEdge(id)) {
      addedEdges.push(id);
      return;
    }
    if (canonicalGraphOf(a) !== canonicalGraphOf(before.getEdgeAttributes(id))) changedEdges.push(id);
  });
  // Edges of removed nodes go with their nodes (DETACH DELETE).
  const removedEdges = before.filterEdges(
    (id, _a, s, t) => !after.hasEdge(id) && after.hasNode(s) && after.hasNode(t),
  );
  const documents = !same(before.getAttribute('documents'), after.getAttribute('documents'));
  return {
    addedNodes,
    changedNodes,
    changedFacts,
    removedNodes,
    addedEdges,
    changedEdges,
    removedEdges,
    documents,
  };
}

/** Canonical text of an attribute value: keys sorted, so key order never counts as a change. */
function canonicalGraphOf(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Row).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
}

export interface VersionDiff {
  from: number;
  to: number;
  records: ReturnType<typeof graphDelta>;
  analyses: ScenarioDiff;
}

export function versionDiff(from: number, to: number, before: OrgGraph, after: OrgGraph): VersionDiff {
  return {
    from,
    to,
    records: graphDelta(before, after),
    analyses: diffGraphs(before, after, CURRENT_SNAPSHOT),
  };
}
