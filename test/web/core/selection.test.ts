// Selection producers: the selected finding, a scenario node's local detail, a pending pick.
import { describe, expect, it } from 'vitest';
import {
  evidenceOf,
  localNodeDetail,
  resolvePick,
  selectedFinding,
} from '../../../web/src/core/selection/producers';
import type { ViewRuntime } from '../../../web/src/core/context';
import type { Finding } from '../../../web/src/graph/findings';
import { DEFAULT_STATE } from '../../../web/src/state';
import { realGraph } from '../../helpers/real';

const finding = (index: number): Finding =>
  ({ index, nodes: ['a', 'b'], edges: ['e'], title: { nl: '', en: '' } }) as unknown as Finding;
const runtime = (findings: Finding[]): ViewRuntime => ({
  visibility: { focus: null },
  hovered: null,
  findings,
  statuses: new Map(),
  evidence: null,
  sizes: null,
  scenario: null,
  showTable: false,
});

describe('core/selection', () => {
  it('a finding selection counts only for the overlay shown', () => {
    const view = runtime([finding(0), finding(1)]);
    const sel = { type: 'finding' as const, overlay: 'deviations' as const, index: 1 };
    expect(selectedFinding({ ...DEFAULT_STATE, overlay: 'deviations', selection: sel }, view)?.index).toBe(1);
    expect(selectedFinding({ ...DEFAULT_STATE, overlay: 'overlap', selection: sel }, view)).toBeUndefined();
    expect(evidenceOf(finding(0))).toEqual({ nodes: new Set(['a', 'b']), edges: new Set(['e']) });
    expect(evidenceOf(undefined)).toBeNull();
  });

  it('a pick completes on a node of its kind, waits on others, and a cleared selection cancels it', () => {
    const pending = { kind: 'body' as const, build: (t: string) => ({ op: 'merge', into: t }) };
    const kind = (n: string) => (n.startsWith('B') ? 'body' : 'role');
    expect(resolvePick(pending, { type: 'node', id: 'B1' }, kind)).toEqual({
      pending: null,
      operation: { op: 'merge', into: 'B1' },
    });
    expect(resolvePick(pending, { type: 'node', id: 'R1' }, kind).pending).toBe(pending);
    expect(resolvePick(pending, { type: 'edge', id: 'e' }, kind).pending).toBe(pending);
    expect(resolvePick(pending, null, kind)).toEqual({ pending: null, operation: null });
    expect(resolvePick(null, { type: 'node', id: 'B1' }, kind)).toEqual({ pending: null, operation: null });
  });

  it('builds a node detail from the graph with every neighbour and resolved facts', () => {
    const graph = realGraph();
    const id = graph.findNode((_n, a) => a.type === 'departmental_cio' && !!a.ministries?.includes('JenV'))!;
    const d = localNodeDetail(graph, id, '2024');
    expect(d.neighbours.length).toBe(graph.degree(id));
    expect(Object.keys(d.resolved).sort()).toEqual(
      Object.keys(graph.getNodeAttribute(id, 'facts') ?? {}).sort(),
    );
  });
});
