// Oracle checks of the typed-array algorithms against graphology-metrics on seeded generated graphs:
// Brandes (in-thread, chunked, and on worker threads) and PageRank (bit-identical by construction).
import { UndirectedGraph } from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { pivotSources, sampledBetweenness } from '../../src/analyses/betweenness';
import { projectUndirected } from '../../src/analyses/centrality';
import { buildCsr } from '../../src/analyses/csr';
import { chunkedBrandes } from '../../src/analyses/parallel-betweenness';
import { PagerankConvergenceError, csrPagerank } from '../../src/analyses/pagerank';
import { generateDataset } from '../../src/synthetic/generate';
import { graphOfFiles } from '../helpers/build';

function randomGraph(seed: string, order: number, p: number): UndirectedGraph {
  const rng = seedrandom(seed);
  const g = new UndirectedGraph();
  for (let i = 0; i < order; i++) g.addNode(`n${i}`);
  for (let i = 0; i < order; i++)
    for (let j = i + 1; j < order; j++) if (rng() < p) g.addEdge(`n${i}`, `n${j}`);
  return g;
}

const generated = (seed: string) =>
  projectUndirected(graphOfFiles(generateDataset({ ministries: 6, seed }).files), '2024', ['norm']);

describe('typed-array Brandes', () => {
  it.each(['g1', 'g2', 'g3'])('equals graphology-metrics on the projection of generated graph %s', (seed) => {
    const g = generated(seed);
    const ours = sampledBetweenness(g);
    const theirs = betweenness(g);
    expect(Object.keys(ours)).toEqual(g.nodes());
    for (const node of g.nodes()) expect(ours[node]).toBeCloseTo(theirs[node]!, 12);
  });

  it('gives the same sums chunked as in one pass, up to the order of additions', () => {
    const g = randomGraph('chunks', 200, 0.03);
    const single = sampledBetweenness(g);
    const chunked = sampledBetweenness(g, { parallelWork: 0, workers: 0 });
    for (const node of g.nodes()) expect(chunked[node]).toBeCloseTo(single[node]!, 14);
  });

  it('computes the chunks on worker threads, with the same result as on the calling thread', () => {
    const g = generated('workers');
    const { offsets, adjacency } = buildCsr(g);
    const sources = pivotSources(g.order, 64, 'w');
    const stats = { workerChunks: 0 };
    const onWorkers = chunkedBrandes(offsets, adjacency, sources, { workers: 2, callerWorks: false, stats });
    const inThread = chunkedBrandes(offsets, adjacency, sources, { workers: 0 });
    expect(stats.workerChunks).toBe(16);
    expect(Array.from(onWorkers)).toEqual(Array.from(inThread));
    expect(inThread.some((x) => x > 0)).toBe(true);
  });

  it('keeps the seeded pivots: the same seed gives the same sample, another seed another', () => {
    expect(Array.from(pivotSources(1000, 10, 'a'))).toEqual(Array.from(pivotSources(1000, 10, 'a')));
    expect(Array.from(pivotSources(1000, 10, 'a'))).not.toEqual(Array.from(pivotSources(1000, 10, 'b')));
    expect(new Set(pivotSources(1000, 500, 'a')).size).toBe(500);
  });

  it('handles isolated nodes like graphology-metrics (the projection has no self-loops)', () => {
    const g = randomGraph('isolated', 30, 0.1);
    g.addNode('alone');
    const ours = sampledBetweenness(g);
    const theirs = betweenness(g);
    for (const node of g.nodes()) expect(ours[node]).toBeCloseTo(theirs[node]!, 12);
  });
});

describe('CSR PageRank', () => {
  it.each(['p1', 'p2', 'p3'])('is bit-identical to graphology-metrics on generated graph %s', (seed) => {
    const g = generated(seed);
    expect(csrPagerank(buildCsr(g))).toEqual(pagerank(g));
  });

  it('is bit-identical on a random graph with dangling nodes', () => {
    const g = randomGraph('dangling', 150, 0.02);
    g.addNode('alone');
    expect(csrPagerank(buildCsr(g))).toEqual(pagerank(g));
  });

  it('throws a typed error when it does not converge', () => {
    const g = randomGraph('slow', 50, 0.1);
    expect(() => csrPagerank(buildCsr(g), { maxIterations: 1 })).toThrow(PagerankConvergenceError);
  });
});
