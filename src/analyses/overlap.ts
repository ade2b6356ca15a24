// Gremia overlap: for every pair of bodies, how much their agendas (topics) and their seats (members)
// overlap, and whether the report itself states the overlap. Also, per departmental CIO, the bodies
// it sits in and the topics it meets in more than one of them (double agendering as a CIO lives it).
//
// score = topicWeight · J(topics) + memberWeight · J(members), J the Jaccard index |A∩B| / |A∪B|.
// Pairs with no shared topic, no shared member and no reported overlap are left out (score 0).
import { z } from 'zod';
import { mergeSources } from '../model/facts';
import type { OrgGraph, SourceRef } from '../model/types';
import { SNAPSHOTS } from '../model/vocabulary';
import type { Snapshot } from '../model/vocabulary';
import { resolveOptions } from './options';

export const OVERLAP_DEFAULTS = {
  snapshot: '2024' as Snapshot,
  topicWeight: 0.5,
  memberWeight: 0.5,
  /** Count the chair of a body as one of its members. */
  chairsAreMembers: false,
  /** Only pairs at or above this score (reported overlaps are always kept). */
  minScore: 0,
  /** Role types whose memberships make up the per-role view. */
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
    minScore: z.number().min(0).max(1),
    roleTypes: z.array(z.string()),
    crossMinistryDepartmental: z.boolean(),
  })
  .refine((o) => Math.abs(o.topicWeight + o.memberWeight - 1) < 1e-9, {
    message: 'topicWeight + memberWeight must be 1',
    path: ['topicWeight'],
  });

export interface OverlapPair {
  a: string;
  b: string;
  level: 'rijk' | 'departmental' | 'mixed';
  topicJaccard: number;
  memberJaccard: number;
  sharedTopics: string[];
  sharedMembers: string[];
  score: number;
  reported: boolean;
  reportedNature: string[];
  sources: SourceRef[];
}

export interface RoleOverlap {
  role: string;
  bodies: string[];
  repeatedTopics: { topic: string; bodies: string[] }[];
}

export interface OverlapResult {
  pairs: OverlapPair[];
  roles: RoleOverlap[];
}

