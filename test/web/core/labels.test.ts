// Label placement: greedy by priority, never two overlapping boxes, never off the stage (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelPriority, overlappingPairs, placeLabels } from '../../../web/src/core/labels/producers';
import { stretchToAspect } from '../../../web/src/core/layout/producers';

const measure = (label: string) => 7 * label.length;
const stage = { width: 800, height: 600 };

describe('core/labels', () => {
  it('places no two overlapping labels, whatever the nodes', () => {
    const node = fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      label: fc.string({ minLength: 1, maxLength: 20 }),
      x: fc.double({ min: -50, max: 850, noNaN: true }),
      y: fc.double({ min: -50, max: 650, noNaN: true }),
      size: fc.double({ min: 1, max: 20, noNaN: true }),
      priority: fc.integer({ min: 0, max: 2000 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(node, { selector: (n) => n.id, maxLength: 120 }), (nodes) => {
        const boxes = placeLabels(nodes, measure, 12, stage);
        expect(overlappingPairs(boxes)).toEqual([]);
        for (const b of boxes) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(stage.width);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the higher priority wins a contested spot', () => {
    const a = { id: 'a', label: 'Ambtelijke', x: 100, y: 100, size: 4, priority: 10 };
    const b = { ...a, id: 'b', label: 'CIO Rijk', x: 110, priority: 50 };
    expect(placeLabels([a, b], measure, 12, stage).map((x) => x.id)).toEqual(['b']);
    expect(placeLabels([{ ...a, y: 300 }, b], measure, 12, stage).map((x) => x.id)).toEqual(['b', 'a']);
  });

  it('ranks forced labels, then ministries, Rijk bodies, other bodies, roles', () => {
    const p = (kind: string, extra: object = {}) =>
      labelPriority({ kind, forced: false, zIndex: 0, degree: 3, ...extra });
    expect(p('ministry')).toBeGreaterThan(p('body', { level: 'rijk' }));
    expect(p('body', { level: 'rijk' })).toBeGreaterThan(p('body'));
    expect(p('body')).toBeGreaterThan(p('role'));
    expect(p('role', { forced: true })).toBeGreaterThan(p('ministry'));
    // Degree breaks ties but never crosses a kind.
    expect(p('role', { degree: 10_000 })).toBeLessThan(p('body', { degree: 0 }));
  });

  it('stretches a wide layout to the stage shape and never squeezes', () => {
    const pos = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 10, y: 1 }],
    ]);
    const tall = stretchToAspect(pos, 0.5);
    expect(tall.get('b')!.y - tall.get('a')!.y).toBeCloseTo(5);
    expect(stretchToAspect(pos, 0.01)).toEqual(pos);
  });
});
