// Scenario flow producers: the scenario view from a real run, the editor's scenario, the structure rows.
import { describe, expect, it } from 'vitest';
import {
  changeOf,
  editorScenarioOf,
  scenarioViewOf,
  structureRows,
} from '../../../web/src/core/scenario/producers';
import type { ScenarioResult } from '../../../web/src/api';
import { realGraph } from '../../helpers/real';

describe('core/scenario', () => {
  const graph = realGraph();
  const [a, b] = graph.filterNodes((_n, x) => x.kind === 'body').slice(0, 2) as [string, string];
  const after = graph.copy();
  after.dropNode(a);
  const result = {
    scenario: { name: 'x', description: '', snapshot: '2024', operations: 1 },
    diff: {
      deviations: { added: [], removed: [], changed: [] },
      overlap: { added: [], removed: [], changed: [] },
      fragmentation: { added: [], removed: [], changed: [] },
      centrality: { added: [], removed: [], changed: [] },
      structure: {
        before: { bodies: 10, memberships: 20, meetingsPerCio: { c1: 3, c2: 4 } },
        after: { bodies: 9, memberships: 18, meetingsPerCio: { c1: 2, c2: 4 } },
      },
    },
    changes: { addedNodes: [], removedNodes: [a], addedEdges: [], removedEdges: [], changedNodes: [b] },
    graph: after.export(),
  } as unknown as ScenarioResult;

  it('shows the graph after the scenario (no ghost of what it removed) and marks each change', () => {
    const v = scenarioViewOf(graph, result, 'id', { op: 1 });
    expect(v.graph.hasNode(a)).toBe(false);
    expect(v.graph.order).toBe(graph.order - 1);
    expect(changeOf(v, a)).toBe('removed');
    expect(changeOf(v, b)).toBe('changed');
    expect(changeOf(v, 'nope')).toBeNull();
  });

  it('reads the editor, or starts an empty scenario', () => {
    expect(editorScenarioOf('', 'Mijn scenario')).toEqual({
      name: 'Mijn scenario',
      description: '',
      operations: [],
    });
    expect(editorScenarioOf('name: s\noperations:\n  - op: remove-node\n    id: X\n', 'T')).toEqual({
      name: 's',
      operations: [{ op: 'remove-node', id: 'X' }],
    });
    expect(editorScenarioOf('just text', 'T').operations).toEqual([]);
  });

  it('lists bodies, memberships and only the CIOs whose meetings changed', () => {
    const rows = structureRows(
      result.diff.structure,
      { bodies: 'B', memberships: 'M', meetingsOf: 'of' },
      (c) => c.toUpperCase(),
    );
    expect(rows).toEqual([
      ['B', 10, 9],
      ['M', 20, 18],
      ['of C1', 3, 2],
    ]);
  });
});
