// `--modules scale`: the analyses cache-cold at 100k and at 1M nodes, side by side, with the collector's
// share of each run and the graph accesses counted. Why a step beyond the analyses' 10k → 100k: from
// 10k to 100k a graph outgrows the 32 MiB L3 and V8's scavenges get dearer as the old space grows, so
// that step's timed growth mixes one-off effects of the machine with the analyses' own growth; from
// 100k to 1M both sides are far past the cache, and what still grows faster than the nodes is the
// analysis. The 1M graph needs ~3.5 GB of heap: measured in a child process with room for it, so the
// parent's graphs are not in its heap and its default heap limit does not decide the result.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SEMI_SPACE_FLAG } from '../server/heap';
import { generateDataset } from '../synthetic/generate';

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

export function benchScale(log: (line: string) => void, sizes = SCALE_SIZES): Promise<ScaleRow[]> {
  const child = fileURLToPath(new URL('./bench-scale-child.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [`--max-old-space-size=${CHILD_HEAP_MB}`, SEMI_SPACE_FLAG, '--import', 'tsx', child, sizes.join(',')],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      let nl: number;
      while ((nl = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        if (line.startsWith(SCALE_RESULT)) {
          let rows: ScaleRow[];
          try {
            rows = JSON.parse(line.slice(SCALE_RESULT.length)) as ScaleRow[];
          } catch (error) {
            // Thrown in a stream handler it would be uncaught: the bench's promise rejects instead.
            reject(
              new Error(`bench scale: the child's result line is not JSON (${(error as Error).message})`),
            );
            proc.kill();
            return;
          }
          rows.forEach((r) =>
            log(
              `scale ${r.analysis}: ${r.coldMedianMs.map((m) => m.toFixed(1)).join(' / ')} ms cold at ` +
                `${r.nodes.join(' / ')} nodes, growth per 10x ${r.coldGrowthPer10x} (accesses ${r.accessGrowthPer10x}), ` +
                `GC ${r.gcMsPerRun.map((m) => m.toFixed(1)).join(' / ')} ms a run`,
            ),
          );
          resolve(rows);
        } else if (line) log(line);
      }
    });
    proc.on('error', reject);
    proc.on('close', (code) => {
      // After a result this does nothing (a promise settles once).
      reject(new Error(`bench scale: the child process exited with ${code} before its result`));
    });
  });
}
