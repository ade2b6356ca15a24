// Layout orchestration producers on the real dataset: the focus layout and camera framing.
import { describe, expect, it } from 'vitest';
import {
  focusLayoutKey,
  focusSubgraph,
  frameOf,
  layoutTargets,
} from '../../../web/src/core/layout/producers';
import { focusNodes } from '../../../web/src/graph/visibility';
import { hierarchyLayout } from '../../../web/src/layout/hierarchy';
import { DEFAULT_STATE } from '../../../web/src/state';
import { realGraph } from '../../helpers/real';

describe('core/layout', () => {
  const graph = realGraph();
  const base = hierarchyLayout(graph);
  const focus = focusNodes(graph, 'JenV', '2024');

  it('the focus subgraph holds the focused nodes and only edges between them', () => {
    const sub = focusSubgraph(graph, focus);
    expect(sub.order).toBe(focus.size);
    sub.forEachEdge((_e, _a, s, t) => expect(focus.has(s) && focus.has(t)).toBe(true));
  });

  it('without focus the targets are the layout itself; with focus the network is spread out', () => {
    expect(layoutTargets(base, graph, DEFAULT_STATE, null)).toBe(base);
    const state = { ...DEFAULT_STATE, focus: 'JenV' };
    const targets = layoutTargets(base, graph, state, focus);
    // Spread out: the closest two nodes of the network are further apart, relative to its size.
    const spacing = (ids: string[], pos: typeof base) => {
      const p = ids.map((n) => pos.get(n)!);
      const span = Math.max(...p.map((q) => q.x)) - Math.min(...p.map((q) => q.x)) || 1;
      let min = Infinity;
      for (let i = 0; i < p.length; i++)
        for (let j = i + 1; j < p.length; j++)
          min = Math.min(min, Math.hypot(p[i]!.x - p[j]!.x, p[i]!.y - p[j]!.y));
      return min / span;
    };
    const ids = [...focus];
    expect(targets.size).toBe(base.size);
    expect(spacing(ids, targets)).toBeGreaterThan(spacing(ids, base));
    expect(layoutTargets(base, graph, { ...state, layout: 'forceatlas2' }, focus)).toBe(base);
  });

  it('the focus layout key changes with focus, snapshot and scenario', () => {
    const s = { ...DEFAULT_STATE, focus: 'JenV' };
    const keys = new Set([
      focusLayoutKey(s, null),
      focusLayoutKey({ ...s, snapshot: '2021' }, null),
      focusLayoutKey({ ...s, focus: 'OCW' }, null),
      focusLayoutKey(s, 'merge'),
    ]);
    expect(keys.size).toBe(4);
  });

  it('frames a box: half the stage at ratio 1 zooms in to about half', () => {
    const id = (p: { x: number; y: number }) => p;
    const stage = { width: 1000, height: 800 };
    const f = frameOf(
      [
        { x: 0, y: 0 },
        { x: 340, y: 340 },
      ],
      stage,
      1,
      id,
      0.05,
      { x: 160, y: 60 },
      0,
    )!;
    expect(f.x).toBe(170);
    expect(f.y).toBe(170);
    expect(f.ratio).toBeCloseTo(0.5);
    expect(frameOf([], stage, 1, id)).toBeNull();
    // Never closer than minRatio, never further out than 1.2.
    expect(frameOf([{ x: 1, y: 1 }], stage, 1, id, 0.1)!.ratio).toBeCloseTo(0.16);
    expect(frameOf([{ x: 1, y: 1 }], stage, 1, id, 0.2)!.ratio).toBe(0.2);
    expect(
      frameOf(
        [
          { x: 0, y: 0 },
          { x: 1e5, y: 0 },
        ],
        stage,
        1,
        id,
      )!.ratio,
    ).toBe(1.2);
  });
});
