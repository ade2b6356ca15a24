// Renderer producers: what the reducers make of the view state (the data graph is not touched).
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { DisplayEdge, DisplayNode, ViewRuntime } from '../../../web/src/core/context';
import {
  displayEdge,
  displayNode,
  reduceEdge,
  reduceNode,
  selectedNodes,
} from '../../../web/src/core/renderer/producers';
import { FADED_COLOR, STATUS_COLORS } from '../../../web/src/graph/appearance';
import { DEFAULT_STATE } from '../../../web/src/state';
import { realGraph } from '../../helpers/real';

describe('core/renderer', () => {
  const data = realGraph();
  const display = new MultiDirectedGraph<DisplayNode, DisplayEdge>();
  data.forEachNode((n, a) => display.addNode(n, displayNode(a, { x: 0, y: 0 })));
  data.forEachEdge((e, a, s, t) => display.addDirectedEdgeWithKey(e, s, t, displayEdge(a)));
  const view = (patch: Partial<ViewRuntime> = {}): ViewRuntime => ({
    visibility: { focus: null },
    hovered: null,
    findings: [],
    statuses: new Map(),
    evidence: null,
    sizes: null,
    scenario: null,
    showTable: false,
    ...patch,
  });
  const body = data.findNode((_n, a) => a.kind === 'body')!;
  const norm = data.findNode((_n, a) => a.kind === 'norm')!;
  const frame = (v: ViewRuntime, state = DEFAULT_STATE) => ({
    state,
    view: v,
    data,
    display,
    selected: selectedNodes(state, v, display),
  });

  it('hides filtered kinds (norms by default)', () => {
    expect(reduceNode(frame(view()), norm, display.getNodeAttributes(norm)).hidden).toBe(true);
    expect(reduceNode(frame(view()), body, display.getNodeAttributes(body)).hidden).toBeFalsy();
  });

  it('colours and labels a node with a status', () => {
    const out = reduceNode(
      frame(view({ statuses: new Map([[body, 'deviation']]) })),
      body,
      display.getNodeAttributes(body),
    );
    expect(out.color).toBe(STATUS_COLORS.deviation);
    expect(out.forceLabel).toBe(true);
  });

  it('hovering fades everything but the node and its neighbours, edges included', () => {
    const v = view({ hovered: { node: body, neighbours: new Set(display.neighbors(body)) } });
    const other = data.findNode((n, a) => a.kind === 'body' && n !== body && !display.areNeighbors(n, body))!;
    expect(reduceNode(frame(v), other, display.getNodeAttributes(other)).color).toBe(FADED_COLOR);
    expect(reduceNode(frame(v), body, display.getNodeAttributes(body)).forceLabel).toBe(true);
    const far = data.findEdge(
      (_e, a, s, t) =>
        s !== body &&
        t !== body &&
        a.validIn.includes('2024') &&
        data.getNodeAttribute(s, 'kind') !== 'norm' &&
        data.getNodeAttribute(t, 'kind') !== 'norm',
    )!;
    expect(reduceEdge(frame(v), far, display.getEdgeAttributes(far)).color).toBe(FADED_COLOR);
  });

  it('a selected node is highlighted, the rest faded', () => {
    const state = { ...DEFAULT_STATE, selection: { type: 'node' as const, id: body } };
    const other = data.findNode((n, a) => a.kind === 'body' && n !== body)!;
    expect(reduceNode(frame(view(), state), body, display.getNodeAttributes(body)).highlighted).toBe(true);
    expect(reduceNode(frame(view(), state), other, display.getNodeAttributes(other)).color).toBe(FADED_COLOR);
  });
});
