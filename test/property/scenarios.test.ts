// Properties of scenarios on generated graphs: the base graph is never mutated, an empty scenario
// gives an empty diff, and merging is independent of the order of the merged bodies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/load';
import { validateDataFiles } from '../../src/model/validate';
import { applyScenario, ScenarioError } from '../../src/scenarios/apply';
import { diffGraphs, runScenario } from '../../src/scenarios/diff';
import { parseScenario } from '../../src/scenarios/load';
import { generateDataset } from '../../src/synthetic/generate';
import type { OrgGraph } from '../../src/model/types';

const graphs = new Map<string, OrgGraph>();
function generated(seed: number): OrgGraph {
  const key = String(seed % 4);
  if (!graphs.has(key))
    graphs.set(
      key,
      buildGraph(
        validateDataFiles(generateDataset({ ministries: 3, seed: `scenario-${key}` }).files).dataset!,
      ),
    );
  return graphs.get(key)!;
}

const kindOf = (g: OrgGraph, kind: string) => g.filterNodes((_n, a) => a.kind === kind).sort();

/** Random operations drawn from the ids of the graph (some will be impossible, which is fine). */
function operationsFor(g: OrgGraph) {
  const bodies = kindOf(g, 'body');
  const roles = kindOf(g, 'role');
  const topics = kindOf(g, 'topic');
  const body = fc.constantFrom(...bodies);
  const role = fc.constantFrom(...roles);
  return fc.array(
    fc.oneof(
      fc.record({
        op: fc.constant('merge-bodies'),
        bodies: fc.uniqueArray(body, { minLength: 1, maxLength: 3 }),
        into: body,
      }),
      fc.record({ op: fc.constant('set-chair'), body, role }),
      fc.record({ op: fc.constant('add-membership'), role, body }),
      fc.record({ op: fc.constant('remove-membership'), role, body }),
      fc.record({
        op: fc.constant('add-topic'),
        body,
        topic: topics.length ? fc.constantFrom(...topics) : fc.constant('none'),
      }),
      fc.record({ op: fc.constant('set-reports-to'), role, to: role }),
      fc.record({ op: fc.constant('remove-node'), id: fc.constantFrom(...bodies, ...roles) }),
    ),
    { maxLength: 6 },
  );
}

describe('scenario properties', () => {
  it('never mutates the base graph, whether the scenario applies or fails', () => {
    fc.assert(
      fc.property(
        fc.nat(3).chain((seed) => fc.tuple(fc.constant(seed), operationsFor(generated(seed)))),
        ([seed, operations]) => {
          const base = generated(seed);
          const before = JSON.stringify(base.export());
          try {
            applyScenario(base, parseScenario({ name: 'p', operations }));
          } catch (error) {
            if (!(error instanceof ScenarioError)) throw error;
          }
          expect(JSON.stringify(base.export())).toBe(before);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('an empty scenario gives an empty diff', () => {
    for (let seed = 0; seed < 4; seed++) {
      const result = runScenario(generated(seed), parseScenario({ name: 'empty', operations: [] }));
      for (const k of ['deviations', 'overlap', 'fragmentation', 'centrality'] as const)
        expect(result.diff[k]).toEqual({ added: [], removed: [], changed: [] });
      expect(result.diff.structure.after).toEqual(result.diff.structure.before);
    }
  });

  it('merge then analyse does not depend on the order of the merged bodies', () => {
    fc.assert(
      fc.property(
        fc.nat(3).chain((seed) => {
          const bodies = kindOf(generated(seed), 'body');
          return fc.tuple(
            fc.constant(seed),
            fc.uniqueArray(fc.constantFrom(...bodies), { minLength: 3, maxLength: 5 }),
            fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
          );
        }),
        ([seed, chosen, shuffle]) => {
          const base = generated(seed);
          const [into, ...merged] = chosen as [string, ...string[]];
          const permuted = [...merged].sort(
            (a, b) =>
              (shuffle[merged.indexOf(a)] ?? 0) - (shuffle[merged.indexOf(b)] ?? 0) || a.localeCompare(b),
          );
          const one = applyScenario(
            base,
            parseScenario({ name: 'a', operations: [{ op: 'merge-bodies', bodies: merged, into }] }),
          ).graph;
          const two = applyScenario(
            base,
            parseScenario({
              name: 'a',
              operations: [{ op: 'merge-bodies', bodies: [...permuted].reverse(), into }],
            }),
          ).graph;
          expect(JSON.stringify(diffGraphs(base, one, '2024'))).toBe(
            JSON.stringify(diffGraphs(base, two, '2024')),
          );
        },
      ),
      { numRuns: 25 },
    );
  });
});
