import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/neo4j.global.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Two files at a time on two cores (vitest's default is cores - 1, one here): most of the suite's
    // time is spent waiting on Neo4j (Java) and Chromium, in processes of their own, so a Neo4j file
    // and a viewer file overlap well. Sequential, the suite took 13.7 min of the 15 allowed.
    maxWorkers: 2,
  },
});
