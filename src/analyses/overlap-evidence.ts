// What the overlap score is computed from, read from a graphology graph. The Neo4j store gathers the
// same evidence in Cypher (cypher/overlap-*.cypher); both hand it to `scoreOverlap`, so the two
// backends share one definition of the score.
import { mergeSources } from '../model/facts';
import type { Claim, OrgEdgeAttributes, OrgGraph, SourceRef } from '../model/types';
import type { BodyLevel, EdgeKind, Snapshot } from '../model/vocabulary';
import { nodeIndex } from '../model/node-index';
import { forEachEdgeOfKinds } from '../model/edge-index';

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

/** What two bodies share: topics, members and people, each with both sides' sources. */
export interface PairEvidence {
  topics: SharedItem[];
  members: SharedItem[];
  people: SharedPerson[];
}

export interface OverlapEvidence {
  bodies: Map<string, BodyEvidence>;
  /** Per candidate pair (key `pairKey(a, b)`): shared topics, members and people with both sides' sources. */
  shared: Map<string, PairEvidence>;
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
  level: BodyLevel | undefined;
  ministries: string[];
  frequency: Claim[];
  /** Topic → the sources of the handles edge (the last one read, when several). */
  topics: Map<string, SourceRef[]>;
  members: number;
  seats: number;
  cioSeats: number;
}

/** A body holding a topic, with the sources that say so. */
interface TopicHolding {
  body: string;
  sources: SourceRef[];
}

/** A person's seat at a body: the sources of every seat edge, and of the member edges among them. */
interface Seat {
  body: string;
  people: SourceRef[];
  /** Undefined while no edge makes the person a member (chairs only, and chairs are not members). */
  members: SourceRef[] | undefined;
}

/** A person's seats; keyed by body once there are many, so that finding a repeated seat stays linear. */
interface Seats {
  list: Seat[];
  byBody?: Map<string, Seat>;
}

const SEATS_SCANNED = 8;

function seatAt(seats: Seats, body: string): Seat | undefined {
  if (seats.byBody) return seats.byBody.get(body);
  for (let i = 0; i < seats.list.length; i++) if (seats.list[i]!.body === body) return seats.list[i];
  return undefined;
}

function addSeat(seats: Seats, seat: Seat): void {
  seats.list.push(seat);
  if (seats.byBody) seats.byBody.set(seat.body, seat);
  else if (seats.list.length > SEATS_SCANNED) seats.byBody = new Map(seats.list.map((x) => [x.body, x]));
}

// A first sighting keeps the edge's own list unless it needs deduping: merging into a fresh array per
// membership edge was a sixth of what overlap allocated at 100k nodes.
const own = (sources: SourceRef[]) => (sources.length < 2 ? sources : mergeSources([sources]));
const merged = (had: SourceRef[] | undefined, sources: SourceRef[]) =>
  had ? mergeSources([had, sources]) : own(sources);

interface Profiles {
  bodies: Map<string, Profile>;
  /** The inverted indexes the candidate pairs come from: topic → bodies, person → seats. */
  topicHolders: Map<string, TopicHolding[]>;
  seatsOf: Map<string, Seats>;
}

type EdgeVisitor = (edge: string, a: OrgEdgeAttributes, source: string, target: string) => void;

/** The edge kinds overlap reads: agendas, seats, the chain between bodies and the report's statements. */
const OVERLAP_EDGE_KINDS: readonly EdgeKind[] = [
  'handles',
  'member_of',
  'chairs',
  ...CHAIN_KINDS,
  'concerns',
  'reported_overlap',
];

/**
 * Each body's topics and seats, and the inverted indexes over them, from one pass over the edges of
 * OVERLAP_EDGE_KINDS, into `out`, calling `other` with every other of those edges valid in the snapshot in the same pass;
 * `out.bodies` is complete before `other` runs. Why this shape (measured at 100k nodes, cache-cold):
 * a pass over every edge is most of overlap's time (memory-bound), so chains and statements are read
 * in it too; the indexes are filled while an edge's endpoints are in cache (inverting per-body maps
 * afterwards hashed each person's id again, 37 ms of 70); the bodies come from the node index and
 * what later steps read of a body is taken once here, since each lookup by id was a cache miss in
 * graphology's node map.
 */
function profiles(graph: OrgGraph, o: EvidenceOptions, out: Profiles, other: EdgeVisitor): void {
  const nodes = nodeIndex(graph);
  for (const id of nodes.bodies) {
    const a = graph.getNodeAttributes(id);
    out.bodies.set(id, {
      level: a.level,
      ministries: a.ministries,
      frequency: a.facts.meetingFrequency ?? [],
      topics: new Map(),
      members: 0,
      seats: 0,
      cioSeats: 0,
    });
  }
  forEachEdgeOfKinds(graph, OVERLAP_EDGE_KINDS, (edge, a, source, target) => {
    if (!a.validIn.includes(o.snapshot)) return;
    if (a.kind === 'handles') {
      const p = out.bodies.get(source);
      if (!p) return;
      if (p.topics.has(target))
        out.topicHolders.get(target)!.find((h) => h.body === source)!.sources = a.sources;
      else append(out.topicHolders, target, { body: source, sources: a.sources });
      p.topics.set(target, a.sources);
    } else if (a.kind === 'member_of' || a.kind === 'chairs') {
      const p = out.bodies.get(target);
      if (!p) return;
      const member = a.kind === 'member_of' || o.chairsAreMembers;
      const seats = out.seatsOf.get(source);
      const seat = seats && seatAt(seats, target);
      if (!seat) {
        const sources = own(a.sources);
        const added: Seat = { body: target, people: sources, members: member ? sources : undefined };
        // Most people hold one seat: a one-element literal, where push on an empty list reserved 17.
        if (seats) addSeat(seats, added);
        else out.seatsOf.set(source, { list: [added] });
        p.seats++;
        if (nodes.departmentalCios.has(source)) p.cioSeats++;
        if (member) p.members++;
        return;
      }
      seat.people = merged(seat.people, a.sources);
      if (!member) return;
      if (!seat.members) p.members++;
      seat.members = merged(seat.members, a.sources);
    } else other(edge, a, source, target);
  });
}

