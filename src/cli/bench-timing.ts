// How the analyses bench times a step: a median over repeated runs, with the CPU caches warm (each
// run finds what the previous one left in cache) or cold (the caches evicted before each run).
//
// Why both: a 10k-node graph takes ~35 MB of heap and stays in a 32 MiB L3 from one run to the next,
// a 100k graph does not, so warm timings compare a cached graph with an uncached one. Measured on
// 2026-12-04: one 100k graph took about as long as ten different 10k graphs analysed one after another
// (deviations 83 vs 77 ms, fragmentation 73 vs 76 ms), while one 10k graph analysed repeatedly took
// 5.5 ms. Cold timings are what a server sees when other requests ran in between, and the growth per
// 10x computed from them leaves out that cached 10k case; they still include what the memory
// hierarchy does at 100k (a bare cold pass grew 13x). The warm ones stay in the report beside them.
import { performance } from 'node:perf_hooks';

export const RUNS = 5;

/**
 * Cold medians take at least this many runs: a 100k run meets a scavenge in some runs and not in
 * others, and the median of five (all that 300 ms holds at 100k) moved a growth figure by ±2 between
 * bench runs of the same code on 2026-12-07.
 */
export const COLD_RUNS = 15;

/** The middle value of `xs` (the upper one of the two middles for an even count); `xs` is not reordered. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Short measurements repeat until they fill this much time (at most MAX_RUNS): a median of 5 runs of a
 * 1 ms pass moved by 4x between two runs of the bench (the 10k baseline: 1.0 ms, then 4.2 ms), and
 * every growth figure divides by such a time.
 */
const MIN_SAMPLING_MS = 300;
const MAX_RUNS = 200;

// Eight times the 32 MiB L3 here, written one byte per 64-byte line so that every line is fetched and
// dirtied (a few milliseconds per eviction).
const EVICTION_BYTES = 256 * 2 ** 20;
let eviction: Uint8Array | undefined;

/** Replaces the cache contents with a buffer the timed code never reads. */
export function evictCaches(): number {
  eviction ??= new Uint8Array(EVICTION_BYTES);
  for (let i = 0; i < eviction.length; i += 64) eviction[i]!++;
  return eviction[0]!;
}

/**
 * Medians of several tasks measured in rounds (one run of each task per round, each after a warm-up),
 * until every task has `runs` samples and MIN_SAMPLING_MS of them (or MAX_RUNS). `evict` empties the
 * caches before each run.
 */
function sampleRounds(tasks: (() => unknown)[], runs: number, evict: boolean, maxRuns = MAX_RUNS): number[] {
  for (const task of tasks) task(); // warm-up: compiled code, lazily built indexes
  const samples = tasks.map(() => [] as number[]);
  const spent = tasks.map(() => 0);
  const wanting = (i: number) =>
    samples[i]!.length < runs || (spent[i]! < MIN_SAMPLING_MS && samples[i]!.length < maxRuns);
  while (tasks.some((_t, i) => wanting(i)))
    tasks.forEach((task, i) => {
      if (!wanting(i)) return;
      if (evict) evictCaches();
      const start = performance.now();
      task();
      const ms = performance.now() - start;
      samples[i]!.push(ms);
      spent[i]! += ms;
    });
  return samples.map(median);
}

/** Median time of `fn` with warm caches. */
export function time(fn: () => unknown, runs = RUNS): number {
  return sampleRounds([fn], runs, false)[0]!;
}

/**
 * Cold medians of several tasks measured in interleaved rounds, so that a drift of the host during the
 * bench moves all of them alike: the growth between two sizes divides one task's time by another's,
 * and timing them minutes apart moved it by up to 40%. `maxRuns` caps the runs of a short task (a
 * test's small graphs would otherwise take 200, each after an eviction).
 */
export function interleavedCold(tasks: (() => unknown)[], runs = COLD_RUNS, maxRuns = MAX_RUNS): number[] {
  return sampleRounds(tasks, runs, true, Math.max(runs, maxRuns));
}
