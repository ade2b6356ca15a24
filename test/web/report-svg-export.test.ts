// The viewer's SVG export on a stand-in for sigma: every node sigma shows and none it hides, at its
// viewport position and size, in its reduced colour and program's shape; edges only between shown nodes.
import { describe, expect, it } from 'vitest';
import { viewToSvg } from '../../web/src/features/report/svg-export';
import type { SigmaView } from '../../web/src/features/report/svg-export';

function fakeSigma(): SigmaView {
  const nodes: Record<
    string,
    { x: number; y: number; size: number; color: string; label: string; hidden?: boolean; type?: string }
  > = {
    JenV: { x: 0.5, y: 0.5, size: 9, color: '#0b3d91', label: 'JenV', type: 'square' },
    'JenV/CIO': { x: 0.5, y: 0.25, size: 6, color: '#e69f00', label: 'Departementale CIO JenV' },
    'JenV/cio-raad': { x: 0.75, y: 0.75, size: 6, color: '#d55e00', label: 'CIO-raad JenV', type: 'border' },
    'BZ/CIO': { x: 0.1, y: 0.1, size: 6, color: '#e69f00', label: 'BZ', hidden: true },
  };
  const edges: [string, string, string, boolean][] = [
    ['e1', 'JenV/CIO', 'JenV', false],
    ['e2', 'BZ/CIO', 'JenV', false],
    ['e3', 'JenV/CIO', 'JenV/cio-raad', true],
  ];
  return {
    getGraph: () => ({
      forEachNode: (fn) => Object.keys(nodes).forEach((n) => fn(n)),
      forEachEdge: (fn) => edges.forEach(([e, s, t]) => fn(e, {}, s, t)),
    }),
    getNodeDisplayData: (n) => nodes[n],
    getEdgeDisplayData: (e) => ({ color: '#6b7a8f', size: 1, hidden: edges.find((x) => x[0] === e)![3] }),
    framedGraphToViewport: (p) => ({ x: p.x * 800, y: p.y * 600 }),
    scaleSize: (s = 1) => s * 0.5,
    getDimensions: () => ({ width: 800, height: 600 }),
  };
}

describe('viewToSvg', () => {
  const svg = viewToSvg(fakeSigma(), { title: 'Netwerk van JenV', desc: '3 knopen' });
  const ids = [...svg.matchAll(/<g class="node" data-id="([^"]+)">/g)].map((m) => m[1]);

  it('has exactly the nodes sigma shows', () => {
    expect(ids.sort()).toEqual(['JenV', 'JenV/CIO', 'JenV/cio-raad']);
  });

  it('keeps viewport positions, scaled sizes, reduced colours and shapes', () => {
    expect(svg).toContain('viewBox="0 0 800 600"');
    expect(svg).toMatch(
      /data-id="JenV"><title>JenV<\/title><rect x="395.5" y="295.5" width="9" height="9" fill="#0b3d91"/,
    );
    expect(svg).toMatch(
      /data-id="JenV\/cio-raad"><title>CIO-raad JenV<\/title><circle cx="600" cy="450" [^>]*stroke="#d55e00"/,
    );
  });

  it('draws an edge only when sigma shows it and both ends', () => {
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg).toContain('<line x1="400" y1="150" x2="400" y2="300"');
  });
});
