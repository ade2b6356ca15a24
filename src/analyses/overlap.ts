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
import type { BodyLevel, Snapshot } from '../model/vocabulary';
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
  level: BodyLevel | 'mixed';
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

/**
 * What the score is computed from. The memory store gathers it from the graph; the Neo4j store
 * gathers it in Cypher (cypher/overlap-*.cypher). Both hand it to `scoreOverlap`, so the two
 * backends share one definition of the score.
 */
export interface OverlapEvidence {
  bodies: Map<
    string,
    { level: BodyLevel | undefined; ministries: string[]; topics: number; members: number }
  >;
  /** Per candidate pair (key `pairKey(a, b)`): the shared topics and members with both sides' sources. */
  shared: Map<string, { topics: SharedItem[]; members: SharedItem[] }>;
  /** Per pair: the overlaps the report states, in edge order. */
  reported: Map<string, { nature: string | undefined; sources: SourceRef[] }[]>;
  /** Per role of the chosen types: the bodies it sits in and the topics of each. */
  roles: { role: string; bodies: Map<string, string[]> }[];
}

export interface SharedItem {
  id: string;
  sourcesA: SourceRef[];
  sourcesB: SourceRef[];
}

export function pairKey(x: string, y: string): string {
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}

/** Appends to the list under a key, creating it; in place, so building an index stays linear. */
function append<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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

/** The evidence of `overlap` read from a graphology graph. */
export function overlapEvidence(graph: OrgGraph, o: OverlapOptions): OverlapEvidence {
  const profiles = bodyProfiles(graph, o.snapshot, o.chairsAreMembers);
  // Candidate pairs come from an inverted index (topic → bodies, member → bodies), so the work grows
  // with the overlaps that exist, not with the square of the bodies.
  const index = new Map<string, string[]>();
  for (const [body, p] of profiles) {
    for (const t of p.topics.keys()) append(index, `t:${t}`, body);
    for (const m of p.members.keys()) append(index, `m:${m}`, body);
  }
  const shared: OverlapEvidence['shared'] = new Map();
  for (const [entry, bodies] of index) {
    const item = entry.slice(2);
    for (let i = 0; i < bodies.length; i++)
      for (let j = i + 1; j < bodies.length; j++) {
        const [a, b] = [bodies[i]!, bodies[j]!].sort() as [string, string];
        const k = pairKey(a, b);
        const pair = shared.get(k) ?? { topics: [], members: [] };
        const side = entry.startsWith('t:') ? 'topics' : 'members';
        const pa = profiles.get(a)![side];
        const pb = profiles.get(b)![side];
        pair[side].push({ id: item, sourcesA: pa.get(item) ?? [], sourcesB: pb.get(item) ?? [] });
        shared.set(k, pair);
      }
  }
  const reported: OverlapEvidence['reported'] = new Map();
  graph.forEachEdge((_e, a, source, target) => {
    if (a.kind !== 'reported_overlap' || !a.validIn.includes(o.snapshot)) return;
    if (!profiles.has(source) || !profiles.has(target)) return;
    const k = pairKey(source, target);
    reported.set(k, [...(reported.get(k) ?? []), { nature: a.nature, sources: a.sources }]);
  });
  const bodies: OverlapEvidence['bodies'] = new Map();
  for (const [id, p] of profiles)
    bodies.set(id, {
      level: graph.getNodeAttribute(id, 'level'),
      ministries: graph.getNodeAttribute(id, 'ministries'),
      topics: p.topics.size,
      members: p.members.size,
    });
  const roles: OverlapEvidence['roles'] = [];
  graph.forEachNode((role, attributes) => {
    if (attributes.kind !== 'role' || !o.roleTypes.includes(attributes.type ?? '')) return;
    const sits = new Map<string, string[]>();
    graph.forEachOutEdge(role, (_e, a, _s, target) => {
      if (!a.validIn.includes(o.snapshot)) return;
      if (a.kind === 'member_of' || a.kind === 'chairs')
        sits.set(target, [...(profiles.get(target)?.topics.keys() ?? [])]);
    });
    roles.push({ role, bodies: sits });
  });
  return { bodies, shared, reported, roles };
}

export function overlap(graph: OrgGraph, options: Partial<OverlapOptions> = {}): OverlapResult {
  const o = resolveOverlapOptions(options);
  return scoreOverlap(overlapEvidence(graph, o), o);
}

export function resolveOverlapOptions(options: Partial<OverlapOptions>): OverlapOptions {
  return resolveOptions('overlap', OverlapOptionsSchema, OVERLAP_DEFAULTS, options);
}

const byId = (x: SharedItem, y: SharedItem) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

export function scoreOverlap(evidence: OverlapEvidence, o: OverlapOptions): OverlapResult {
  const candidates = new Set([...evidence.shared.keys(), ...evidence.reported.keys()]);
  const pairs: OverlapPair[] = [];
  for (const k of candidates) {
    const [a, b] = k.split('\u0000') as [string, string];
    const pa = evidence.bodies.get(a);
    const pb = evidence.bodies.get(b);
    if (!pa || !pb) continue;
    const rep = evidence.reported.get(k);
    if (!rep && !o.crossMinistryDepartmental && pa.level === 'departmental' && pb.level === 'departmental') {
      if (!pb.ministries.some((m) => pa.ministries.includes(m))) continue;
    }
    const shared = evidence.shared.get(k) ?? { topics: [], members: [] };
    const topics = [...shared.topics].sort(byId);
    const members = [...shared.members].sort(byId);
    const jaccard = (n: number, x: number, y: number) => (x + y - n === 0 ? 0 : n / (x + y - n));
    const topicJaccard = jaccard(topics.length, pa.topics, pb.topics);
    const memberJaccard = jaccard(members.length, pa.members, pb.members);
    const score = round(o.topicWeight * topicJaccard + o.memberWeight * memberJaccard);
    if (!rep && (score === 0 || score < o.minScore)) continue;
    pairs.push({
      a,
      b,
      level: pa.level === pb.level ? (pa.level ?? 'rijk') : 'mixed',
      topicJaccard: round(topicJaccard),
      memberJaccard: round(memberJaccard),
      sharedTopics: topics.map((t) => t.id),
      sharedMembers: members.map((m) => m.id),
      score,
      reported: rep !== undefined,
      reportedNature: [...new Set((rep ?? []).flatMap((r) => (r.nature ? [r.nature] : [])))],
      sources: mergeSources([
        ...topics.flatMap((t) => [t.sourcesA, t.sourcesB]),
        ...members.flatMap((m) => [m.sourcesA, m.sourcesB]),
        ...(rep ?? []).map((r) => r.sources),
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

  const roles: RoleOverlap[] = evidence.roles.map(({ role, bodies }) => {
    const byTopic = new Map<string, string[]>();
    for (const [body, topics] of bodies) for (const t of topics) append(byTopic, t, body);
    return {
      role,
      bodies: [...bodies.keys()].sort(),
      repeatedTopics: [...byTopic.entries()]
        .filter(([, b]) => b.length > 1)
        .map(([topic, b]) => ({ topic, bodies: b.sort() }))
        .sort((x, y) => y.bodies.length - x.bodies.length || x.topic.localeCompare(y.topic)),
    };
  });
  roles.sort((x, y) => y.bodies.length - x.bodies.length || x.role.localeCompare(y.role));
  return { pairs, roles };
}