interface BodyProfile {
  topics: Map<string, SourceRef[]>;
  members: Map<string, SourceRef[]>;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export function bodyProfiles(
  graph: OrgGraph,
  snapshot: Snapshot,
  chairsAreMembers: boolean,
): Map<string, BodyProfile> {
  const profiles = new Map<string, BodyProfile>();
  graph.forEachNode((id, a) => {
    if (a.kind === 'body') profiles.set(id, { topics: new Map(), members: new Map() });
  });
  graph.forEachEdge((_e, a, source, target) => {
    if (!a.validIn.includes(snapshot)) return;
    if (a.kind === 'handles') profiles.get(source)?.topics.set(target, a.sources);
    else if (a.kind === 'member_of' || (chairsAreMembers && a.kind === 'chairs')) {
      const members = profiles.get(target)?.members;
      if (members) members.set(source, mergeSources([members.get(source) ?? [], a.sources]));
    }
  });
  return profiles;
}

function jaccard(a: Map<string, unknown>, b: Map<string, unknown>): { value: number; shared: string[] } {
  const shared = [...a.keys()].filter((k) => b.has(k)).sort();
  const union = a.size + b.size - shared.length;
  return { value: union === 0 ? 0 : shared.length / union, shared };
}

export function overlap(graph: OrgGraph, options: Partial<OverlapOptions> = {}): OverlapResult {
  const o = resolveOptions('overlap', OverlapOptionsSchema, OVERLAP_DEFAULTS, options);
  const profiles = bodyProfiles(graph, o.snapshot, o.chairsAreMembers);

  // Candidate pairs come from an inverted index (topic → bodies, member → bodies) plus the reported
  // overlaps, so the work grows with the overlaps that exist, not with the square of the bodies.
  const candidates = new Set<string>();
  const key = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
  const index = new Map<string, string[]>();
  for (const [body, p] of profiles) {
    for (const t of p.topics.keys()) index.set(`t:${t}`, [...(index.get(`t:${t}`) ?? []), body]);
    for (const m of p.members.keys()) index.set(`m:${m}`, [...(index.get(`m:${m}`) ?? []), body]);
  }
  for (const bodies of index.values()) {
    for (let i = 0; i < bodies.length; i++)
      for (let j = i + 1; j < bodies.length; j++) candidates.add(key(bodies[i]!, bodies[j]!));
  }
  const reported = new Map<string, { natures: string[]; sources: SourceRef[][] }>();
  graph.forEachEdge((_e, a, source, target) => {
    if (a.kind !== 'reported_overlap' || !a.validIn.includes(o.snapshot)) return;
    const k = key(source, target);
    const entry = reported.get(k) ?? { natures: [], sources: [] };
    if (a.nature) entry.natures.push(a.nature);
    entry.sources.push(a.sources);
    reported.set(k, entry);
    candidates.add(k);
  });

  const pairs: OverlapPair[] = [];
  for (const k of candidates) {
    const [a, b] = k.split('\u0000') as [string, string];
    const pa = profiles.get(a);
    const pb = profiles.get(b);
    if (!pa || !pb) continue;
    const la = graph.getNodeAttribute(a, 'level');
    const lb = graph.getNodeAttribute(b, 'level');
    const rep = reported.get(k);
    if (!rep && !o.crossMinistryDepartmental && la === 'departmental' && lb === 'departmental') {
      const ma = graph.getNodeAttribute(a, 'ministries');
      if (!graph.getNodeAttribute(b, 'ministries').some((m) => ma.includes(m))) continue;
    }
    const topics = jaccard(pa.topics, pb.topics);
    const members = jaccard(pa.members, pb.members);
    const score = round(o.topicWeight * topics.value + o.memberWeight * members.value);
    if (!rep && (score === 0 || score < o.minScore)) continue;
    pairs.push({
      a,
      b,
      level: la === lb ? (la ?? 'rijk') : 'mixed',
      topicJaccard: round(topics.value),
      memberJaccard: round(members.value),
      sharedTopics: topics.shared,
      sharedMembers: members.shared,
      score,
      reported: rep !== undefined,
      reportedNature: [...new Set(rep?.natures ?? [])],
      sources: mergeSources([
        ...topics.shared.flatMap((t) => [pa.topics.get(t) ?? [], pb.topics.get(t) ?? []]),
        ...members.shared.flatMap((m) => [pa.members.get(m) ?? [], pb.members.get(m) ?? []]),
        ...(rep?.sources ?? []),
      ]),
    });
  }
  pairs.sort(
    (x, y) =>
      y.score - x.score ||
      Number(y.reported) - Number(x.reported) ||
      x.a.localeCompare(y.a) ||
      x.b.localeCompare(y.b),
  );

  const roles: RoleOverlap[] = [];
  graph.forEachNode((role, attributes) => {
    if (attributes.kind !== 'role' || !o.roleTypes.includes(attributes.type ?? '')) return;
    const bodies = new Set<string>();
    graph.forEachOutEdge(role, (_e, a, _s, target) => {
      if (!a.validIn.includes(o.snapshot)) return;
      if (a.kind === 'member_of' || a.kind === 'chairs') bodies.add(target);
    });
    const byTopic = new Map<string, string[]>();
    for (const body of bodies)
      for (const t of profiles.get(body)?.topics.keys() ?? [])
        byTopic.set(t, [...(byTopic.get(t) ?? []), body]);
    roles.push({
      role,
      bodies: [...bodies].sort(),
      repeatedTopics: [...byTopic.entries()]
        .filter(([, b]) => b.length > 1)
        .map(([topic, b]) => ({ topic, bodies: b.sort() }))
        .sort((x, y) => y.bodies.length - x.bodies.length || x.topic.localeCompare(y.topic)),
    });
  });
  roles.sort((x, y) => y.bodies.length - x.bodies.length || x.role.localeCompare(y.role));
  return { pairs, roles };
}
