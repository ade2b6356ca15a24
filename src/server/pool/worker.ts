// The piscina worker: runs one task by kind. Typed errors come back as data (see errors.ts); any other
// exception is thrown, so the caller sees a failure, never a half result.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { CioGraphError } from '../../model/errors';
import { sendError } from './errors';
import type { SentError } from './errors';
import { TASKS } from './tasks';
import type { TaskKind } from './tasks';

// This thread runs at a lower CPU priority than the event loop. On Linux a thread is a task with its
// own id (/proc/thread-self names it) and its own nice value, so a worker evaluating a scenario at full
// speed yields the core to the thread answering /api/health whenever both want it. Elsewhere (or if
// not permitted) the worker runs at normal priority.
try {
  const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
} catch {
  // not Linux, or no /proc: normal priority
}

export type WorkerReply = { ok: true; value: unknown } | { ok: false; error: SentError };

export default async function run({
  kind,
  payload,
}: {
  kind: TaskKind;
  payload: never;
}): Promise<WorkerReply> {
  if (!Object.hasOwn(TASKS, kind)) throw new Error(`cio-graph/pool: unknown task kind '${String(kind)}'`);
  try {
    // Awaited: a task may be async (a report's figures), and a promise cannot cross the thread.
    return { ok: true, value: await TASKS[kind](payload) };
  } catch (error) {
    if (error instanceof CioGraphError) return { ok: false, error: sendError(error) };
    throw error;
  }
}
