// `--modules scale`: the analyses cache-cold at 100k and at 1M nodes, side by side, with the collector's
// share of each run and the graph accesses counted. Why a step beyond the analyses' 10k → 100k: from
// 10k to 100k a graph outgrows the 32 MiB L3 and V8's scavenges get dearer as the old space grows, so
// that step's timed growth mixes one-off effects of the machine with the analyses' own growth; from
// 100k to 1M both sides are far past the cache, and what still grows faster than the nodes is the
// analysis. The 1M graph needs ~3.5 GB of heap: measured in a child process with room for it, so the
// parent's graphs are not in its heap and its default heap limit does not decide the result.
import { fileURLToPath } from 'node:url';
import { generateDataset } from '../synthetic/generate';
import { runBenchChild } from './bench-child';

/** A generated dataset of about `target` nodes (ministries scaled from a 50-ministry probe). */
export function generatedOfSize(target: number, seed: string) {
  const probe = generateDataset({ ministries: 50, seed });
  const perMinistry = probe.nodeCount / 50;
  return generateDataset({ ministries: Math.max(1, Math.round(target / perMinistry)), seed });
}

export const SCALE_SIZES = [100_000, 1_000_000];
/** Centrality at 1M nodes takes ~20 s a run; its growth is in the main table (10k → 100k). */
export const SCALE_ANALYSES = ['deviations', 'overlap', 'fragmentation', 'contradictions'];
const CHILD_HEAP_MB = 12_000;
/** The prefix of the child's result line; every other line it prints is progress. */
export const SCALE_RESULT = 'scale-result ';

export interface ScaleRow {
  analysis: string;
  nodes: number[];
  coldMedianMs: number[];
  /** Collector time per run (every kind), from a separate run of the same count. */
  gcMsPerRun: number[];
  graphAccesses: number[];
  coldGrowthPer10x: number;
  accessGrowthPer10x: number;
}

export async function benchScale(log: (line: string) => void, sizes = SCALE_SIZES): Promise<ScaleRow[]> {
  const rows = await runBenchChild<ScaleRow[]>(
    {
      script: fileURLToPath(new URL('./bench-scale-child.ts', import.meta.url)),
      args: [sizes.join(',')],
      heapMb: CHILD_HEAP_MB,
      resultPrefix: SCALE_RESULT,
      name: 'bench scale',
    },
    log,
  );
  rows.forEach((r) =>
    log(
      `scale ${r.analysis}: ${r.coldMedianMs.map((m) => m.toFixed(1)).join(' / ')} ms cold at ` +
        `${r.nodes.join(' / ')} nodes, growth per 10x ${r.coldGrowthPer10x} (accesses ${r.accessGrowthPer10x}), ` +
        `GC ${r.gcMsPerRun.map((m) => m.toFixed(1)).join(' / ')} ms a run`,
    ),
  );
  return rows;
}