export interface EvidenceOptions {
  snapshot: Snapshot;
  chairsAreMembers: boolean;
  roleTypes: string[];
}

/** The entry of `shared` for two bodies, created on first use, with its sides in (a, b) order. */
function sharedPair(shared: OverlapEvidence['shared'], x: string, y: string): PairEvidence {
  const k = pairKey(x, y);
  let pair = shared.get(k);
  if (!pair) shared.set(k, (pair = { topics: [], members: [], people: [] }));
  return pair;
}

/** The evidence of `overlap` read from a graphology graph. */
export function overlapEvidence(graph: OrgGraph, o: EvidenceOptions): OverlapEvidence {
  const nodes = nodeIndex(graph);
  const chains: OverlapEvidence['chains'] = new Map();
  const statementBodies = new Map<string, string[]>();
  const statements: OverlapEvidence['statements'] = new Map();
  const read: Profiles = { bodies: new Map(), topicHolders: new Map(), seatsOf: new Map() };
  const byBody = read.bodies;
  const isBody = (id: string) => byBody.has(id);
  profiles(graph, o, read, (edge, a, source, target) => {
    if (CHAIN_KINDS.includes(a.kind) && isBody(source) && isBody(target) && source !== target) {
      const k = pairKey(source, target);
      chains.set(k, [...new Set([...(chains.get(k) ?? []), a.kind])].sort());
    } else if (a.kind === 'concerns' && isBody(target)) {
      if (graph.getNodeAttribute(source, 'kind') === 'statement') append(statementBodies, source, target);
    } else if (a.kind === 'reported_overlap' && isBody(source) && isBody(target)) {
      append(statements, pairKey(source, target), { id: edge, nature: a.nature, sources: a.sources });
    }
  });

  // Candidate pairs come from the inverted indexes, so the work grows with the overlaps that exist,
  // not with the square of the bodies.
  // Maps are walked with forEach: for-of over entries allocates a [key, value] array per entry, and
  // per person at 100k nodes that was a seventh of what overlap allocated.
  const shared: OverlapEvidence['shared'] = new Map();
  read.topicHolders.forEach((holders, topic) => {
    for (let i = 0; i < holders.length; i++)
      for (let j = i + 1; j < holders.length; j++) {
        const [a, b] =
          holders[i]!.body < holders[j]!.body ? [holders[i]!, holders[j]!] : [holders[j]!, holders[i]!];
        sharedPair(shared, a.body, b.body).topics.push({
          id: topic,
          sourcesA: a.sources,
          sourcesB: b.sources,
        });
      }
  });
  read.seatsOf.forEach(({ list }, person) => {
    if (list.length < 2) return;
    const cio = nodes.departmentalCios.has(person);
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = list[i]!.body < list[j]!.body ? [list[i]!, list[j]!] : [list[j]!, list[i]!];
        const pair = sharedPair(shared, a.body, b.body);
        pair.people.push({ id: person, sourcesA: a.people, sourcesB: b.people, cio });
        if (a.members && b.members)
          pair.members.push({ id: person, sourcesA: a.members, sourcesB: b.members });
      }
  });

  // A statement is n-ary: it names every pair of its bodies.
  statementBodies.forEach((list, statement) => {
    const bodies = [...new Set(list)].sort();
    const s = graph.getNodeAttributes(statement);
    for (let i = 0; i < bodies.length; i++)
      for (let j = i + 1; j < bodies.length; j++)
        append(statements, pairKey(bodies[i]!, bodies[j]!), {
          id: statement,
          nature: s.type,
          sources: s.sources,
        });
  });

  const bodies: OverlapEvidence['bodies'] = new Map();
  byBody.forEach((p, id) =>
    bodies.set(id, {
      level: p.level,
      ministries: p.ministries,
      topics: p.topics.size,
      members: p.members,
      seats: p.seats,
      cioSeats: p.cioSeats,
    }),
  );

  // Roles of the chosen types from the node index (roleOverlaps orders them and their bodies), their
  // bodies from the seat index rather than a walk over each role's edges.
  const roles: OverlapEvidence['roles'] = [];
  for (const role of [...new Set(o.roleTypes)].flatMap((type) => nodes.rolesByType.get(type) ?? [])) {
    const sits = new Map<string, { topics: string[]; frequency: Claim[] }>();
    for (const { body } of read.seatsOf.get(role)?.list ?? []) {
      const p = byBody.get(body)!;
      sits.set(body, { topics: [...p.topics.keys()], frequency: p.frequency });
    }
    roles.push({ role, bodies: sits });
  }
  return { bodies, shared, chains, statements, roles };
}
