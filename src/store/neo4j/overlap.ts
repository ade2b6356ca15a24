// The overlap evidence gathered in Cypher (cypher/overlap-*.cypher) and scored by the same
// `scoreOverlap` as the graphology walk, so the two backends share one definition of the score.
import { CHAIN_KINDS, pairKey, resolveOverlapOptions, scoreOverlap } from '../../analyses/overlap';
import type { OverlapEvidence, OverlapOptions, OverlapResult } from '../../analyses/overlap';
import { append } from '../../analyses/overlap-evidence';
import type { SharedItem, SharedPerson, StatementRef } from '../../analyses/overlap-evidence';
import { mergeSources } from '../../model/facts';
import type { Claim, SourceRef } from '../../model/types';
import type { BodyLevel, Snapshot } from '../../model/vocabulary';
import { StoreError } from '../errors';
import { CYPHER, RELATIONSHIP_TYPES, kindOfType } from './cypher';

type Read = <R extends Record<string, unknown>>(
  cypher: string,
  params: Record<string, unknown>,
) => Promise<R[]>;

const sources = (json: unknown) => JSON.parse(String(json)) as SourceRef[];

interface SharedRow {
  a: string;
  b: string;
  via: 'topic' | 'person';
  item: string;
  itemType: string | null;
  typeA: string;
  ordA: number;
  sourcesA: string;
  typeB: string;
  ordB: number;
  sourcesB: string;
}

/** Sources of distinct edges merged in load order, as the graph walk merges them. */
function inOrder(edges: Map<number, string>): SourceRef[] {
  return mergeSources([...edges.entries()].sort(([x], [y]) => x - y).map(([, json]) => sources(json)));
}

function sharedFrom(rows: SharedRow[], chairsAreMembers: boolean): OverlapEvidence['shared'] {
  // One entry per pair and item, with each side's distinct edges: all seats (people) and the seats
  // that count as membership (member_of, and chairs when chairs are members).
  const items = new Map<
    string,
    {
      row: SharedRow;
      a: Map<number, string>;
      b: Map<number, string>;
      ma: Map<number, string>;
      mb: Map<number, string>;
    }
  >();
  const counts = (type: string) => type === 'MEMBER_OF' || chairsAreMembers;
  for (const row of rows) {
    const k = `${pairKey(row.a, row.b)}\u0000${row.via}\u0000${row.item}`;
    const entry = items.get(k) ?? { row, a: new Map(), b: new Map(), ma: new Map(), mb: new Map() };
    entry.a.set(row.ordA, row.sourcesA);
    entry.b.set(row.ordB, row.sourcesB);
    if (row.via === 'person') {
      if (counts(row.typeA)) entry.ma.set(row.ordA, row.sourcesA);
      if (counts(row.typeB)) entry.mb.set(row.ordB, row.sourcesB);
    }
    items.set(k, entry);
  }
  const shared: OverlapEvidence['shared'] = new Map();
  for (const { row, a, b, ma, mb } of items.values()) {
    const k = pairKey(row.a, row.b);
    const pair = shared.get(k) ?? { topics: [], members: [], people: [] };
    if (row.via === 'topic') {
      pair.topics.push({ id: row.item, sourcesA: inOrder(a), sourcesB: inOrder(b) } satisfies SharedItem);
    } else {
      pair.people.push({
        id: row.item,
        sourcesA: inOrder(a),
        sourcesB: inOrder(b),
        cio: row.itemType === 'departmental_cio',
      } satisfies SharedPerson);
      if (ma.size && mb.size)
        pair.members.push({ id: row.item, sourcesA: inOrder(ma), sourcesB: inOrder(mb) });
    }
    shared.set(k, pair);
  }
  return shared;
}

/** Overlap with the pairs, sizes, chains, statements and role seats found in Cypher. */
export async function neo4jOverlap(
  read: Read,
  dataset: string,
  options: Partial<OverlapOptions>,
): Promise<OverlapResult> {
  const o = resolveOverlapOptions(options);
  const params = { dataset, snapshot: o.snapshot, chairsAreMembers: o.chairsAreMembers };
  const evidence: OverlapEvidence = {
    bodies: new Map(),
    shared: new Map(),
    chains: new Map(),
    statements: new Map(),
    roles: [],
  };
  for (const b of await read<{
    id: string;
    level: BodyLevel | null;
    ministries: string[];
    topics: number;
    members: number;
    seats: number;
    cioSeats: number;
  }>(CYPHER.overlapBodies, params))
    evidence.bodies.set(b.id, {
      level: b.level ?? undefined,
      ministries: b.ministries,
      topics: b.topics,
      members: b.members,
      seats: b.seats,
      cioSeats: b.cioSeats,
    });
  evidence.shared = sharedFrom(
    await read<SharedRow & Record<string, unknown>>(CYPHER.overlapShared, params),
    o.chairsAreMembers,
  );

  const chainTypes = CHAIN_KINDS.map((k) => RELATIONSHIP_TYPES[k]);
  for (const r of await read<{ a: string; b: string; type: string }>(CYPHER.overlapChains, {
    ...params,
    chainTypes,
  })) {
    const kind = kindOfType(r.type);
    if (!kind) throw new StoreError(`cio-graph/store: unexpected relationship type ${r.type}`);
    const k = pairKey(r.a, r.b);
    evidence.chains.set(k, [...new Set([...(evidence.chains.get(k) ?? []), kind])].sort());
  }

  for (const r of await read<{
    id: string;
    source: string;
    target: string;
    nature: string | null;
    sourcesJson: string;
  }>(CYPHER.overlapReported, params))
    append<StatementRef>(evidence.statements, pairKey(r.source, r.target), {
      id: r.id,
      nature: r.nature ?? undefined,
      sources: sources(r.sourcesJson),
    });
  for (const s of await read<{ id: string; nature: string | null; sourcesJson: string; bodies: string[] }>(
    CYPHER.overlapStatements,
    params,
  )) {
    const bodies = [...new Set(s.bodies)].sort();
    for (let i = 0; i < bodies.length; i++)
      for (let j = i + 1; j < bodies.length; j++)
        append<StatementRef>(evidence.statements, pairKey(bodies[i]!, bodies[j]!), {
          id: s.id,
          nature: s.nature ?? undefined,
          sources: sources(s.sourcesJson),
        });
  }

  for (const r of await read<{
    role: string;
    bodies: { id: string; topics: string[]; frequency: Record<string, unknown>[] }[];
  }>(CYPHER.overlapRoles, { ...params, roleTypes: o.roleTypes }))
    evidence.roles.push({
      role: r.role,
      bodies: new Map(
        r.bodies.map((b) => [
          b.id,
          {
            topics: b.topics,
            frequency: [...b.frequency]
              .sort((x, y) => Number(x.ord) - Number(y.ord))
              .map((c): Claim => ({
                value: JSON.parse(String(c.valueJson)),
                sources: sources(c.sourcesJson),
                validIn: c.validIn as Snapshot[],
              })),
          },
        ]),
      ),
    });
  return scoreOverlap(evidence, o);
}
