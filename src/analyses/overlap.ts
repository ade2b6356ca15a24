// Gremia overlap as the report means it: double agendering is the same people discussing the same
// topic at more than one table without one table preparing for the other. For every pair of bodies:
//
//   topicShare  = |T(a) ∩ T(b)| / min(|T(a)|, |T(b)|)      the smaller agenda's share met at the other table
//   peopleShare = w(S(a) ∩ S(b)) / min(w(S(a)), w(S(b)))   the same people at both tables, S = members and
//                 chairs, w counts a departmental CIO's seat `cioSeatWeight` times; 0 when a side has no
//                 recorded seats (unknown, so it does not add)
//   score       = topicShare · (1 + peopleShare) / 2       in [0, 1]: a shared agenda, doubled by shared people
//
// Pairs the stelsel joins on purpose are `mirroring`, with score 0: a departmental body and a Rijk body
// (a departmental platform feeding its Rijk counterpart), and a pair joined by prepares_for, advises or
// decides_for whose recorded seats are disjoint (different people hand a topic on). A chain joined by the
// same people, or by people the report does not name, stays scored: the report itself names such pairs
// (ACD and CIO-beraad, the vooroverleg and the CIO-beraad) as double agendering.
// The old terms stay visible: topicJaccard, memberJaccard and jaccardScore = topicWeight · J(topics) +
// memberWeight · J(members). Every pair of bodies a statement names is `reported`, with the statement ids.
import { z } from 'zod';
import { mergeSources } from '../model/facts';
import type { OrgGraph, SourceRef } from '../model/types';
import { SNAPSHOTS } from '../model/vocabulary';
import type { BodyLevel, Snapshot } from '../model/vocabulary';
import { resolveOptions } from './options';
import { CHAIN_KINDS, overlapEvidence, pairKey } from './overlap-evidence';
import type { OverlapEvidence, SharedItem } from './overlap-evidence';
import { roleOverlaps } from './overlap-load';
import type { RoleOverlap } from './overlap-load';

export { CHAIN_KINDS, overlapEvidence, pairKey };
export type { OverlapEvidence, RoleOverlap, SharedItem };

export const OVERLAP_DEFAULTS = {
  snapshot: '2024' as Snapshot,
  /** Weights of the old Jaccard score, kept as a component. */
  topicWeight: 0.5,
  memberWeight: 0.5,
  /** Count the chair of a body as one of its members in the Jaccard component (people always include chairs). */
  chairsAreMembers: false,
  /** How many seats a departmental CIO's seat counts for in peopleShare. */
  cioSeatWeight: 2,
  /** Only pairs at or above this score (reported overlaps are always kept). */
  minScore: 0,
  /** Role types whose memberships make up the per-role view and meeting load. */
  roleTypes: ['departmental_cio'] as string[],
  /**
   * Also pair departmental bodies of different ministries. Off by default: two ministries' privacy
   * boards share a topic but never meet, so that is no double agendering.
   */
  crossMinistryDepartmental: false,
};
export type OverlapOptions = typeof OVERLAP_DEFAULTS;

export const OverlapOptionsSchema = z
  .strictObject({
    snapshot: z.enum(SNAPSHOTS),
    topicWeight: z.number().min(0).max(1),
    memberWeight: z.number().min(0).max(1),
    chairsAreMembers: z.boolean(),
    cioSeatWeight: z.number().min(1).max(10),
    minScore: z.number().min(0).max(1),
    roleTypes: z.array(z.string()),
    crossMinistryDepartmental: z.boolean(),
  })
  .refine((o) => Math.abs(o.topicWeight + o.memberWeight - 1) < 1e-9, {
    message: 'topicWeight + memberWeight must be 1',
    path: ['topicWeight'],
  });

export const OVERLAP_RELATIONS = ['overlap', 'mirroring'] as const;

export interface OverlapPair {
  a: string;
  b: string;
  level: BodyLevel | 'mixed';
  /** `mirroring`: the stelsel joins the two on purpose (see `mirroring`); not scored as overlap. */
  relation: (typeof OVERLAP_RELATIONS)[number];
  mirroring: 'cross_level' | 'chain' | null;
  /** The relations that join the two bodies directly (prepares_for, advises, decides_for). */
  chain: string[];
  score: number;
  topicShare: number;
  peopleShare: number;
  /** False when a side has no recorded seats: peopleShare is then 0 for want of data. */
  peopleKnown: boolean;
  sharedTopics: string[];
  sharedMembers: string[];
  /** People at both tables: members and chairs. */
  sharedPeople: string[];
  sharedCioSeats: number;
  topicJaccard: number;
  memberJaccard: number;
  jaccardScore: number;
  reported: boolean;
  reportedNature: string[];
  /** The statements (or reported_overlap edges) that name both bodies. */
  statements: string[];
  sources: SourceRef[];
}

