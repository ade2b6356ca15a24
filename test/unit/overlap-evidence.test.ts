// overlapEvidence builds its inverted indexes while it reads the edges (src/analyses/overlap-evidence.ts);
// these properties check it against the definition read body by body from graphology: what two
// bodies share is the intersection of their seat edges' sources and of their topics, with every
// seat edge's sources merged. The graphs are generated, then given repeated and extra seats (a
// person chairing and sitting in one body, people with more seats than the seat list scans).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlapEvidence, pairKey } from '../../src/analyses/overlap-evidence';
import { mergeSources } from '../../src/model/facts';
import type { OrgGraph, SourceRef } from '../../src/model/types';
import { generateDataset } from '../../src/synthetic/generate';
import { graphOfFiles } from '../helpers/build';

const keys = (sources: SourceRef[]) => sources.map((s) => `${s.doc}|${s.locator}|${s.excerpt ?? ''}`).sort();

/** Per body: person → merged sources of its seat edges (all, and member edges only), topic → sources. */
function definition(graph: OrgGraph, chairsAreMembers: boolean) {
  const bodies = new Map<
    string,
    { people: Map<string, SourceRef[]>; members: Map<string, SourceRef[]>; topics: Set<string> }
  >();
  graph.forEachNode((id, a) => {
    if (a.kind !== 'body') return;
    const people = new Map<string, SourceRef[][]>();
    const members = new Map<string, SourceRef[][]>();
    graph.forEachInEdge(id, (_e, ea, person) => {
      if (!ea.validIn.includes('2024') || (ea.kind !== 'member_of' && ea.kind !== 'chairs')) return;
      people.set(person, [...(people.get(person) ?? []), ea.sources]);
      if (ea.kind === 'member_of' || chairsAreMembers)
        members.set(person, [...(members.get(person) ?? []), ea.sources]);
    });
    const topics = new Set<string>();
    graph.forEachOutEdge(id, (_e, ea, _s, topic) => {
      if (ea.validIn.includes('2024') && ea.kind === 'handles') topics.add(topic);
    });
    const merge = (m: Map<string, SourceRef[][]>) => new Map([...m].map(([k, v]) => [k, mergeSources(v)]));
    bodies.set(id, { people: merge(people), members: merge(members), topics });
  });
  return bodies;
}

function withExtraSeats(graph: OrgGraph, seats: [number, number, boolean][]): OrgGraph {
  const roles = graph.filterNodes((_n, a) => a.kind === 'role');
  const bodies = graph.filterNodes((_n, a) => a.kind === 'body');
  const sources = [{ doc: 'test', locator: 'extra seat' }];
  for (const [r, b, chair] of seats)
    graph.addEdge(roles[r % roles.length]!, bodies[b % bodies.length]!, {
      kind: chair ? 'chairs' : 'member_of',
      validIn: ['2024'],
      sources,
    });
  return graph;
}

describe('overlapEvidence', () => {
  it('equals the body-by-body definition on generated graphs with repeated and extra seats', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(2), fc.nat(30), fc.boolean()), { minLength: 20, maxLength: 80 }),
        fc.boolean(),
        (seed, seats, chairsAreMembers) => {
          const graph = withExtraSeats(graphOfFiles(generateDataset({ ministries: 8, seed }).files), seats);
          const ev = overlapEvidence(graph, {
            snapshot: '2024',
            chairsAreMembers,
            roleTypes: ['departmental_cio'],
          });
          const def = definition(graph, chairsAreMembers);
          const isCio = (id: string) => graph.getNodeAttribute(id, 'type') === 'departmental_cio';
          expect([...ev.bodies.keys()]).toEqual([...def.keys()]);
          for (const [id, d] of def) {
            expect(ev.bodies.get(id)).toMatchObject({
              topics: d.topics.size,
              members: d.members.size,
              seats: d.people.size,
              cioSeats: [...d.people.keys()].filter(isCio).length,
            });
          }
          const ids = [...def.keys()];
          for (let i = 0; i < ids.length; i++)
            for (let j = i + 1; j < ids.length; j++) {
              const [a, b] = ids[i]! < ids[j]! ? [ids[i]!, ids[j]!] : [ids[j]!, ids[i]!];
              const [da, db] = [def.get(a)!, def.get(b)!];
              const people = [...da.people.keys()].filter((p) => db.people.has(p)).sort();
              const members = [...da.members.keys()].filter((p) => db.members.has(p)).sort();
              const topics = [...da.topics].filter((t) => db.topics.has(t)).sort();
              const got = ev.shared.get(pairKey(a, b));
              if (!people.length && !topics.length) {
                expect(got).toBeUndefined();
                continue;
              }
              expect(got!.people.map((p) => p.id).sort()).toEqual(people);
              expect(got!.members.map((p) => p.id).sort()).toEqual(members);
              expect(got!.topics.map((t) => t.id).sort()).toEqual(topics);
              for (const p of got!.people) {
                expect(p.cio).toBe(isCio(p.id));
                expect(keys(p.sourcesA)).toEqual(keys(da.people.get(p.id)!));
                expect(keys(p.sourcesB)).toEqual(keys(db.people.get(p.id)!));
              }
              for (const m of got!.members) {
                expect(keys(m.sourcesA)).toEqual(keys(da.members.get(m.id)!));
                expect(keys(m.sourcesB)).toEqual(keys(db.members.get(m.id)!));
              }
            }
          for (const { role, bodies } of ev.roles) {
            const sits = [...def].filter(([, d]) => d.people.has(role)).map(([id]) => id);
            expect([...bodies.keys()].sort()).toEqual(sits.sort());
          }
        },
      ),
      { numRuns: 25, seed: 15 },
    );
  });

  it('gives the same evidence on a graph it read before, after nodes and seats change, as on a fresh copy', () => {
    // The per-position columns are kept per graph between runs (spareColumns): a column left dirty by
    // one run, or one of a graph whose nodes moved, would show as evidence a fresh graph does not have.
    const graph = graphOfFiles(generateDataset({ ministries: 3, seed: 'spare-columns' }).files);
    const options = { snapshot: '2024' as const, chairsAreMembers: true, roleTypes: ['departmental_cio'] };
    const same = () =>
      expect(overlapEvidence(graph, options)).toEqual(overlapEvidence(graph.copy(), options));
    same();
    same();
    // The first person with a seat loses every seat for a run, then gets them back: the people after
    // them then take other entries than in the run before.
    const first = graph.source(graph.findEdge((_e, a) => a.kind === 'member_of')!);
    const seats = graph
      .outEdges(first)
      .filter((e) => ['member_of', 'chairs'].includes(graph.getEdgeAttribute(e, 'kind')));
    const validIn = seats.map((e) => graph.getEdgeAttribute(e, 'validIn'));
    seats.forEach((e) => graph.setEdgeAttribute(e, 'validIn', []));
    same();
    seats.forEach((e, i) => graph.setEdgeAttribute(e, 'validIn', validIn[i]!));
    same();
    graph.dropEdge(seats[0]!);
    same();
    const body = graph.findNode((_id, a) => a.kind === 'body')!;
    graph.dropNode(body);
    same();
    graph.addNode(body, { kind: 'body', name: body, ministries: [], sources: [], facts: {} });
    const person = graph.findNode((_id, a) => a.type === 'departmental_cio')!;
    graph.addEdge(person, body, { kind: 'member_of', sources: [], validIn: ['2024'] } as never);
    same();
  });
});
