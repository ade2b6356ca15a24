// Scenario operations on small hand-built graphs: what each does, the located errors, and that a
// failing scenario changes nothing.
import { describe, expect, it } from 'vitest';
import { applyScenario, ScenarioError } from '../../src/scenarios/apply';
import { diffGraphs, runScenario, structureCounts } from '../../src/scenarios/diff';
import { parseScenario, ScenarioFileError } from '../../src/scenarios/load';
import type { ScenarioInput } from '../../src/scenarios/schema';
import { e, graphOf, ministry, n } from '../helpers/build';

/** Two ministries whose CIOs sit in two Rijk bodies that share a topic and report an overlap. */
export function twoBodies() {
  const a = ministry('AZ');
  const b = ministry('BZ', { underPsg: true });
  return graphOf(
    [
      ...a.nodes,
      ...b.nodes,
      n('beraad', 'body', { type: 'council' }),
      n('commissie', 'body', { type: 'committee' }),
      n('raad', 'body', { type: 'committee' }),
      n('t-legacy', 'topic', { type: 'agenda' }),
      n('t-cloud', 'topic', { type: 'agenda' }),
    ],
    [
      ...a.edges,
      ...b.edges,
      e('member_of', 'AZ/CIO', 'beraad'),
      e('member_of', 'BZ/CIO', 'beraad'),
      e('member_of', 'AZ/CIO', 'commissie'),
      e('member_of', 'BZ/CIO', 'commissie'),
      e('member_of', 'BZ/CIO', 'raad'),
      e('chairs', 'AZ/SG', 'commissie'),
      e('handles', 'beraad', 't-legacy'),
      e('handles', 'commissie', 't-legacy'),
      e('handles', 'commissie', 't-cloud'),
      e('reported_overlap', 'commissie', 'beraad', { nature: 'overlap' }),
      e('prepares_for', 'raad', 'commissie'),
    ],
  );
}

const scenario = (operations: ScenarioInput['operations']) => parseScenario({ name: 'test', operations });

describe('merge-bodies', () => {
  it('moves members, topics and relations to the survivor, merges duplicates, drops the overlap between them', () => {
    const base = twoBodies();
    const { graph, changes } = applyScenario(
      base,
      scenario([{ op: 'merge-bodies', bodies: ['commissie'], into: 'beraad' }]),
    );
    expect(graph.hasNode('commissie')).toBe(false);
    expect(changes.removedNodes).toEqual(['commissie']);
    const members = graph.inEdges('beraad').filter((x) => graph.getEdgeAttribute(x, 'kind') === 'member_of');
    expect(members.map((x) => graph.source(x)).sort()).toEqual(['AZ/CIO', 'BZ/CIO']); // no duplicate seats
    expect(graph.outNeighbors('beraad').sort()).toEqual(['t-cloud', 't-legacy']);
    expect(graph.hasEdge('AZ/SG', 'beraad')).toBe(true); // the chair moved along
    expect(graph.hasEdge('raad', 'beraad')).toBe(true); // prepares_for now points at the survivor
    expect(graph.edges('beraad', 'beraad')).toEqual([]); // no self-loop from the reported overlap
    const diff = diffGraphs(base, graph, '2024');
    expect(diff.overlap.removed.map((p) => `${p.a}|${p.b}`)).toContain('beraad|commissie');
    // Every CIO that sat in both now has one meeting fewer.
    expect(diff.structure.before.meetingsPerCio).toEqual({ 'AZ/CIO': 2, 'BZ/CIO': 3 });
    expect(diff.structure.after.meetingsPerCio).toEqual({ 'AZ/CIO': 1, 'BZ/CIO': 2 });
    expect(diff.structure.after.bodies).toBe(diff.structure.before.bodies - 1);
  });

  it('keeps the provenance of a duplicate relation from both sides', () => {
    const { graph } = applyScenario(
      twoBodies(),
      scenario([{ op: 'merge-bodies', bodies: ['commissie'], into: 'beraad' }]),
    );
    const seat = graph
      .edges('AZ/CIO', 'beraad')
      .find((x) => graph.getEdgeAttribute(x, 'kind') === 'member_of')!;
    expect(graph.getEdgeAttribute(seat, 'sources').length).toBeGreaterThanOrEqual(1);
  });
});

