// Fuzzing scenarios, through the library and POST /api/scenarios: abusive operation lists, wrong types,
// counts past the limit, prototype names as ids and fact names, unknown ids, self-merges and reporting
// cycles. Asserted: no uncaught exception and no 5xx, every refusal located (operation index and
// field), the library and the API agree, the base graph unchanged. `npm test` runs a fixed seed and a
// small count; `npm run fuzz` runs FUZZ_RUNS (10 000), the API on every FUZZ_SCENARIO_API_EVERY-th.
import { mkdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../../src/model/load';
import { createApp } from '../../src/server/app';
import { GraphService } from '../../src/server/service';
import { MemoryStore } from '../../src/store/memory';
import { realGraph } from '../helpers/real';
import { idsOf, scenarioInput } from './scenario-arb';
import { fingerprint, fuzzScenarioOnce, newScenarioStats } from './scenario-harness';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20241124);
/** Every run through the library; every n-th also through HTTP (running every analysis twice per accepted one). */
const API_EVERY = Number(process.env.FUZZ_SCENARIO_API_EVERY ?? (process.env.FUZZ_RUNS ? 10 : 1));

describe('scenario fuzzing', () => {
  const base = realGraph();
  const before = fingerprint(base);
  let service: GraphService;
  let app: ReturnType<typeof createApp>;
  const stats = newScenarioStats();

  beforeAll(async () => {
    const store = new MemoryStore();
    await store.load(validateDataDirs([DEFAULT_DATA_DIR]).dataset!);
    service = new GraphService(store);
    // No rate limit: the fuzzer is one client sending many requests.
    app = createApp({
      service,
      version: 'fuzz',
      dataset: { backend: 'memory', name: 'default', nodes: 0, edges: 0 },
      rateLimitPerMinute: 0,
      computeRateLimitPerMinute: 0,
    });
  });
  afterAll(() => {
    if (process.env.FUZZ_REPORT) {
      mkdirSync('test-output', { recursive: true });
      writeFileSync(
        process.env.FUZZ_REPORT.replace(/(\.json)?$/, '-scenarios.json'),
        `${JSON.stringify({ seed: SEED, runs: RUNS, apiEvery: API_EVERY, stats }, null, 2)}\n`,
      );
    }
  });

  it('refuses every bad scenario with a located error and changes nothing', async () => {
    const serverBefore = fingerprint(await service.base());
    let n = 0;
    await fc.assert(
      fc.asyncProperty(scenarioInput(idsOf(base)), async (input) => {
        await fuzzScenarioOnce(stats, base, before, n++ % API_EVERY === 0 ? app : undefined, input);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    const { uncaught, unlocated, apiDefects, ...counts } = stats;
    const some = (label: string, xs: string[]) =>
      xs.length ? `\n  ${label}: ${xs.slice(0, 5).join('\n  ')}` : '';
    console.log(
      `fuzz scenarios: ${JSON.stringify(counts)}${some('uncaught', uncaught)}${some('unlocated', unlocated)}${some('api', apiDefects)}`,
    );
    expect(stats.uncaught).toEqual([]);
    expect(stats.unlocated).toEqual([]);
    expect(stats.apiDefects).toEqual([]);
    expect(stats.changed).toBe(0);
    expect(stats.hangs).toBe(0);
    expect(fingerprint(await service.base())).toBe(serverBefore);
    const refused = stats.refusedBySchema + stats.refusedByGraph;
    expect(stats.located).toBe(refused);
    // The fuzzing must reach both kinds of refusal and the accepted path, or it tests nothing.
    expect(stats.refusedBySchema).toBeGreaterThan(0);
    expect(stats.refusedByGraph).toBeGreaterThan(0);
    expect(stats.accepted).toBeGreaterThan(0);
  });
});
