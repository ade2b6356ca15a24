// `npm run fuzz`: the fuzz tests with FUZZ_RUNS mutated inputs per format (10 000 by default), without
// the Neo4j of the main suite (nothing here touches it) and without a per-test time limit.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/fuzz/**/*.test.ts'],
    testTimeout: 0,
    pool: 'forks',
    env: {
      FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000',
      FUZZ_REPORT: process.env.FUZZ_REPORT ?? 'test-output/fuzz-report.json',
    },
  },
});
