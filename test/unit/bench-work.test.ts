// The bench's graph-access count (src/cli/bench-work.ts): exact on hand-built graphs, linear for a
// linear analysis on generated graphs, and quadratic where an analysis does quadratic work.
import { describe, expect, it } from 'vitest';
import { ANALYSES, getAnalysis } from '../../src/analyses/registry';
import { graphAccesses } from '../../src/cli/bench-work';
import { forEachEdgeOfKinds } from '../../src/model/edge-index';
import { GRAPH_CHANGE_EVENTS } from '../../src/model/graph-cache';
import type { OrgGraph } from '../../src/model/types';
import { generateDataset } from '../../src/synthetic/generate';
import { graphOfFiles } from '../helpers/build';
import { e, graphOf, n } from '../helpers/build';

describe('graphAccesses', () => {
  const graph = graphOf(
    [
      n('AZ', 'ministry'),
      n('AZ/CIO', 'role', { type: 'departmental_cio' }),
      n('B', 'body', { type: 'council' }),
    ],
    [e('member_of', 'AZ/CIO', 'B')],
  );

  it('counts each call, each callback and each element returned', () => {
    expect(graphAccesses(graph, (g) => g.forEachNode(() => undefined))).toBe(1 + 3);
    expect(graphAccesses(graph, (g) => g.nodes())).toBe(1 + 3);
    expect(graphAccesses(graph, (g) => g.getNodeAttribute('B', 'kind'))).toBe(1);
    expect(graphAccesses(graph, (g) => g.forEachOutEdge('AZ/CIO', () => undefined))).toBe(1 + 1);
    expect(graphAccesses(graph, (g) => g.order)).toBe(0);
  });

  it('leaves what the analysis sees unchanged', () => {
    let seen: string[] = [];
    graphAccesses(graph, (g) => (seen = g.filterNodes((_id, a) => a.kind !== 'body')));
    expect(seen).toEqual(['AZ', 'AZ/CIO']);
  });

  it('counts the rows a per-graph table hands out, and leaves no listener of its caches behind', () => {
    const real = graphOfFiles(generateDataset({ ministries: 2, seed: 'rows' }).files);
    const listeners = () => GRAPH_CHANGE_EVENTS.reduce((sum, event) => sum + real.listenerCount(event), 0);
    const before = listeners();
    let rows = 0;
    real.forEachEdge((_e, a) => void (a.kind === 'member_of' && rows++));
    expect(rows).toBeGreaterThan(0);
    expect(graphAccesses(real, (g) => forEachEdgeOfKinds(g, ['member_of'], () => undefined))).toBe(rows);
    for (let i = 0; i < 12; i++) graphAccesses(real, (g) => getAnalysis('overlap').run(g, {}));
    expect(listeners()).toBe(before);
  });

  const sized = (ministries: number): OrgGraph =>
    graphOfFiles(generateDataset({ ministries, seed: 'accesses' }).files);

  it('grows with the graph for every analysis, and shows quadratic work as quadratic', () => {
    const [small, large] = [sized(4), sized(16)];
    const nodes = large.order / small.order;
    for (const analysis of ANALYSES) {
      const growth = graphAccesses(large, analysis.run) / graphAccesses(small, analysis.run);
      expect(growth, analysis.id).toBeLessThan(nodes * 1.25);
      expect(growth, analysis.id).toBeGreaterThan(nodes * 0.5);
    }
    const quadratic = (g: OrgGraph) => g.forEachNode(() => g.forEachNode(() => undefined));
    expect(graphAccesses(large, quadratic) / graphAccesses(small, quadratic)).toBeGreaterThan(
      nodes ** 2 * 0.9,
    );
  });
});
