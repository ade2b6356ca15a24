// Every contested fact in the graph: a property with disagreeing claims for one snapshot, or a relation
// (a claim group of edges) whose alternative edges point at different nodes.
import { z } from 'zod';
import { resolveClaims } from '../model/facts';
import type { FactValue, OrgGraph, SourceRef } from '../model/types';
import { SNAPSHOTS } from '../model/vocabulary';
import type { Snapshot } from '../model/vocabulary';
import { resolveOptions } from './options';

export const CONTRADICTIONS_DEFAULTS = { snapshots: [...SNAPSHOTS] as Snapshot[] };
export type ContradictionsOptions = typeof CONTRADICTIONS_DEFAULTS;
export const ContradictionsOptionsSchema = z.strictObject({ snapshots: z.array(z.enum(SNAPSHOTS)).min(1) });

export interface Contradiction {
  subject: string;
  property: string;
  snapshot: Snapshot;
  claims: { value: FactValue; sources: SourceRef[] }[];
  evidence: { nodes: string[]; edges: string[] };
}

export function contradictions(
  graph: OrgGraph,
  options: Partial<ContradictionsOptions> = {},
): Contradiction[] {
  const o = resolveOptions('contradictions', ContradictionsOptionsSchema, CONTRADICTIONS_DEFAULTS, options);
  const out: Contradiction[] = [];
  // One pass over the nodes and one over the edges for all snapshots: at 100k nodes the passes are
  // memory-bound (cache misses, as the bench's baseline pass shows), so each visit does every snapshot.
  // Entries land in the order of a pass per snapshot (node facts before relations) once sorted: the
  // sort below is stable and orders by snapshot first.
  graph.forEachNode((id, a) => {
    // One claim cannot disagree with itself: most properties have one, and resolving them (a Map,
    // merged sources) per node and snapshot was most of this analysis's garbage.
    for (const property in a.facts) {
      const claims = a.facts[property]!;
      if (claims.length < 2) continue;
      for (const snapshot of o.snapshots) {
        const resolved = resolveClaims(claims, snapshot);
        if (resolved && 'contested' in resolved)
          out.push({
            subject: id,
            property,
            snapshot,
            claims: resolved.claims,
            evidence: { nodes: [id], edges: [] },
          });
      }
    }
  });
  type Group = {
    source: string;
    kind: string;
    edges: { edge: string; target: string; sources: SourceRef[] }[];
  };
  const groups = new Map(o.snapshots.map((snapshot) => [snapshot, new Map<string, Group>()]));
  graph.forEachEdge((edge, a, source, target) => {
    if (!a.claimGroup) return;
    for (const snapshot of o.snapshots) {
      if (!a.validIn.includes(snapshot)) continue;
      const bySnapshot = groups.get(snapshot)!;
      const group = bySnapshot.get(a.claimGroup) ?? { source, kind: a.kind, edges: [] };
      group.edges.push({ edge, target, sources: a.sources });
      bySnapshot.set(a.claimGroup, group);
    }
  });
  for (const [snapshot, bySnapshot] of groups)
    for (const group of bySnapshot.values()) {
      if (new Set(group.edges.map((e) => e.target)).size < 2) continue;
      out.push({
        subject: group.source,
        property: group.kind,
        snapshot,
        claims: group.edges.map((e) => ({ value: e.target, sources: e.sources })),
        evidence: {
          nodes: [group.source, ...group.edges.map((e) => e.target)],
          edges: group.edges.map((e) => e.edge),
        },
      });
    }
  return out.sort(
    (a, b) =>
      a.snapshot.localeCompare(b.snapshot) ||
      a.subject.localeCompare(b.subject) ||
      a.property.localeCompare(b.property),
  );
}
