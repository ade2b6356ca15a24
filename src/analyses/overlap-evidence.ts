// What the overlap score is computed from, read from a graphology graph. The Neo4j store gathers the
// same evidence in Cypher (cypher/overlap-*.cypher); both hand it to `scoreOverlap`, so the two
// backends share one definition of the score.
import { mergeSources } from '../model/facts';
import type { Claim, OrgEdgeAttributes, OrgGraph, SourceRef } from '../model/types';
import type { BodyLevel, EdgeKind, Snapshot } from '../model/vocabulary';

export interface BodyEvidence {
  level: BodyLevel | undefined;
  ministries: string[];
  /** Distinct topics the body handles. */
  topics: number;
  /** Distinct members (and chairs, when chairs count as members): the old Jaccard term. */
  members: number;
  /** Distinct people at the table: members and chairs. */
  seats: number;
  /** Of those, departmental CIOs. */
  cioSeats: number;
}

export interface SharedItem {
  id: string;
  sourcesA: SourceRef[];
  sourcesB: SourceRef[];
}

export interface SharedPerson extends SharedItem {
  /** A departmental CIO's seat (weighted by `cioSeatWeight`). */
  cio: boolean;
}

export interface StatementRef {
  /** The statement node's id, or the id of a `reported_overlap` edge (a two-body statement). */
  id: string;
  nature: string | undefined;
  sources: SourceRef[];
}

export interface OverlapEvidence {
  bodies: Map<string, BodyEvidence>;
  /** Per candidate pair (key `pairKey(a, b)`): shared topics, members and people with both sides' sources. */
  shared: Map<string, { topics: SharedItem[]; members: SharedItem[]; people: SharedPerson[] }>;
  /** Per pair: the kinds of relation that join the two bodies directly (either direction). */
  chains: Map<string, string[]>;
  /** Per pair: the statements that name both bodies. */
  statements: Map<string, StatementRef[]>;
  /** Per role of the chosen types: the bodies it sits in or chairs, their topics and meeting frequency. */
  roles: { role: string; bodies: Map<string, { topics: string[]; frequency: Claim[] }> }[];
}

/** Relations by which one body prepares, advises or decides for another: the stelsel's own chain. */
export const CHAIN_KINDS: EdgeKind[] = ['prepares_for', 'advises', 'decides_for'];

export function pairKey(x: string, y: string): string {
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}

/** Appends to the list under a key, creating it; in place, so building an index stays linear. */
export function append<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface Profile {
  topics: Map<string, SourceRef[]>;
  members: Map<string, SourceRef[]>;
  people: Map<string, SourceRef[]>;
}

type EdgeVisitor = (edge: string, a: OrgEdgeAttributes, source: string, target: string) => void;

/**
 * Fills `out` with each body's topics, members and people, and calls `other` with every other edge
 * valid in the snapshot, in the same pass: a pass over every edge is most of overlap's time at 100k
 * nodes (memory-bound), and the chains and statements needed one of their own. `out` is complete
 * before `other` runs.
 */
function profiles(
  graph: OrgGraph,
  snapshot: Snapshot,
  chairsAreMembers: boolean,
  out: Map<string, Profile>,
  other: EdgeVisitor,
): void {
  graph.forEachNode((id, a) => {
    if (a.kind === 'body') out.set(id, { topics: new Map(), members: new Map(), people: new Map() });
  });
  // A first sighting keeps the edge's own list (as topics do) unless it needs deduping: merging into a
  // fresh array per membership edge was a sixth of what overlap allocated at 100k nodes.
  const add = (m: Map<string, SourceRef[]>, key: string, sources: SourceRef[]) => {
    const had = m.get(key);
    m.set(key, had ? mergeSources([had, sources]) : sources.length < 2 ? sources : mergeSources([sources]));
  };
  graph.forEachEdge((edge, a, source, target) => {
    if (!a.validIn.includes(snapshot)) return;
    if (a.kind === 'handles') out.get(source)?.topics.set(target, a.sources);
    else if (a.kind === 'member_of' || a.kind === 'chairs') {
      const p = out.get(target);
      if (!p) return;
      add(p.people, source, a.sources);
      if (a.kind === 'member_of' || chairsAreMembers) add(p.members, source, a.sources);
    } else other(edge, a, source, target);
  });
}

export interface EvidenceOptions {
  snapshot: Snapshot;
  chairsAreMembers: boolean;
  roleTypes: string[];
}

