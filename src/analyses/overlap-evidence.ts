// What the overlap score is computed from, read from a graphology graph. The Neo4j store gathers the
// same evidence in Cypher (cypher/overlap-*.cypher); both hand it to `scoreOverlap`, so the two
// backends share one definition of the score.
import { mergeSources } from '../model/facts';
import type { Claim, OrgEdgeAttributes, OrgGraph, SourceRef } from '../model/types';
import type { BodyLevel, EdgeKind, Snapshot } from '../model/vocabulary';
import { nodeIndex, nodePositions } from '../model/node-index';
import { forEachEdgeOfKinds } from '../model/edge-index';
import { NODE_ORDER_EVENTS, cachedPerGraph } from '../model/graph-cache';

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

/**
 * Entries by node position (`nodePositions`), in the order of each node's first entry. Why not a Map
 * keyed by id: at 100k nodes a Map of every person's seats no longer fits the L2 and each lookup by
 * id cost cache misses that a 10k graph's Maps did not (see edge-index.ts). An Int32Array rather than
 * an array of the graph's length: V8 keeps `new Array(n)` of 100k and more as a dictionary.
 */
interface PerNode<T> {
  /** Index into `entries`, or -1. */
  at: Int32Array;
  entries: T[];
  /** The position of each entry's node. */
  nodes: number[];
}

/**
 * Spare `at` columns, all -1, kept per graph until a node is added or dropped: three columns of the
 * graph's length made and zeroed per run were, at 100k nodes, 1.2 MB of array buffers a run, and
 * their external memory made the collector run more often.
 */
const spareColumns = cachedPerGraph([...NODE_ORDER_EVENTS, 'nodeAdded'], () => [] as Int32Array[]);

function perNode<T>(graph: OrgGraph): PerNode<T> {
  const at = spareColumns(graph).pop() ?? new Int32Array(graph.order).fill(-1);
  return { at, entries: [], nodes: [] };
}

/** Gives a table's column back, -1 again where the run wrote (its nodes), for the next run. */
function release(graph: OrgGraph, table: PerNode<unknown>): void {
  for (let k = 0; k < table.nodes.length; k++) table.at[table.nodes[k]!] = -1;
  spareColumns(graph).push(table.at);
}

function entryAt<T>(table: PerNode<T>, position: number): T | undefined {
  const k = table.at[position]!;
  return k < 0 ? undefined : table.entries[k];
}

function addEntry<T>(table: PerNode<T>, position: number, entry: T): void {
  table.at[position] = table.entries.length;
  table.entries.push(entry);
  table.nodes.push(position);
}

interface Profiles {
  /** Every body's profile, in the node index's order of bodies. */
  profiles: PerNode<Profile>;
  /** The inverted indexes the candidate pairs come from: topic → bodies, person → seats. */
  holders: PerNode<TopicHolding[]>;
  seats: PerNode<Seats>;
}

