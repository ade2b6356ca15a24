// The piscina worker: runs one task by kind. Typed errors come back as data (see errors.ts); any other
// exception is thrown, so the caller sees a failure, never a half result.
import { CioGraphError } from '../../model/errors';
import { sendError } from './errors';
import type { SentError } from './errors';
import { lowerThisThread } from './priority';
import { TASKS } from './tasks';
import type { TaskKind } from './tasks';

// Background priority (see priority.ts): a worker evaluating a scenario at full speed yields the core
// to the thread answering /api/health whenever both want it.
lowerThisThread();

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