/** The evidence of `overlap` read from a graphology graph. */
export function overlapEvidence(graph: OrgGraph, o: EvidenceOptions): OverlapEvidence {
  const byBody = new Map<string, Profile>();
  const chains: OverlapEvidence['chains'] = new Map();
  const statementBodies = new Map<string, string[]>();
  const statements: OverlapEvidence['statements'] = new Map();
  profiles(graph, o.snapshot, o.chairsAreMembers, byBody, (edge, a, source, target) => {
    if (CHAIN_KINDS.includes(a.kind) && byBody.has(source) && byBody.has(target) && source !== target) {
      const k = pairKey(source, target);
      chains.set(k, [...new Set([...(chains.get(k) ?? []), a.kind])].sort());
    } else if (a.kind === 'concerns' && byBody.has(target)) {
      if (graph.getNodeAttribute(source, 'kind') === 'statement') append(statementBodies, source, target);
    } else if (a.kind === 'reported_overlap' && byBody.has(source) && byBody.has(target)) {
      append(statements, pairKey(source, target), { id: edge, nature: a.nature, sources: a.sources });
    }
  });
  const isCio = (id: string) => graph.getNodeAttribute(id, 'type') === 'departmental_cio';
  // Candidate pairs come from an inverted index (topic → bodies, member → bodies), so the work grows
  // with the overlaps that exist, not with the square of the bodies. One index per side: a composite
  // string key per entry, split again below, allocated more than the pairs themselves.
  const sides = ['topics', 'members', 'people'] as const;
  const index = { topics: new Map<string, string[]>(), members: new Map(), people: new Map() };
  for (const [body, p] of byBody)
    for (const side of sides) for (const item of p[side].keys()) append(index[side], item, body);
  const shared: OverlapEvidence['shared'] = new Map();
  for (const side of sides)
    for (const [item, bodies] of index[side] as Map<string, string[]>) {
      for (let i = 0; i < bodies.length; i++)
        for (let j = i + 1; j < bodies.length; j++) {
          const [x, y] = [bodies[i]!, bodies[j]!];
          const [a, b] = x < y ? [x, y] : [y, x];
          const k = pairKey(a, b);
          let pair = shared.get(k);
          if (!pair) shared.set(k, (pair = { topics: [], members: [], people: [] }));
          const sourcesA = byBody.get(a)![side].get(item) ?? [];
          const sourcesB = byBody.get(b)![side].get(item) ?? [];
          if (side === 'people') pair.people.push({ id: item, sourcesA, sourcesB, cio: isCio(item) });
          else pair[side].push({ id: item, sourcesA, sourcesB });
        }
    }

  // A statement is n-ary: it names every pair of its bodies.
  for (const [statement, list] of statementBodies) {
    const bodies = [...new Set(list)].sort();
    const s = graph.getNodeAttributes(statement);
    for (let i = 0; i < bodies.length; i++)
      for (let j = i + 1; j < bodies.length; j++)
        append(statements, pairKey(bodies[i]!, bodies[j]!), {
          id: statement,
          nature: s.type,
          sources: s.sources,
        });
  }

  const bodies: OverlapEvidence['bodies'] = new Map();
  for (const [id, p] of byBody)
    bodies.set(id, {
      level: graph.getNodeAttribute(id, 'level'),
      ministries: graph.getNodeAttribute(id, 'ministries'),
      topics: p.topics.size,
      members: p.members.size,
      seats: p.people.size,
      cioSeats: [...p.people.keys()].filter(isCio).length,
    });

  const roles: OverlapEvidence['roles'] = [];
  graph.forEachNode((role, attributes) => {
    if (attributes.kind !== 'role' || !o.roleTypes.includes(attributes.type ?? '')) return;
    const sits = new Map<string, { topics: string[]; frequency: Claim[] }>();
    graph.forEachOutEdge(role, (_e, a, _s, target) => {
      if (!a.validIn.includes(o.snapshot) || (a.kind !== 'member_of' && a.kind !== 'chairs')) return;
      const p = byBody.get(target);
      if (p && !sits.has(target))
        sits.set(target, {
          topics: [...p.topics.keys()],
          frequency: graph.getNodeAttribute(target, 'facts').meetingFrequency ?? [],
        });
    });
    roles.push({ role, bodies: sits });
  });
  return { bodies, shared, chains, statements, roles };
}
