// CPU priority of the pool's worker threads (Linux). The event loop's thread answers /api/health and
// the cached reads and keeps normal priority; a worker evaluating a scenario at full speed runs at
// BACKGROUND_NICE, so it yields the core whenever the event loop wants it. On Linux a thread has its
// own id (/proc/thread-self) and its own nice value; elsewhere, or where /proc is missing or the
// change is not permitted, the worker runs at normal priority.
//
// V8's platform threads (GC and compilation for every isolate, the workers' included) were lowered
// too in a trial: the soak's health ratio came out no better (3.3-3.8 with, 2.3-3.0 without, two runs
// each on a quiet machine), and the event loop's own GC leans on them, so they keep normal priority.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Nice value of a pool worker: the event loop wins any core it wants, the workers share the rest. */
export const BACKGROUND_NICE = 10;

/** Lowers the calling thread (a pool worker) to background priority; false where that is not possible. */
export function lowerThisThread(): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, BACKGROUND_NICE);
    return true;
  } catch {
    return false; // not Linux, no /proc, or not permitted
  }
}
