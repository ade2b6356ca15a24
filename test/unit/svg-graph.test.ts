// The shared SVG renderer on hand-built layouts: shapes and colours as given, accessible title and
// desc, escaped text, and labels that never collide with each other or with a node (property-tested
// on random layouts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderGraphSvg } from '../../src/render/svg/graph';
import type { SvgNode } from '../../src/render/svg/graph';
import { svgShapeOf } from '../../src/render/svg/shapes';

const node = (id: string, x: number, y: number, extra: Partial<SvgNode> = {}): SvgNode => ({
  id,
  x,
  y,
  size: 5,
  color: '#e69f00',
  shape: 'circle',
  label: id,
  ...extra,
});

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const labelBoxes = (svg: string): Box[] =>
  [
    ...svg.matchAll(
      /<rect x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)" fill="#ffffff" fill-opacity/g,
    ),
  ].map((m) => ({ x0: +m[1]!, y0: +m[2]!, x1: +m[1]! + +m[3]!, y1: +m[2]! + +m[4]! }));
const overlap = (a: Box, b: Box) =>
  a.x0 < b.x1 - 0.2 && b.x0 < a.x1 - 0.2 && a.y0 < b.y1 - 0.2 && b.y0 < a.y1 - 0.2;

describe('renderGraphSvg', () => {
  it('draws each node once with its shape and colour, inside an accessible svg', () => {
    const svg = renderGraphSvg(
      [
        node('m', 0, 0, { shape: 'square', color: '#0b3d91' }),
        node('r', 1, 0),
        node('b', 0, 1, { shape: 'ring', color: '#009e73' }),
      ],
      [{ source: 'm', target: 'r', color: '#6b7a8f', size: 1.5 }],
      { title: 'T & co', desc: 'A <small> graph', idPrefix: 'x' },
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('role="img" aria-labelledby="x-title x-desc"');
    expect(svg).toContain('<title id="x-title">T &amp; co</title>');
    expect(svg).toContain('<desc id="x-desc">A &lt;small&gt; graph</desc>');
    expect(svg.match(/<g class="node"/g)).toHaveLength(3);
    expect(svg).toMatch(/data-id="m"><title>m<\/title><rect [^>]*fill="#0b3d91"/);
    expect(svg).toMatch(/data-id="b"><title>b<\/title><circle [^>]*fill="#ffffff" stroke="#009e73"/);
    expect(svg.match(/<line /g)).toHaveLength(1);
  });

  it('leaves out edges to nodes it does not draw and keeps viewport coordinates as given', () => {
    const svg = renderGraphSvg(
      [node('a', 100, 50)],
      [{ source: 'a', target: 'gone', color: '#000', size: 1 }],
      {
        title: 't',
        desc: 'd',
        coordinates: 'viewport',
        width: 300,
        height: 200,
      },
    );
    expect(svg).not.toContain('<line');
    expect(svg).toContain('cx="100" cy="50"');
  });

  it('drops a label that has no free spot but keeps the name in the node title', () => {
    // Two nodes on one spot: the second label cannot go anywhere the first did not already take.
    const nodes = [node('first-long-label', 50, 50, { priority: 2 }), node('second-long-label', 50, 50)];
    const svg = renderGraphSvg(nodes, [], {
      title: 't',
      desc: 'd',
      coordinates: 'viewport',
      width: 400,
      height: 100,
    });
    const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toContain('first-long-label');
    expect(svg).toContain('<title>second-long-label</title>');
    expect(labelBoxes(svg).length).toBe(texts.length);
  });

  it('never places two labels, or a label and a node, on top of each other', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 60 }),
            fc.integer({ min: 0, max: 40 }),
            fc.string({ minLength: 1, maxLength: 20 }),
          ),
          {
            minLength: 1,
            maxLength: 60,
          },
        ),
        (points) => {
          const nodes = points.map(([x, y, label], i) => node(`n${i}`, x, y, { label }));
          const svg = renderGraphSvg(nodes, [], { title: 't', desc: 'd', width: 500, height: 350 });
          const boxes = labelBoxes(svg);
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
          const centres = [...svg.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)" r="([\d.]+)"/g)].map(
            (m) => ({
              x0: +m[1]! - +m[3]!,
              y0: +m[2]! - +m[3]!,
              x1: +m[1]! + +m[3]!,
              y1: +m[2]! + +m[3]!,
            }),
          );
          for (const b of boxes) for (const c of centres) expect(overlap(b, c)).toBe(false);
          for (const b of boxes) {
            expect(b.x0).toBeGreaterThanOrEqual(0);
            expect(b.x1).toBeLessThanOrEqual(500.1);
          }
        },
      ),
      { numRuns: 60, seed: 14 },
    );
  });

  it('maps the viewer node programs to shapes', () => {
    expect([svgShapeOf('square'), svgShapeOf('border'), svgShapeOf('circle'), svgShapeOf(undefined)]).toEqual(
      ['square', 'ring', 'circle', 'circle'],
    );
  });
});
