// A small worker_threads pool (piscina) for heavy, CPU-bound work of a request: scenario evaluation
// and exports today, reports and advice tomorrow. Each task has a time budget from the moment it is
// submitted (waiting included); past it the task is aborted and its worker replaced. When every worker
// is busy and the queue is full the caller gets PoolBusyError at once (503 with Retry-After), so the
// event loop, and with it /api/health and the cached reads, never waits for a scenario.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { rebuildError, PoolBusyError, TaskTimeoutError } from './errors';
import { YOUNG_GENERATION_MB } from '../heap';
import type { TaskKind, TaskPayload, TaskResult } from './tasks';
import type { WorkerReply } from './worker';

export interface TaskPoolOptions {
  /** Worker threads; default: one fewer than the cores, at least one, at most four. */
  threads?: number;
  /** Tasks that may wait for a worker; more are refused with PoolBusyError. */
  maxQueue?: number;
  /** Default time budget of a task in milliseconds. */
  timeoutMs?: number;
}

export interface TaskRunner {
  runTask<K extends TaskKind>(
    kind: K,
    payload: TaskPayload<K>,
    options?: { timeoutMs?: number },
  ): Promise<TaskResult<K>>;
  close(): Promise<void>;
}

export const DEFAULT_TASK_TIMEOUT_MS = 10_000;

/** Runs tasks on this thread: the CLI and unit tests, where nothing else waits on the event loop. */
export class InlineRunner implements TaskRunner {
  async runTask<K extends TaskKind>(kind: K, payload: TaskPayload<K>): Promise<TaskResult<K>> {
    const { TASKS } = await import('./tasks');
    return (TASKS[kind] as (p: TaskPayload<K>) => TaskResult<K>)(payload);
  }
  async close(): Promise<void> {}
}

export class TaskPool implements TaskRunner {
  private readonly pool: Piscina;
  readonly threads: number;
  readonly maxQueue: number;
  readonly timeoutMs: number;
  private closing = false;

  constructor(options: TaskPoolOptions = {}) {
    this.threads = options.threads ?? Math.max(1, Math.min(4, availableParallelism() - 1));
    this.maxQueue = options.maxQueue ?? this.threads * 4;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
    this.pool = new Piscina({
      filename: new URL('./worker.ts', import.meta.url).href,
      // The worker is TypeScript like the rest: tsx compiles it, as bin/cio-graph.mjs does for the CLI.
      execArgv: ['--import', 'tsx'],
      // Workers run the analyses: the young generation of the CLI's processes (src/server/heap.ts).
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      minThreads: this.threads,
      maxThreads: this.threads,
      maxQueue: this.maxQueue,
      idleTimeout: 60_000,
    });
  }

  /** Starts the workers and waits until each has loaded the task code, so the first request is not slow. */
  async warm(): Promise<void> {
    await Promise.all(Array.from({ length: this.threads }, () => this.runTask('spin', { ms: 0 })));
  }

  async runTask<K extends TaskKind>(
    kind: K,
    payload: TaskPayload<K>,
    options: { timeoutMs?: number } = {},
  ): Promise<TaskResult<K>> {
    // Refused here rather than by piscina, so the refusal is typed and costs nothing.
    if (this.closing || this.pool.queueSize >= this.maxQueue)
      throw new PoolBusyError(this.retryAfterSeconds());
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    let reply: WorkerReply;
    try {
      reply = (await this.pool.run(
        { kind, payload },
        { signal: AbortSignal.timeout(timeoutMs) },
      )) as WorkerReply;
    } catch (error) {
      // Shutting down: tasks still running are cut off; the client gets a 503, not a logged 500.
      if (this.closing) throw new PoolBusyError(this.retryAfterSeconds());
      const name = (error as Error | undefined)?.name;
      if (name === 'AbortError') throw new TaskTimeoutError(kind, timeoutMs);
      if ((error as Error | undefined)?.message === 'Task queue is at limit')
        throw new PoolBusyError(this.retryAfterSeconds());
      throw error;
    }
    if (!reply.ok) throw rebuildError(reply.error);
    return reply.value as TaskResult<K>;
  }

  /** Seconds until a slot is likely free: one budget per queued round, at least one second. */
  private retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.timeoutMs / 1000));
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.pool.destroy();
  }
}
