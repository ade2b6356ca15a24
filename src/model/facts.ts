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

const sameSource = (a: SourceRef, b: SourceRef) =>
  a.doc === b.doc && a.locator === b.locator && (a.excerpt ?? '') === (b.excerpt ?? '');

// Below this many sources a linear scan dedupes without building a key string per source and a Map:
// nearly every merge is of one to four sources, and analyses merge per node and finding (at 100k nodes
// the keys and Maps were a tenth of what deviations allocated, and the collector's work grows with it).
const LINEAR_MERGE_LIMIT = 16;

function distinct(list: readonly SourceRef[]): boolean {
  for (let i = 1; i < list.length; i++)
    for (let k = 0; k < i; k++) if (sameSource(list[k]!, list[i]!)) return false;
  return true;
}

export function mergeSources(lists: SourceRef[][]): SourceRef[] {
  let total = 0;
  for (let l = 0; l < lists.length; l++) total += lists[l]!.length;
  if (total <= LINEAR_MERGE_LIMIT) {
    // One list with anything in it (most merges): a copy of its distinct sources, sized to fit. A list
    // grown by push from empty reserves 17 slots, and at 100k nodes those were most of what a merge
    // allocated.
    let only = -1;
    for (let l = 0; l < lists.length; l++) if (lists[l]!.length > 0) only = only === -1 ? l : -2;
    if (only === -1) return [];
    if (only >= 0 && distinct(lists[only]!)) return lists[only]!.slice();
    // Indexed loops: for-of and some() allocated an iterator or closure per call here.
    const out: SourceRef[] = [];
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l]!;
      next: for (let i = 0; i < list.length; i++) {
        const s = list[i]!;
        for (let k = 0; k < out.length; k++) if (sameSource(out[k]!, s)) continue next;
        out.push(s);
      }
    }
    return out;
  }
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
