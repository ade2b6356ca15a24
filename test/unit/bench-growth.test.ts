import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ANALYSES } from '../../src/analyses/registry';
import { benchGrowth, growthOverProcesses } from '../../src/cli/bench-growth';
import { generatedOfSize } from '../../src/cli/bench-scale';
import { writeDataset } from '../../src/synthetic/write';

describe('growth over processes', () => {
  it('takes each step’s growth per process, then the median and range over the processes', () => {
    // 10x the nodes; the three processes saw the step grow 8x, 20x and 12x.
    const sample = (ms2: number) => ({ nodes: [1000, 10_000], ms: { loadMs: [1, ms2] } });
    const out = growthOverProcesses(['a', 'b'], [sample(8), sample(20), sample(12)]);
    expect(out).toEqual({ 'a→b': { loadMs: { median: 12, min: 8, max: 20, perProcess: [8, 20, 12] } } });
  });

  it('scales a growth to per 10x nodes when a step is not 10x', () => {
    // 100x the nodes and 100x the time: 10x per 10x.
    const out = growthOverProcesses(['a', 'b'], [{ nodes: [100, 10_000], ms: { deviations: [2, 200] } }]);
    expect(out['a→b']!.deviations!.median).toBe(10);
  });
});

describe('bench growth module', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'cio-graph-growth-test-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('measures loads, bare passes and every analysis in each child and reports every step', async () => {
    const datasets = [300, 3000].map((size) => ({
      name: `generated-${size}`,
      dir: writeDataset(generatedOfSize(size, `t-${size}`).files, join(scratch, `d${size}`), 'json'),
    }));
    const lines: string[] = [];
    const report = await benchGrowth(datasets, (line) => lines.push(line), { processes: 2, coldRuns: 3 });
    expect(report.processes).toBe(2);
    expect(report.samples).toHaveLength(2);
    expect(report.nodes[1]! / report.nodes[0]!).toBeGreaterThan(5);
    const step = report.growthPer10x['generated-300→generated-3000']!;
    expect(Object.keys(step).sort()).toEqual(
      ['loadMs', 'loadJsonDirMs', 'baselineMs', 'nodePassMs', ...ANALYSES.map((a) => a.id)].sort(),
    );
    for (const figure of Object.values(step)) {
      expect(figure.perProcess).toHaveLength(2);
      expect(figure.min).toBeGreaterThan(0);
      expect(figure.min).toBeLessThanOrEqual(figure.median);
      expect(figure.median).toBeLessThanOrEqual(figure.max);
    }
    expect(lines.filter((l) => l.startsWith('growth: process '))).toHaveLength(2);
    expect(lines.some((l) => l.startsWith('growth generated-300→generated-3000: loadMs '))).toBe(true);
  }, 120_000);
});
