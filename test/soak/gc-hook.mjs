// Loaded into the soak's server only (`node --expose-gc --import test/soak/gc-hook.mjs`), never in
// normal serving: on SIGUSR2 it runs a full garbage collection of the main thread and writes the
// memory figures after it to $CIO_GRAPH_SOAK_MEMORY_FILE, so the soak compares memory that is live,
// not the height of GC's sawtooth at the moment a sample happened to be taken.
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const out = process.env.CIO_GRAPH_SOAK_MEMORY_FILE;
let seq = 0;
if (out && typeof globalThis.gc === 'function') {
  const gc = globalThis.gc;
  // How long the main thread's event loop was held up since the last sample: tells a blocked loop
  // (work on the main thread) from a slow answer for other reasons (the machine's other load).
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  process.on('SIGUSR2', () => {
    // Twice: objects with finalizers or weak references freed by the first collection go in the second.
    const loop = { p99Ms: delay.percentile(99) / 1e6, maxMs: delay.max / 1e6 };
    delay.reset();
    gc();
    gc();
    const m = process.memoryUsage();
    writeFileSync(
      out,
      JSON.stringify({
        seq: ++seq,
        rss: m.rss,
        heapUsed: m.heapUsed,
        external: m.external,
        arrayBuffers: m.arrayBuffers,
        loop,
      }),
    );
  });
}