type EdgeVisitor = (
  edge: string,
  a: OrgEdgeAttributes,
  source: string,
  target: string,
  sourceAt: number,
  targetAt: number,
) => void;

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
 * OVERLAP_EDGE_KINDS, into `out`, calling `other` with every other of those edges valid in the
 * snapshot in the same pass; `out.profiles` is complete before `other` runs. Why this shape (measured
 * at 100k nodes, cache-cold): the pass is most of overlap's time (memory-bound), so chains and
 * statements are read in it too; the indexes are filled while an edge's endpoints are in cache
 * (inverting per-body maps afterwards hashed each person's id again, 37 ms of 70); the bodies come
 * from the node index and what later steps read of a body is taken once here, since each lookup by
 * id was a cache miss in graphology's node map.
 */
function profiles(graph: OrgGraph, o: EvidenceOptions, out: Profiles, other: EdgeVisitor): void {
  const nodes = nodeIndex(graph);
  const cioAt = nodes.departmentalCioAt;
  for (let b = 0; b < nodes.bodies.length; b++) {
    const a = nodes.bodyAttributes[b]!;
    const profile: Profile = {
      level: a.level,
      ministries: a.ministries,
      frequency: a.facts.meetingFrequency ?? [],
      topics: new Map(),
      members: 0,
      seats: 0,
      cioSeats: 0,
    };
    addEntry(out.profiles, nodes.bodyPositions[b]!, profile);
  }
  forEachEdgeOfKinds(graph, OVERLAP_EDGE_KINDS, (edge, a, source, target, sourceAt, targetAt) => {
    if (!a.validIn.includes(o.snapshot)) return;
    if (a.kind === 'handles') {
      const p = entryAt(out.profiles, sourceAt);
      if (!p) return;
      const holders = entryAt(out.holders, targetAt);
      if (p.topics.has(target)) holders!.find((h) => h.body === source)!.sources = a.sources;
      else if (holders) holders.push({ body: source, sources: a.sources });
      else addEntry(out.holders, targetAt, [{ body: source, sources: a.sources }]);
      p.topics.set(target, a.sources);
    } else if (a.kind === 'member_of' || a.kind === 'chairs') {
      const p = entryAt(out.profiles, targetAt);
      if (!p) return;
      const member = a.kind === 'member_of' || o.chairsAreMembers;
      const seats = entryAt(out.seats, sourceAt);
      const seat = seats && seatAt(seats, target);
      if (!seat) {
        const sources = own(a.sources);
        const added: Seat = { body: target, people: sources, members: member ? sources : undefined };
        // Most people hold one seat: a one-element literal, where push on an empty list reserved 17.
        if (seats) addSeat(seats, added);
        else addEntry(out.seats, sourceAt, { list: [added] });
        p.seats++;
        if (cioAt[sourceAt]) p.cioSeats++;
        if (member) p.members++;
        return;
      }
      seat.people = merged(seat.people, a.sources);
      if (!member) return;
      if (!seat.members) p.members++;
      seat.members = merged(seat.members, a.sources);
    } else other(edge, a, source, target, sourceAt, targetAt);
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
  const read: Profiles = {
    profiles: perNode(graph),
    holders: perNode(graph),
    seats: perNode(graph),
  };
  try {
    return evidenceFrom(graph, o, read);
  } finally {
    release(graph, read.profiles);
    release(graph, read.holders);
    release(graph, read.seats);
  }
}

function evidenceFrom(graph: OrgGraph, o: EvidenceOptions, read: Profiles): OverlapEvidence {
  const nodes = nodeIndex(graph);
  const { keys, positionOf } = nodePositions(graph);
  const chains: OverlapEvidence['chains'] = new Map();
  const statementBodies = new Map<string, string[]>();
  const statements: OverlapEvidence['statements'] = new Map();
  const isBody = (at: number) => read.profiles.at[at] !== -1;
  profiles(graph, o, read, (edge, a, source, target, sourceAt, targetAt) => {
    if (CHAIN_KINDS.includes(a.kind) && isBody(sourceAt) && isBody(targetAt) && source !== target) {
      const k = pairKey(source, target);
      chains.set(k, [...new Set([...(chains.get(k) ?? []), a.kind])].sort());
    } else if (a.kind === 'concerns' && isBody(targetAt)) {
      if (graph.getNodeAttribute(source, 'kind') === 'statement') append(statementBodies, source, target);
    } else if (a.kind === 'reported_overlap' && isBody(sourceAt) && isBody(targetAt)) {
      append(statements, pairKey(source, target), { id: edge, nature: a.nature, sources: a.sources });
    }
  });

  // Candidate pairs come from the inverted indexes, so the work grows with the overlaps that exist,
  // not with the square of the bodies.
  // Topics and people in the order of their first edge, as the Maps keyed by id before gave them.
  const shared: OverlapEvidence['shared'] = new Map();
  for (let t = 0; t < read.holders.entries.length; t++) {
    const holders = read.holders.entries[t]!;
    const topic = keys[read.holders.nodes[t]!]!;
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
  }
  for (let s = 0; s < read.seats.entries.length; s++) {
    const { list } = read.seats.entries[s]!;
    if (list.length < 2) continue;
    const person = keys[read.seats.nodes[s]!]!;
    const cio = nodes.departmentalCios.has(person);
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = list[i]!.body < list[j]!.body ? [list[i]!, list[j]!] : [list[j]!, list[i]!];
        const pair = sharedPair(shared, a.body, b.body);
        pair.people.push({ id: person, sourcesA: a.people, sourcesB: b.people, cio });
        if (a.members && b.members)
          pair.members.push({ id: person, sourcesA: a.members, sourcesB: b.members });
      }
  }

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
  read.profiles.entries.forEach((p, b) =>
    bodies.set(keys[read.profiles.nodes[b]!]!, {
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
    for (const { body } of entryAt(read.seats, positionOf.get(role)!)?.list ?? []) {
      const p = entryAt(read.profiles, positionOf.get(body)!)!;
      sits.set(body, { topics: [...p.topics.keys()], frequency: p.frequency });
    }
    roles.push({ role, bodies: sits });
  }
  return { bodies, shared, chains, statements, roles };
}
