// Property: on generated graphs (src/synthetic/generate.ts) with random extra agendas, seats, voorportalen
// and reported overlaps, no proposal breaks a constraint, every proposal's numbers are what a
// recomputation on the scenario engine's graph gives, and the same seed gives the same proposals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/advisor/advise';
import { checkConstraints } from '../../src/advisor/constraints';
import { buildGraph } from '../../src/model/load';
import type { OrgGraph } from '../../src/model/types';
import { validateDataFiles } from '../../src/model/validate';
import { runScenario } from '../../src/scenarios/diff';
import { generateDataset } from '../../src/synthetic/generate';

type Rec = Record<string, unknown>;

/** A generated dataset plus extra edges chosen by index among its bodies, topics and CIOs. */
function graphWith(seed: string, extras: [number, number, number, number][]): OrgGraph {
  const { files } = generateDataset({ ministries: 4, seed, pOverlapPair: 0.8 });
  const nodes = files.flatMap((f) => ((f.parsed as { nodes?: Rec[] }).nodes ?? []) as Rec[]);
  const ids = (pred: (r: Rec) => boolean) =>
    nodes
      .filter(pred)
      .map((r) => r.id as string)
      .sort();
  const rijkBodies = ids((r) => r.kind === 'body' && !(r.id as string).includes('/'));
  const topics = ids((r) => r.kind === 'topic');
  const cios = ids((r) => r.kind === 'role' && r.type === 'departmental_cio');
  const kinds = ['handles', 'member_of', 'prepares_for', 'reported_overlap'] as const;
  const edges: Rec[] = [];
  for (const [k, x, y, z] of extras) {
    const kind = kinds[k % kinds.length]!;
    const a = rijkBodies[x % rijkBodies.length]!;
    const b = rijkBodies[y % rijkBodies.length]!;
    if (kind === 'handles') edges.push({ kind, from: a, to: topics[z % topics.length] });
    else if (kind === 'member_of') edges.push({ kind, from: cios[z % cios.length], to: a });
    else if (a !== b)
      edges.push({ kind, from: a, to: b, ...(kind === 'reported_overlap' ? { nature: 'overlap' } : {}) });
  }
  const existing = files.flatMap((f) => ((f.parsed as { edges?: Rec[] }).edges ?? []) as Rec[]);
  const seen = new Set(existing.map((e) => `${e.kind as string}|${e.from as string}|${e.to as string}`));
  const unique = edges.filter((e) => {
    const key = `${e.kind as string}|${e.from as string}|${e.to as string}`;
    return !seen.has(key) && seen.add(key);
  });
  const extra = {
    path: 'extra.yaml',
    parsed: { nodes: [], edges: unique.map((e) => ({ ...e, sources: ['generated'] })) },
  };
  const result = validateDataFiles([...files, extra]);
  if (!result.dataset)
    throw new Error(`generated dataset invalid: ${result.issues.map((i) => i.message).join('; ')}`);
  return buildGraph(result.dataset);
}

describe('advisor properties on generated graphs', () => {
  it('never breaks a constraint, and reports what the scenario engine gives', () => {
    let proposals = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 14 }),
        fc.subarray(['cio-beraad', 'cto-raad', 'gremium-0', 'gremium-1']),
        (seed, extras, keep) => {
          const graph = graphWith(`advisor-${seed}`, extras);
          const advice = advise(graph, { maxOps: 2, top: 4, maxCandidates: 300, seed: String(seed), keep });
          expect(advice.stats.rejected).toEqual([]);
          expect(advice.stats.mismatches).toEqual([]);
          proposals += advice.proposals.length;
          for (const p of advice.proposals) {
            const { graph: after, changes, ...result } = runScenario(graph, p.scenario);
            expect(result.diff).toEqual(p.result.diff);
            expect(
              checkConstraints({
                before: graph,
                after,
                changes,
                snapshot: '2024',
                keep,
                chainRoots: advice.chainRoots,
              }),
            ).toEqual([]);
          }
        },
      ),
      { numRuns: 10, seed: 16 },
    );
    // The property is about proposals: the runs must have produced some.
    expect(proposals).toBeGreaterThan(10);
  });

  it('gives the same proposals for the same seed', () => {
    const graph = graphWith('advisor-determinism', [
      [0, 0, 1, 3],
      [1, 2, 0, 1],
      [2, 3, 0, 0],
      [3, 1, 2, 0],
    ]);
    const run = () =>
      advise(graph, { maxOps: 2, top: 5, maxCandidates: 200, seed: 'same' }).proposals.map((p) => ({
        moves: p.moves,
        after: p.objectives.after,
      }));
    expect(run()).toEqual(run());
  });
});
