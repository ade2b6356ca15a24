// Brandes over many sources on worker threads, synchronously: the analyses are plain functions, so the
// calling thread blocks on Atomics.wait while the workers run, and works on chunks itself meanwhile.
//
// Determinism: the sources are cut into CHUNKS fixed chunks whatever the number of cores; every chunk
// sums into its own partial array, and the partials are added in chunk order at the end. Which thread
// computed a chunk does not matter, so the result is the same on 1 or 64 cores. Chunks are claimed
// with an atomic counter, so a worker that never starts (or fails) only means the caller computes
// more chunks itself; nothing waits on a thread that is not working.
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { brandesKernel } from './brandes-kernel';

export const CHUNKS = 16;
const RUNNING = 1;
const DONE = 2;
const FAILED = 3;
const STEAL_AFTER_MS = 10_000;

// The worker's code: the kernel's own source text (plain JS once TypeScript is stripped) plus the
// chunk-claiming loop. Evaluated as a CommonJS script, so it needs no loader and no build step.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const brandesKernel = ${brandesKernel.toString()};
const { offsets, adjacency, sources, partials, control, bounds, n } = workerData;
for (;;) {
  const chunk = Atomics.add(control, 0, 1);
  if (chunk >= ${CHUNKS}) break;
  Atomics.store(control, 1 + chunk, ${RUNNING});
  try {
    const out = new Float64Array(partials, chunk * n * 8, n);
    brandesKernel(offsets, adjacency, sources, bounds[chunk], bounds[chunk + 1], out);
    Atomics.store(control, 1 + chunk, ${DONE});
    Atomics.add(control, ${CHUNKS + 1}, 1);
  } catch (error) {
    Atomics.store(control, 1 + chunk, ${FAILED});
  }
  Atomics.notify(control, 1 + chunk);
}
`;

export interface ParallelOptions {
  /** Worker threads besides the calling thread; default: the cores available minus one, at most 3. */
  workers?: number;
  /** Whether the calling thread computes chunks too (default true); false leaves them to the workers. */
  callerWorks?: boolean;
  /** Filled in when given: how many chunks the worker threads computed. */
  stats?: { workerChunks: number };
}

/** Sums Brandes' dependencies over `sources` in CHUNKS fixed chunks, on worker threads when there are cores. */
export function chunkedBrandes(
  offsets: Int32Array,
  adjacency: Int32Array,
  sources: Int32Array,
  options: ParallelOptions = {},
): Float64Array {
  const n = offsets.length - 1;
  const bounds = new Int32Array(CHUNKS + 1);
  for (let c = 0; c <= CHUNKS; c++) bounds[c] = Math.round((c * sources.length) / CHUNKS);
  const partials = new SharedArrayBuffer(CHUNKS * n * 8);
  // control[0]: next chunk to claim; control[1 + c]: state of chunk c (0 until claimed);
  // control[CHUNKS + 1]: chunks the workers completed.
  const control = new Int32Array(new SharedArrayBuffer((CHUNKS + 2) * 4));
  const shared = new Int32Array(new SharedArrayBuffer(Math.max(1, sources.length) * 4));
  shared.set(sources);
  const count = options.workers ?? Math.min(3, Math.max(0, availableParallelism() - 1));
  const workers: Worker[] = [];
  for (let i = 0; i < count; i++) {
    try {
      const worker = new Worker(WORKER_SOURCE, {
        eval: true,
        execArgv: [],
        workerData: { offsets, adjacency, sources: shared, partials, control, bounds, n },
      });
      worker.unref();
      worker.on('error', () => undefined); // a failed worker leaves its chunk FAILED; handled below
      workers.push(worker);
    } catch {
      break; // no threads available: the calling thread does the rest
    }
  }
  const run = (chunk: number) =>
    brandesKernel(
      offsets,
      adjacency,
      shared,
      bounds[chunk]!,
      bounds[chunk + 1]!,
      new Float64Array(partials, chunk * n * 8, n),
    );
  const claimAndRun = () => {
    for (;;) {
      const chunk = Atomics.add(control, 0, 1);
      if (chunk >= CHUNKS) return;
      Atomics.store(control, 1 + chunk, RUNNING);
      run(chunk);
      Atomics.store(control, 1 + chunk, DONE);
    }
  };
  // With callerWorks false (tests of the worker path), the caller still steals what no worker claimed
  // within STEAL_AFTER_MS, so a worker that cannot start never blocks it.
  const stealAfter =
    options.callerWorks === false && workers.length > 0 ? performance.now() + STEAL_AFTER_MS : 0;
  try {
    if (stealAfter === 0) claimAndRun();
    for (let chunk = 0; chunk < CHUNKS; chunk++) {
      for (;;) {
        const state = Atomics.load(control, 1 + chunk);
        if (state === DONE) break;
        if (state === FAILED) {
          new Float64Array(partials, chunk * n * 8, n).fill(0);
          run(chunk);
          break;
        }
        if (state === 0 && performance.now() >= stealAfter) claimAndRun();
        Atomics.wait(control, 1 + chunk, state, 100);
      }
    }
  } finally {
    for (const worker of workers) void worker.terminate().catch(() => undefined);
  }
  if (options.stats) options.stats.workerChunks = Atomics.load(control, CHUNKS + 1);
  const total = new Float64Array(n);
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    const part = new Float64Array(partials, chunk * n * 8, n);
    for (let i = 0; i < n; i++) total[i]! += part[i]!;
  }
  return total;
}
