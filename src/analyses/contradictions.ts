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
  for (const snapshot of o.snapshots) {
    graph.forEachNode((id, a) => {
      // One claim cannot disagree with itself: most properties have one, and resolving them (a Map,
      // merged sources) per node and snapshot was garbage enough to make this the one analysis
      // growing faster than the edge pass in the bench (12.6x per 10x from 10k to 100k nodes).
      for (const property in a.facts) {
        const claims = a.facts[property]!;
        if (claims.length < 2) continue;
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
    });
    const groups = new Map<
      string,
      { source: string; kind: string; edges: { edge: string; target: string; sources: SourceRef[] }[] }
    >();
    graph.forEachEdge((edge, a, source, target) => {
      if (!a.claimGroup || !a.validIn.includes(snapshot)) return;
      const group = groups.get(a.claimGroup) ?? { source, kind: a.kind, edges: [] };
      group.edges.push({ edge, target, sources: a.sources });
      groups.set(a.claimGroup, group);
    });
    for (const group of groups.values()) {
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
  }
  return out.sort(
    (a, b) =>
      a.snapshot.localeCompare(b.snapshot) ||
      a.subject.localeCompare(b.subject) ||
      a.property.localeCompare(b.property),
  );
}
