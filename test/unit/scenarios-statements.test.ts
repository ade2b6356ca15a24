// Scenario operations on a graph with an n-ary overlap statement: merging bodies moves the statement's
// concerns edges like any other relation, so the overlap analysis after the scenario stays right.
import { describe, expect, it } from 'vitest';
import { overlap } from '../../src/analyses/overlap';
import { applyScenario } from '../../src/scenarios/apply';
import { parseScenario } from '../../src/scenarios/load';
import type { ScenarioInput } from '../../src/scenarios/schema';
import { e, graphOf, ministry, n } from '../helpers/build';

function withStatement() {
  const a = ministry('AZ');
  return graphOf(
    [
      ...a.nodes,
      n('beraad', 'body', { type: 'council' }),
      n('commissie', 'body', { type: 'committee' }),
      n('raad', 'body', { type: 'committee' }),
      n('statement/drie', 'statement', { type: 'double_agendering', saidBy: 'adr' }),
    ],
    [
      ...a.edges,
      e('member_of', 'AZ/CIO', 'beraad'),
      e('member_of', 'AZ/CIO', 'commissie'),
      e('concerns', 'statement/drie', 'beraad', { sources: ['par. 1'] }),
      e('concerns', 'statement/drie', 'commissie', { sources: ['par. 2'] }),
      e('concerns', 'statement/drie', 'raad'),
    ],
  );
}
const scenario = (operations: ScenarioInput['operations']) => parseScenario({ name: 'test', operations });
const reportedPairs = (g: ReturnType<typeof withStatement>) =>
  overlap(g)
    .pairs.filter((p) => p.reported)
    .map((p) => `${p.a}|${p.b}:${p.statements.join(',')}`);

describe('scenarios with statements', () => {
  it('merge-bodies moves a statement’s concerns edges to the survivor, keeping both sources', () => {
    const base = withStatement();
    expect(reportedPairs(base)).toEqual([
      'beraad|commissie:statement/drie',
      'beraad|raad:statement/drie',
      'commissie|raad:statement/drie',
    ]);
    const { graph } = applyScenario(
      base,
      scenario([{ op: 'merge-bodies', bodies: ['commissie'], into: 'beraad' }]),
    );
    const concerns = graph.outEdges('statement/drie').map((x) => graph.target(x));
    expect(concerns.sort()).toEqual(['beraad', 'raad']);
    const toBeraad = graph.outEdges('statement/drie', 'beraad')[0]!;
    expect(graph.getEdgeAttribute(toBeraad, 'sources').map((s) => s.locator)).toEqual(['par. 1', 'par. 2']);
    expect(reportedPairs(graph)).toEqual(['beraad|raad:statement/drie']);
  });

  it('remove-node of a body drops its concerns edges and its reported pairs', () => {
    const { graph } = applyScenario(withStatement(), scenario([{ op: 'remove-node', id: 'raad' }]));
    expect(graph.outNeighbors('statement/drie').sort()).toEqual(['beraad', 'commissie']);
    expect(reportedPairs(graph)).toEqual(['beraad|commissie:statement/drie']);
  });
});
