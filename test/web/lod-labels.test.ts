// The level-of-detail view's label placement (web/src/features/lod/labels.ts) against the greedy rule
// of core/labels it speeds up: same candidates in the same order, same labels drawn; never an overlap;
// the budget caps what is drawn, best first.
import { describe, expect, it } from 'vitest';
import { overlappingPairs, placeLabels } from '../../web/src/core/labels/producers';
import type { LabelCandidate } from '../../web/src/core/labels/producers';
import { placeOrderedLabels } from '../../web/src/features/lod/labels';

/** A deterministic spread of candidates over (and a little beyond) a 1400×900 stage, distinct priorities. */
function candidates(n: number, seed = 7): LabelCandidate[] {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_v, i) => ({
    id: `n${i}`,
    label: 'x'.repeat(3 + Math.floor(rnd() * 20)),
    x: rnd() * 1500 - 50,
    y: rnd() * 1000 - 50,
    size: 2 + rnd() * 6,
    priority: n - i + rnd() * 0.5,
  }));
}
const measure = (label: string) => label.length * 6.5;
const stage = { width: 1400, height: 900 };
const best = (cs: LabelCandidate[]) => [...cs].sort((a, b) => b.priority - a.priority);

describe('LOD label placement', () => {
  it('draws the same labels as the core greedy placement for the same order', () => {
    for (const n of [0, 1, 50, 2000]) {
      const cs = candidates(n, n + 1);
      expect(placeOrderedLabels(best(cs), measure, 12, stage)).toEqual(placeLabels(cs, measure, 12, stage));
    }
  });

  it('never places two overlapping labels, nor one leaving the stage', () => {
    const boxes = placeOrderedLabels(best(candidates(5000)), measure, 12, stage);
    expect(boxes.length).toBeGreaterThan(50);
    expect(overlappingPairs(boxes)).toEqual([]);
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(stage.width);
      expect(b.y + b.height).toBeLessThanOrEqual(stage.height);
    }
  });

  it('stops at the budget, keeping the best labels', () => {
    const ordered = best(candidates(5000));
    const all = placeOrderedLabels(ordered, measure, 12, stage);
    const capped = placeOrderedLabels(ordered, measure, 12, stage, 40);
    expect(capped).toEqual(all.slice(0, 40));
  });
});
