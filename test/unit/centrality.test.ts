import { UndirectedGraph } from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import modularity from 'graphology-metrics/graph/modularity';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { sampledBetweenness } from '../../src/analyses/betweenness';
import { centrality, projectUndirected } from '../../src/analyses/centrality';
import { contradictions } from '../../src/analyses/contradictions';
import { generateDataset } from '../../src/synthetic/generate';
import { e, f, graphOf, graphOfFiles, n } from '../helpers/build';

function randomGraph(seed: string, order: number, p: number): UndirectedGraph {
  const rng = seedrandom(seed);
  const g = new UndirectedGraph();
  for (let i = 0; i < order; i++) g.addNode(`n${i}`);
  for (let i = 0; i < order; i++)
    for (let j = i + 1; j < order; j++) if (rng() < p) g.addEdge(`n${i}`, `n${j}`);
  return g;
}

describe('betweenness', () => {
  it.each(['a', 'b', 'c', 'd'])('equals graphology-metrics exactly on seeded random graph %s', (seed) => {
    const g = randomGraph(seed, 40, 0.08);
    const ours = sampledBetweenness(g);
    const theirs = betweenness(g);
    for (const node of g.nodes()) expect(ours[node]).toBeCloseTo(theirs[node]!, 10);
  });

  it('estimates from pivots deterministically per seed and close to the exact value on hubs', () => {
    const g = randomGraph('hub', 300, 0.02);
    const exact = sampledBetweenness(g);
    const a = sampledBetweenness(g, { pivots: 150, seed: 's' });
    const b = sampledBetweenness(g, { pivots: 150, seed: 's' });
    expect(a).toEqual(b);
    const top = Object.entries(exact).sort((x, y) => y[1] - x[1])[0]!;
    expect(Math.abs(a[top[0]]! - top[1]) / top[1]).toBeLessThan(0.35);
  });
});

describe('centrality', () => {
  const dataset = generateDataset({ ministries: 8, seed: 'centrality' });
  const graph = graphOfFiles(dataset.files);

  it('is identical across runs with the same seed (Louvain included)', () => {
    expect(centrality(graph, { seed: 'x' })).toEqual(centrality(graph, { seed: 'x' }));
  });

  it('reports the modularity of the partition it returns (oracle: graphology-metrics)', () => {
    const result = centrality(graph);
    const simple = projectUndirected(graph, '2024', ['norm']);
    const partition = Object.fromEntries(result.nodes.map((x) => [x.id, x.community]));
    expect(result.modularity).toBeCloseTo(
      modularity(simple, { getNodeCommunity: (node) => partition[node]! }),
      6,
    );
  });

  it('measures brokerage as the ministries among a node’s neighbours', () => {
    const result = centrality(graph);
    expect(result.nodes.find((x) => x.id === 'cio-beraad')?.brokerage).toBe(8);
    expect(result.nodes[0]?.id).toBe('cio-beraad');
  });

  it('switches to sampled betweenness above the exact limit', () => {
    expect(centrality(graph, { exactBetweennessLimit: 10, betweennessPivots: 20 }).betweennessMode).toBe(
      'sampled',
    );
  });
});

describe('contradictions', () => {
  it('lists contested facts and alternative relations with all claims', () => {
    const graph = graphOf(
      [
        n('a', 'body', {
          type: 'council',
          facts: { isVoorportaal: { claims: [f(true), f(false)] }, formalised: f(true) },
        }),
        n('b', 'body', { type: 'council' }),
        n('c', 'body', { type: 'council' }),
      ],
      [e('prepares_for', 'a', 'b', { claimGroup: 'g' }), e('prepares_for', 'a', 'c', { claimGroup: 'g' })],
    );
    const found = contradictions(graph, { snapshots: ['2024'] });
    expect(found.map((c) => [c.subject, c.property, c.claims.map((x) => x.value)])).toEqual([
      ['a', 'isVoorportaal', [true, false]],
      ['a', 'prepares_for', ['b', 'c']],
    ]);
  });
});
