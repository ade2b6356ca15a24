// The worker pool: the same results as on this thread, typed errors across the thread boundary, a
// time budget that stops a task (and the pool goes on), and a full queue refused at once.
import { afterAll, describe, expect, it } from 'vitest';
import { ScenarioError } from '../../src/scenarios/apply';
import { runScenario } from '../../src/scenarios/diff';
import { parseScenario } from '../../src/scenarios/load';
import { YOUNG_GENERATION_MB } from '../../src/server/heap';
import { PoolBusyError, TaskTimeoutError } from '../../src/server/pool/errors';
import { InlineRunner, TaskPool } from '../../src/server/pool/pool';
import { jsonBody } from '../../src/server/pool/tasks';
import { realGraph } from '../helpers/real';

const base = () => ({ key: 'k', json: JSON.stringify(realGraph().export()) });

describe('TaskPool', () => {
  const pool = new TaskPool({ threads: 1, maxQueue: 1, timeoutMs: 60_000 });
  afterAll(() => pool.close());

  it('runs a scenario in a worker with the result of this thread', async () => {
    const scenario = parseScenario({
      name: 'w',
      operations: [{ op: 'set-reports-to', role: 'BZ/CIO', to: 'BZ/SG' }],
    });
    const inWorker = await pool.runTask('scenario-run', { base: base(), text: JSON.stringify(scenario) });
    const { graph, ...result } = runScenario(realGraph(), scenario, 'scenario "w"');
    expect(inWorker).toEqual(jsonBody({ ...result, graph: graph.export() }));
    expect(
      await new InlineRunner().runTask('scenario-run', { base: base(), text: JSON.stringify(scenario) }),
    ).toEqual(inWorker);
  });

  it('rebuilds a ScenarioError with its located issue', async () => {
    const scenario = parseScenario({ name: 'w', operations: [{ op: 'remove-node', id: 'nope' }] });
    const error = await pool
      .runTask('scenario-run', { base: base(), text: JSON.stringify(scenario) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).issue).toMatchObject({
      record: 'operations[0] (remove-node)',
      field: 'id',
    });
  });

  it('stops a task past its budget, and the next task runs on a fresh worker', async () => {
    const error = await pool.runTask('spin', { ms: 20_000 }, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskTimeoutError);
    expect(await pool.runTask('spin', { ms: 1 })).toBeGreaterThan(0);
  });

  it("starts its workers with the CLI's young generation (src/server/heap.ts)", async () => {
    expect(await pool.runTask('limits', {})).toMatchObject({ maxYoungGenerationSizeMb: YOUNG_GENERATION_MB });
  });

  it('refuses a task at once when the worker is busy and the queue is full', async () => {
    const running = pool.runTask('spin', { ms: 1500 });
    const queued = pool.runTask('spin', { ms: 1 });
    await new Promise((r) => setTimeout(r, 50));
    const refused = await pool.runTask('spin', { ms: 1 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PoolBusyError);
    expect((refused as PoolBusyError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    await Promise.all([running, queued]);
  });
});