export interface OverlapResult {
  pairs: OverlapPair[];
  roles: RoleOverlap[];
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export function overlap(graph: OrgGraph, options: Partial<OverlapOptions> = {}): OverlapResult {
  const o = resolveOverlapOptions(options);
  return scoreOverlap(overlapEvidence(graph, o), o);
}

export function resolveOverlapOptions(options: Partial<OverlapOptions>): OverlapOptions {
  return resolveOptions('overlap', OverlapOptionsSchema, OVERLAP_DEFAULTS, options);
}

// Module-level rather than closures in scoreOverlap's loop: the tool runs through tsx, whose esbuild
// wraps each named closure in `__name` (an Object.defineProperty, ~0.2 µs), and two made per pair were
// 3% of an advisor run on the real dataset (22.7 of 809 ms, profiled 2026-12-07).
const byId = (x: SharedItem, y: SharedItem) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
const jaccard = (shared: number, x: number, y: number) => ratio(shared, x + y - shared);
/** Seats with a departmental CIO's seat counted `cioSeatWeight` times. */
const weightedSeats = (seats: number, cio: number, cioSeatWeight: number) =>
  seats - cio + cioSeatWeight * cio;

export function scoreOverlap(evidence: OverlapEvidence, o: OverlapOptions): OverlapResult {
  const candidates = new Set([...evidence.shared.keys(), ...evidence.statements.keys()]);
  const pairs: OverlapPair[] = [];
  for (const k of candidates) {
    const [a, b] = k.split('\u0000') as [string, string];
    const pa = evidence.bodies.get(a);
    const pb = evidence.bodies.get(b);
    if (!pa || !pb) continue;
    const statements = [...(evidence.statements.get(k) ?? [])].sort((x, y) => x.id.localeCompare(y.id));
    const reported = statements.length > 0;
    if (
      !reported &&
      !o.crossMinistryDepartmental &&
      pa.level === 'departmental' &&
      pb.level === 'departmental'
    ) {
      if (!pb.ministries.some((m) => pa.ministries.includes(m))) continue;
    }
    const shared = evidence.shared.get(k) ?? { topics: [], members: [], people: [] };
    const topics = [...shared.topics].sort(byId);
    const members = [...shared.members].sort(byId);
    const people = [...shared.people].sort(byId);
    if (!reported && topics.length === 0 && members.length === 0) continue;

    const topicJaccard = jaccard(topics.length, pa.topics, pb.topics);
    const memberJaccard = jaccard(members.length, pa.members, pb.members);
    const jaccardScore = round(o.topicWeight * topicJaccard + o.memberWeight * memberJaccard);

    const w = o.cioSeatWeight;
    const cioShared = people.filter((p) => p.cio).length;
    const peopleKnown = pa.seats > 0 && pb.seats > 0;
    const topicShare = ratio(topics.length, Math.min(pa.topics, pb.topics));
    const peopleShare = peopleKnown
      ? ratio(
          weightedSeats(people.length, cioShared, w),
          Math.min(weightedSeats(pa.seats, pa.cioSeats, w), weightedSeats(pb.seats, pb.cioSeats, w)),
        )
      : 0;
    const chain = evidence.chains.get(k) ?? [];
    const crossLevel =
      (pa.level === 'departmental' && pb.level === 'rijk') ||
      (pa.level === 'rijk' && pb.level === 'departmental');
    const mirroring = crossLevel
      ? 'cross_level'
      : chain.length > 0 && peopleKnown && people.length === 0
        ? 'chain'
        : null;
    const score = mirroring ? 0 : round((topicShare * (1 + peopleShare)) / 2);
    if (!reported && score < o.minScore) continue;
    pairs.push({
      a,
      b,
      level: pa.level === pb.level ? (pa.level ?? 'rijk') : 'mixed',
      relation: mirroring ? 'mirroring' : 'overlap',
      mirroring,
      chain,
      score,
      topicShare: round(topicShare),
      peopleShare: round(peopleShare),
      peopleKnown,
      sharedTopics: topics.map((t) => t.id),
      sharedMembers: members.map((m) => m.id),
      sharedPeople: people.map((m) => m.id),
      sharedCioSeats: cioShared,
      topicJaccard: round(topicJaccard),
      memberJaccard: round(memberJaccard),
      jaccardScore,
      reported,
      reportedNature: [...new Set(statements.flatMap((r) => (r.nature ? [r.nature] : [])))].sort(),
      statements: [...new Set(statements.map((s) => s.id))],
      sources: mergeSources([
        ...topics.flatMap((t) => [t.sourcesA, t.sourcesB]),
        ...people.flatMap((m) => [m.sourcesA, m.sourcesB]),
        ...members.flatMap((m) => [m.sourcesA, m.sourcesB]),
        ...statements.map((r) => r.sources),
      ]),
    });
  }
  pairs.sort(
    (x, y) =>
      y.score - x.score ||
      Number(x.relation === 'mirroring') - Number(y.relation === 'mirroring') ||
      Number(y.reported) - Number(x.reported) ||
      y.jaccardScore - x.jaccardScore ||
      x.a.localeCompare(y.a) ||
      x.b.localeCompare(y.b),
  );
  return { pairs, roles: roleOverlaps(evidence, o.snapshot) };
}
