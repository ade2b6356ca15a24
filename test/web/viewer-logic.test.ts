// The viewer's pure parts, in Node: URL state round trip (property-based), search ranking, the
// ministry focus, and the hierarchy layout on the real dataset.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  EDGE_KINDS,
  LAYOUTS,
  LANGS,
  NODE_KINDS,
  OVERLAYS,
  SIZE_METRICS,
  SNAPSHOTS,
  decodeState,
  encodeState,
} from '../../web/src/state';
import type { ViewState } from '../../web/src/state';
import { search, normalise } from '../../web/src/search';
import {
  decentralCios,
  edgeVisible,
  focusNodes,
  nodeVisible,
  visibilityContext,
} from '../../web/src/graph/visibility';
import { columnOrder, departmentalRow, hierarchyLayout } from '../../web/src/layout/hierarchy';
import { findingsOf, nodeStatuses } from '../../web/src/graph/findings';
import { deviations } from '../../src/analyses/deviations';
import { realGraph } from '../helpers/real';

const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
const stateArb: fc.Arbitrary<ViewState> = fc.record({
  lang: fc.constantFrom(...LANGS),
  snapshot: fc.constantFrom(...SNAPSHOTS),
  layout: fc.constantFrom(...LAYOUTS),
  size: fc.constantFrom(...SIZE_METRICS),
  overlay: fc.constantFrom(...OVERLAYS),
  focus: fc.option(fc.constantFrom('JenV', 'EZK', 'OCW', 'BZK'), { nil: null }),
  hiddenNodeKinds: subset(NODE_KINDS),
  hiddenEdgeKinds: subset(EDGE_KINDS),
  hiddenLevels: subset(['rijk', 'departmental']),
  ministries: fc.option(subset(['AZ', 'BZ', 'JenV', 'LNV']), { nil: null }),
  selection: fc.option(
    fc.oneof(
      fc.record({
        type: fc.constant('node' as const),
        id: fc.constantFrom('OCW/DUO', 'JenV/CIO', 'rijk/cto-raad', 'a:b,c&d'),
      }),
      fc.record({ type: fc.constant('edge' as const), id: fc.string({ minLength: 1, maxLength: 12 }) }),
      fc.record({
        type: fc.constant('finding' as const),
        overlay: fc.constantFrom(
          'deviations',
          'overlap',
          'fragmentation',
          'centrality',
          'contradictions',
          'changes',
          'scenario',
        ) as fc.Arbitrary<'deviations'>,
        index: fc.nat(200),
      }),
    ),
    { nil: null },
  ),
  scenario: fc.option(fc.constantFrom('merge-acd-into-cio-beraad', 'cto-in-cio-office'), { nil: null }),
  camera: fc.option(
    fc.record({
      x: fc.double({ min: -10, max: 10, noNaN: true }).map((x) => Number(x.toFixed(4)) + 0),
      y: fc.double({ min: -10, max: 10, noNaN: true }).map((x) => Number(x.toFixed(4)) + 0),
      ratio: fc.double({ min: 0.01, max: 4, noNaN: true }).map((x) => Number(x.toFixed(4)) + 0),
    }),
    { nil: null },
  ),
});