describe('the other operations', () => {
  it('set-reports-to replaces the reporting line and resolves the deviation', () => {
    const base = twoBodies();
    const result = runScenario(base, scenario([{ op: 'set-reports-to', role: 'BZ/CIO', to: 'BZ/SG' }]));
    expect(result.graph.outNeighbors('BZ/CIO')).toContain('BZ/SG');
    expect(result.graph.outNeighbors('BZ/CIO')).not.toContain('BZ/pSG');
    const change = result.diff.deviations.changed.find((c) => c.key === 'cio-under-sg|BZ');
    expect(change?.before.status).toBe('deviation');
    expect(change?.after.status).toBe('compliant');
    expect(result.changes.addedEdges).toHaveLength(1);
    expect(result.changes.removedEdges).toHaveLength(1);
  });

  it('set-chair, memberships, topics, nodes and edges', () => {
    const { graph, changes } = applyScenario(
      twoBodies(),
      scenario([
        { op: 'set-chair', body: 'commissie', role: 'BZ/CIO' },
        { op: 'add-node', id: 'nieuw', kind: 'body', type: 'council', name: 'Nieuw gremium' },
        { op: 'add-membership', role: 'AZ/CIO', body: 'nieuw' },
        { op: 'add-topic', body: 'nieuw', topic: 't-cloud' },
        { op: 'remove-topic', body: 'commissie', topic: 't-cloud' },
        { op: 'remove-membership', role: 'BZ/CIO', body: 'raad' },
        { op: 'add-edge', kind: 'prepares_for', from: 'nieuw', to: 'beraad' },
        { op: 'remove-node', id: 'raad' },
        { op: 'set-fact', node: 'AZ/CIO', property: 'inBestuursraad', value: true },
      ]),
    );
    expect(graph.inNeighbors('commissie').filter((x) => x === 'AZ/SG')).toEqual([]);
    expect(graph.hasEdge('BZ/CIO', 'commissie')).toBe(true);
    expect(graph.getNodeAttribute('nieuw', 'level')).toBe('rijk');
    expect(graph.getNodeAttribute('nieuw', 'sources')[0]!.doc).toBe('scenario');
    expect(graph.hasEdge('nieuw', 't-cloud')).toBe(true);
    expect(graph.hasEdge('commissie', 't-cloud')).toBe(false);
    expect(graph.hasNode('raad')).toBe(false);
    expect(graph.getNodeAttribute('AZ/CIO', 'facts').inBestuursraad).toEqual([
      {
        value: true,
        sources: [{ doc: 'scenario', locator: 'scenario "test", operation 9' }],
        validIn: ['2024'],
      },
    ]);
    expect(changes.addedNodes).toEqual(['nieuw']);
    expect(changes.removedNodes).toEqual(['raad']);
    expect(changes.changedNodes.sort()).toEqual(['AZ/CIO', 'commissie']);
  });

  it('move-role moves the host and takes the placement from a CIO-office host', () => {
    const a = ministry('AZ');
    const base = graphOf(
      [
        ...a.nodes,
        n('AZ/DBV', 'organisation', { type: 'directorate' }),
        n('AZ/CTO', 'role', {
          type: 'CTO',
          facts: {
            present: { value: true, sources: ['t'] },
            placement: { value: 'elsewhere_in_ministry', sources: ['t'] },
          },
        }),
      ],
      [...a.edges, e('part_of', 'AZ/DBV', 'AZ'), e('hosted_by', 'AZ/CTO', 'AZ/DBV')],
    );
    const { graph } = applyScenario(
      base,
      scenario([{ op: 'move-role', role: 'AZ/CTO', host: 'AZ/CIO-office' }]),
    );
    expect(graph.outNeighbors('AZ/CTO')).toEqual(['AZ/CIO-office']);
    expect(graph.getNodeAttribute('AZ/CTO', 'facts').placement!.at(-1)!.value).toBe('cio_office');
    const diff = diffGraphs(base, graph, '2024');
    const az = diff.fragmentation.changed.find((c) => c.key === 'AZ')!;
    expect(az.after.index).toBeLessThan(az.before.index);
  });
});

describe('errors: located, and nothing half-applied', () => {
  it('names the operation and the field of an unknown id, and leaves the base graph as it was', () => {
    const base = twoBodies();
    const before = JSON.stringify(base.export());
    const error = (() => {
      try {
        applyScenario(
          base,
          scenario([
            { op: 'set-chair', body: 'commissie', role: 'BZ/CIO' },
            { op: 'add-membership', role: 'AZ/CIO', body: 'nope' },
          ]),
          'data/scenarios/x.yaml',
        );
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).issue).toMatchObject({
      file: 'data/scenarios/x.yaml',
      record: 'operations[1] (add-membership)',
      field: 'body',
    });
    expect(JSON.stringify(base.export())).toBe(before);
  });

  it.each([
    [{ op: 'set-reports-to', role: 'beraad', to: 'AZ/SG' }, 'role'],
    [{ op: 'merge-bodies', bodies: ['AZ/CIO'], into: 'beraad' }, 'bodies[0]'],
    [{ op: 'remove-membership', role: 'AZ/CIO', body: 'raad' }, 'role'],
    [{ op: 'set-fact', node: 'AZ/CIO', property: 'inBestuursraad', value: 'ja' }, 'value'],
    [{ op: 'set-fact', node: 'beraad', property: 'fulltime', value: true }, 'property'],
    [{ op: 'add-node', id: 'beraad', kind: 'body', name: 'x' }, 'id'],
    [{ op: 'add-edge', kind: 'handles', from: 'AZ/CIO', to: 't-cloud' }, 'from'],
  ] as const)('refuses an impossible operation %j (field %s)', (op, field) => {
    const error = (() => {
      try {
        applyScenario(twoBodies(), scenario([op as never]));
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).issue.field).toBe(field);
  });

  it('rejects a malformed scenario file with FILE:RECORD:FIELD', () => {
    expect(() =>
      parseScenario({ name: 'x', operations: [{ op: 'set-chair', body: 'b' }] }, 'f.yaml'),
    ).toThrow(ScenarioFileError);
    expect(() =>
      parseScenario({ name: 'x', operations: [{ op: 'set-chair', body: 'b' }] }, 'f.yaml'),
    ).toThrow(/f\.yaml:operations\.0:role/);
    expect(() => parseScenario({ operations: [] }, 'f.yaml')).toThrow(/f\.yaml:\(scenario\):name/);
    expect(() => parseScenario({ name: 'x', operations: [{ op: 'teleport' }] }, 'f.yaml')).toThrow(
      ScenarioFileError,
    );
  });

  it('counts structure: bodies, memberships and meetings per departmental CIO', () => {
    expect(structureCounts(twoBodies(), '2024')).toEqual({
      bodies: 3,
      memberships: 5,
      meetingsPerCio: { 'AZ/CIO': 2, 'BZ/CIO': 3 },
    });
  });
});
