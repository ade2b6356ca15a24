// Fuzzing every import format with mutated exports: no uncaught exception, every refusal located
// (file, record and, where there is one, field), nothing written on failure, no hang. `npm test` runs
// a fixed seed and a small count; `npm run fuzz` runs FUZZ_RUNS (10 000) per format and reports.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { IMPORT_FORMATS } from '../../src/interchange/import';
import { realGraph } from '../helpers/real';
import { fuzzOnce, fuzzRoot, newStats, seedFiles, seedGraph } from './harness';
import type { FuzzStats } from './harness';
import { mutations } from './mutate';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20241124);
const report: FuzzStats[] = [];

describe('import fuzzing', () => {
  const root = fuzzRoot();
  const seed = seedGraph(realGraph());
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    if (process.env.FUZZ_REPORT) {
      mkdirSync('test-output', { recursive: true });
      writeFileSync(
        process.env.FUZZ_REPORT,
        `${JSON.stringify({ seed: SEED, runs: RUNS, formats: report }, null, 2)}\n`,
      );
    }
  });

  // FUZZ_FORMATS=json,csv runs some formats only (to split a long run over processes).
  const formats = IMPORT_FORMATS.filter(
    (f) => !process.env.FUZZ_FORMATS || process.env.FUZZ_FORMATS.split(',').includes(f),
  );
  it.each(formats)('%s', (format) => {
    const stats = newStats(format);
    const files = seedFiles(seed, format);
    fc.assert(
      fc.property(mutations(format), fc.nat(), (ms, target) => {
        fuzzOnce(stats, files, ms, target, root);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    report.push(stats);
    const { uncaught, unlocated, ...counts } = stats;
    console.log(
      `fuzz ${format}: ${JSON.stringify(counts)}${uncaught.length ? `\n  uncaught: ${uncaught.slice(0, 5).join('\n  ')}` : ''}${unlocated.length ? `\n  unlocated: ${unlocated.slice(0, 5).join('\n  ')}` : ''}`,
    );
    expect(stats.uncaught).toEqual([]);
    expect(stats.unlocated).toEqual([]);
    expect(stats.partialWrites).toBe(0);
    expect(stats.hangs).toBe(0);
    expect(stats.located).toBe(stats.rejected);
    // Most mutations must be refused, or the fuzzing does not reach the checks.
    expect(stats.rejected).toBeGreaterThan(stats.runs / 4);
  });
});