describe('URL state', () => {
  it('round-trips every view state through the URL', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const decoded = decodeState(encodeState(state));
        expect({ ...decoded, camera: decoded.camera ?? null }).toEqual({
          ...state,
          camera: state.camera && state.camera.ratio > 0 ? state.camera : null,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('writes nothing for the default state and never throws on garbage', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
    fc.assert(
      fc.property(fc.string(), (query) => {
        const s = decodeState(query);
        expect(LANGS).toContain(s.lang);
      }),
    );
    expect(decodeState('overlay=evil&lang=fr&cam=1,2,-3&sel=finding:none:1').overlay).toBe('none');
    expect(decodeState('cam=1,2,-3').camera).toBeNull();
  });
});

describe('search', () => {
  const graph = realGraph();
  it('finds DUO first by its abbreviation', () => {
    expect(search(graph, 'DUO')[0]).toBe('OCW/DUO');
    expect(search(graph, 'duo')[0]).toBe('OCW/DUO');
  });
  it('ignores case, hyphens and diacritics', () => {
    const hits = search(graph, 'cto raad');
    expect(hits.length).toBeGreaterThan(0);
    expect(normalise(graph.getNodeAttribute(hits[0]!, 'name'))).toContain('cto raad');
    expect(normalise('Hiërarchie-CTO/raad')).toBe('hierarchie cto raad');
    expect(search(graph, '   ')).toEqual([]);
  });
});

describe('ministry focus and filters', () => {
  const graph = realGraph();
  it('focusing JenV keeps its 15 decentral CIOs and the Rijk bodies its CIO sits in, nothing of other ministries', () => {
    const nodes = focusNodes(graph, 'JenV', '2024');
    const cios = decentralCios(graph, 'JenV');
    expect(cios).toHaveLength(15);
    for (const c of cios) expect(nodes.has(c)).toBe(true);
    const rijkBodies = [...nodes].filter((n) => graph.getNodeAttribute(n, 'level') === 'rijk');
    expect(rijkBodies.length).toBeGreaterThan(0);
    for (const n of nodes) {
      const a = graph.getNodeAttributes(n);
      expect(a.ministries.length === 0 || a.ministries.includes('JenV')).toBe(true);
    }
  });
  it('EZK and LNV share their stelsel nodes in focus', () => {
    const ezk = focusNodes(graph, 'EZK', '2024');
    const lnv = focusNodes(graph, 'LNV', '2024');
    expect([...ezk].filter((n) => lnv.has(n) && n.startsWith('EZK-LNV/')).length).toBeGreaterThan(0);
  });
  it('filters hide node kinds, levels, ministries and edges of the other snapshot', () => {
    const state: ViewState = {
      ...DEFAULT_STATE,
      hiddenNodeKinds: ['topic'],
      // External bodies (NATO boards, platforms) belong to no ministry, like the Rijk ones.
      hiddenLevels: ['rijk', 'external'],
      ministries: ['AZ'],
    };
    const ctx = visibilityContext(graph, state);
    const visible = graph.filterNodes((n, a) => nodeVisible(a, n, state, ctx));
    expect(visible.length).toBeGreaterThan(0);
    for (const n of visible) {
      const a = graph.getNodeAttributes(n);
      expect(a.kind).not.toBe('topic');
      expect(a.ministries).toContain('AZ');
    }
    const only2021 = graph.filterEdges((_e, a) => a.validIn.length === 1 && a.validIn[0] === '2021');
    for (const e of only2021) expect(edgeVisible(graph.getEdgeAttributes(e), DEFAULT_STATE)).toBe(false);
  });
});

describe('hierarchy layout', () => {
  const graph = realGraph();
  it('places every node, deterministically', () => {
    const a = hierarchyLayout(graph);
    expect(a.size).toBe(graph.order);
    expect([...hierarchyLayout(graph.copy()).entries()]).toEqual([...a.entries()]);
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
  it('puts reporting lines top-down (ministry above SG above CIO above the CIO-office) and the Rijk layer above', () => {
    const pos = hierarchyLayout(graph);
    const cio = graph.findNode((_n, a) => a.type === 'departmental_cio' && a.ministries.includes('JenV'))!;
    const sg = graph.findNode((_n, a) => a.type === 'SG' && a.ministries.includes('JenV'))!;
    const office = graph.findNode((_n, a) => a.type === 'cio_office' && a.ministries.includes('JenV'))!;
    const ministry = graph.findNode((_n, a) => a.kind === 'ministry' && a.ministries.includes('JenV'))!;
    expect(pos.get(ministry)!.y).toBeGreaterThan(pos.get(sg)!.y);
    expect(pos.get(sg)!.y).toBeGreaterThan(pos.get(cio)!.y);
    expect(pos.get(cio)!.y).toBeGreaterThan(pos.get(office)!.y);
    const cioRijk = graph.findNode((_n, a) => a.type === 'cio_rijk')!;
    expect(pos.get(cioRijk)!.y).toBeGreaterThan(pos.get(ministry)!.y);
    expect(departmentalRow(graph.getNodeAttributes(office))).toBe(3);
  });
  it('keeps EZK and LNV, which share a stelsel, side by side', () => {
    const order = columnOrder(graph);
    expect(order).toHaveLength(12);
    expect(Math.abs(order.indexOf('EZK') - order.indexOf('LNV'))).toBe(1);
  });
});

describe('findings for the overlays', () => {
  it('lists every non-compliant deviation with its evidence, and colours by the most serious status', () => {
    const graph = realGraph();
    const output = deviations(graph);
    const findings = findingsOf('deviations', output as never, (id) => id);
    expect(findings).toHaveLength(output.filter((f) => f.status !== 'compliant').length);
    expect(findings.some((f) => f.cells[1] === 'BZK' && f.status === 'deviation')).toBe(true);
    const statuses = nodeStatuses(findings);
    const bzkCio = graph.findNode((_n, a) => a.type === 'departmental_cio' && a.ministries.includes('BZK'))!;
    expect(statuses.get(bzkCio)).toBe('deviation');
  });
});

describe('the scenario view', () => {
  it('shows the graph after the scenario without what it removed, and lists the diff as findings', async () => {
    const { runScenario } = await import('../../src/scenarios/diff');
    const { readScenarioFile } = await import('../../src/scenarios/load');
    const { scenarioGraph, scenarioStatuses } = await import('../../web/src/graph/scenario-view');
    const { scenarioFindings } = await import('../../web/src/graph/findings');
    const base = realGraph();
    const { graph, diff, changes, scenario } = runScenario(
      base,
      readScenarioFile('data/scenarios/merge-acd-into-cio-beraad.yaml'),
    );
    const shown = scenarioGraph({ graph: graph.export() as never });
    // No ghost: a removed node drawn as a live one was issue 13's complaint.
    expect(shown.hasNode('acd')).toBe(false);
    expect(shown.order).toBe(base.order - 1);
    for (const e of changes.addedEdges) expect(shown.hasEdge(e)).toBe(true);
    for (const e of changes.removedEdges) expect(shown.hasEdge(e)).toBe(false);
    expect(scenarioStatuses(changes).get('acd')).toBe('removed');
    expect(scenarioStatuses(changes).get('cio-beraad')).toBe('changed');
    const findings = scenarioFindings(
      { scenario, diff, changes, graph: graph.export() as never } as never,
      (id) => id,
      (subject) => subject,
    );
    // Cells are bilingual texts since the plain-language labels (issue 13).
    const removedPair = findings.find(
      (f) =>
        f.status === 'removed' &&
        JSON.stringify(f.cells[0]) === JSON.stringify({ nl: 'Overlap', en: 'Overlap' }),
    );
    expect(removedPair?.nodes).toEqual(['acd', 'cio-beraad']);
    expect(findings.map((f) => f.index)).toEqual(findings.map((_f, i) => i));
  });
});
