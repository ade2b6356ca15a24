// The peers part of `npm run bench`: betweenness (exact on the ~10k graph, 256 seeded pivots on the
// ~100k graph), PageRank and Louvain of cio-graph against NetworkX and python-igraph on the same
// undirected projection, in the same run (bench/peers.py). Agreement: Spearman's rho of the values
// (ties ranked by their mean), and the difference in modularity. NetworkX's Brandes is pure Python, so
// it runs a subset of the sources (the first of our pivots, the same ones ours runs) and is compared
// per source. A missing Python library is reported as missing, with the install hint.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import louvain from 'graphology-communities-louvain';
import graphologyPagerank from 'graphology-metrics/centrality/pagerank';
import seedrandom from 'seedrandom';
import { PARALLEL_WORK, pivotSources, sampledBetweenness } from '../analyses/betweenness';
import { brandesKernel } from '../analyses/brandes-kernel';
import { CENTRALITY_DEFAULTS, projectUndirected } from '../analyses/centrality';
import { buildCsr } from '../analyses/csr';
import { csrPagerank } from '../analyses/pagerank';
import type { OrgGraph } from '../model/types';

const PEERS_SCRIPT = join('bench', 'peers.py');
const INSTALL_HINT = 'apt-get install python3-networkx python3-igraph';

function python(): string {
  return process.env.CIO_GRAPH_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
}

function ms(fn: () => unknown, runs = 3): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Ranks 1..n, ties sharing the mean of their positions. */
function ranks(values: ArrayLike<number>): Float64Array {
  const order = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const out = new Float64Array(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]!] === values[order[i]!]) j++;
    for (let k = i; k <= j; k++) out[order[k]!] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

export function spearman(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const [ra, rb] = [ranks(a), ranks(b)];
  const n = ra.length;
  let [ma, mb] = [0, 0];
  for (let i = 0; i < n; i++) {
    ma += ra[i]!;
    mb += rb[i]!;
  }
  ma /= n;
  mb /= n;
  let [cov, va, vb] = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    const [da, db] = [ra[i]! - ma, rb[i]! - mb];
    cov += da * db;
    va += da * da;
    vb += db * db;
  }
  return va === 0 || vb === 0 ? (va === vb ? 1 : 0) : cov / Math.sqrt(va * vb);
}

const r4 = (x: number) => +x.toFixed(4);
const r1 = (x: number) => +x.toFixed(1);

interface PeerResult {
  missing?: string;
  version?: string;
  betweenness?: { ms: number; values: number[] };
  betweennessSubset?: { ms: number; sources: number; values: number[] };
  pagerank?: { ms: number; values: number[] };
  louvain?: { ms: number; modularity: number; communities: number };
}

export function benchPeers(
  name: string,
  graph: OrgGraph,
  exact: boolean,
  log: (line: string) => void,
): Record<string, unknown> {
  const simple = projectUndirected(graph, '2024', CENTRALITY_DEFAULTS.excludeKinds);
  const csr = buildCsr(simple);
  const n = csr.nodes.length;
  const edges: [number, number][] = [];
  for (let v = 0; v < n; v++)
    for (let e = csr.offsets[v]!; e < csr.offsets[v + 1]!; e++)
      if (v < csr.adjacency[e]!) edges.push([v, csr.adjacency[e]!]);
  const pivots = exact ? undefined : CENTRALITY_DEFAULTS.betweennessPivots;
  const sources = pivotSources(n, pivots, CENTRALITY_DEFAULTS.seed);
  const subset = sources.slice(0, exact ? 40 : 8);

  let betweenness: Record<string, number> = {};
  const ours = {
    betweennessMs: ms(
      () => (betweenness = sampledBetweenness(simple, { csr, pivots, seed: CENTRALITY_DEFAULTS.seed })),
      1,
    ),
    betweennessSources: sources.length,
    betweennessThreads:
      sources.length * (csr.adjacency.length + n) > PARALLEL_WORK ? 'worker_threads' : 'one',
    pagerankMs: ms(() => csrPagerank(csr)),
    graphologyMetricsPagerankMs: ms(() => graphologyPagerank(simple)),
    louvainMs: ms(() => louvain.detailed(simple, { rng: seedrandom('bench') })),
    modularity: louvain.detailed(simple, { rng: seedrandom(CENTRALITY_DEFAULTS.seed) }).modularity,
  };
  const subsetValues = new Float64Array(n);
  const subsetMs = ms(() => {
    subsetValues.fill(0);
    brandesKernel(csr.offsets, csr.adjacency, subset, 0, subset.length, subsetValues);
  }, 1);
  const ourBetweenness = csr.nodes.map((id) => betweenness[id]!);
  const ourPagerank = csrPagerank(csr);
  const ourRanks = csr.nodes.map((id) => ourPagerank[id]!);

  const run = spawnSync(python(), [PEERS_SCRIPT], {
    input: JSON.stringify({
      n,
      edges,
      runs: 3,
      exactBetweenness: exact,
      betweennessSources: Array.from(subset),
    }),
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const row: Record<string, unknown> = { dataset: name, nodes: n, edges: edges.length, ours };
  if (run.status !== 0) {
    row.note = `peers not run: ${run.error?.message ?? run.stderr.split('\n').slice(-2).join(' ')} (${INSTALL_HINT})`;
    log(`peers ${name}: ${row.note as string}`);
    return row;
  }
  const peers = JSON.parse(run.stdout) as Record<'networkx' | 'igraph', PeerResult>;
  for (const lib of ['networkx', 'igraph'] as const) {
    const p = peers[lib];
    if (p.missing) {
      row[lib] = { note: `not installed (${INSTALL_HINT}): ${p.missing}` };
      continue;
    }
    const out: Record<string, unknown> = { version: p.version };
    if (p.betweenness) {
      out.betweenness = {
        ms: r1(p.betweenness.ms),
        speedup: r4(p.betweenness.ms / ours.betweennessMs),
        spearman: r4(spearman(ourBetweenness, p.betweenness.values)),
      };
    }
    if (p.betweennessSubset) {
      // Per source, the same sources on both sides: pure-Python Brandes on the whole set would take hours.
      out.betweennessPerSource = {
        sources: p.betweennessSubset.sources,
        msPerSource: r4(p.betweennessSubset.ms / p.betweennessSubset.sources),
        oursMsPerSource: r4(subsetMs / subset.length),
        speedup: r1(p.betweennessSubset.ms / subsetMs),
        spearman: r4(spearman(subsetValues, p.betweennessSubset.values)),
      };
    }
    if (p.pagerank)
      out.pagerank = {
        ms: r1(p.pagerank.ms),
        speedup: r1(p.pagerank.ms / ours.pagerankMs),
        spearman: r4(spearman(ourRanks, p.pagerank.values)),
      };
    if (p.louvain)
      out.louvain = {
        ms: r1(p.louvain.ms),
        speedup: r1(p.louvain.ms / ours.louvainMs),
        modularity: r4(p.louvain.modularity),
        modularityDifference: r4(ours.modularity - p.louvain.modularity),
      };
    row[lib] = out;
  }
  log(`peers ${name}: ${JSON.stringify(row)}`);
  return row;
}
