// Resolving claims into the value of a property for one snapshot. This is where contradictions in the
// report become visible: two claims for the same snapshot with different values are `contested`.
import type { Claim, FactValue, OrgEdgeAttributes, OrgGraph, ResolvedFact, SourceRef } from './types';
import type { Snapshot } from './vocabulary';
import { CURRENT_SNAPSHOT } from './vocabulary';

function valueKey(value: FactValue): string {
  return JSON.stringify(value);
}

function sourceKey(source: SourceRef): string {
  return `${source.doc}|${source.locator}|${source.excerpt ?? ''}`;
}

export function mergeSources(lists: SourceRef[][]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const list of lists)
    for (const s of list) {
      const key = sourceKey(s);
      if (!seen.has(key)) seen.set(key, s);
    }
  return [...seen.values()];
}

/** The claims of a property that hold in a snapshot. */
export function claimsAt(claims: readonly Claim[] | undefined, snapshot: Snapshot): Claim[] {
  return (claims ?? []).filter((c) => c.validIn.includes(snapshot));
}

/**
 * The value of a property in a snapshot: one value with all sources that state it, a contested
 * value listing every distinct claim, or `undefined` when the report says nothing for that snapshot.
 */
export function resolveClaims(
  claims: readonly Claim[] | undefined,
  snapshot: Snapshot,
): ResolvedFact | undefined {
  // Most properties carry one claim: resolved without the filter, the Map and the value keys below,
  // which every analysis paid per node and property (the same result: the value, its sources deduped).
  if (claims?.length === 1) {
    const only = claims[0]!;
    if (!only.validIn.includes(snapshot)) return undefined;
    return { value: only.value, sources: mergeSources([only.sources]) };
  }
  const holding = claimsAt(claims, snapshot);
  if (holding.length === 0) return undefined;
  const byValue = new Map<string, { value: FactValue; sources: SourceRef[][] }>();
  for (const claim of holding) {
    const key = valueKey(claim.value);
    const entry = byValue.get(key) ?? { value: claim.value, sources: [] };
    entry.sources.push(claim.sources);
    byValue.set(key, entry);
  }
  const distinct = [...byValue.values()].map((e) => ({ value: e.value, sources: mergeSources(e.sources) }));
  if (distinct.length === 1) return distinct[0];
  return { contested: true, claims: distinct };
}

export function resolveFact(
  graph: OrgGraph,
  node: string,
  fact: string,
  snapshot: Snapshot = CURRENT_SNAPSHOT,
): ResolvedFact | undefined {
  return resolveClaims(graph.getNodeAttribute(node, 'facts')[fact], snapshot);
}

export function isContested(
  resolved: ResolvedFact | undefined,
): resolved is Extract<ResolvedFact, { contested: true }> {
  return resolved !== undefined && 'contested' in resolved;
}

/** The single value of a resolved fact, or undefined when unknown or contested. */
export function plainValue(resolved: ResolvedFact | undefined): FactValue | undefined {
  return resolved && !('contested' in resolved) ? resolved.value : undefined;
}

/** All values a resolved fact may take (one, several when contested, none when unknown). */
export function possibleValues(resolved: ResolvedFact | undefined): FactValue[] {
  if (!resolved) return [];
  return 'contested' in resolved ? resolved.claims.map((c) => c.value) : [resolved.value];
}

export function edgeHoldsIn(attributes: OrgEdgeAttributes, snapshot: Snapshot): boolean {
  return attributes.validIn.includes(snapshot);
}
