import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ANALYSES } from '../../src/analyses/registry';
import {
  benchGrowth,
  growthOverProcesses,
  loadCurveDatasets,
  loadCurveOverProcesses,
} from '../../src/cli/bench-growth';
import { generatedOfSize } from '../../src/cli/bench-scale';
import { writeDataset } from '../../src/synthetic/write';

const noCurve = { nodes: [], loadMs: [], loadJsonDirMs: [] };

describe('growth over processes', () => {
  it('takes each step’s growth per process, then the median and range over the processes', () => {
    // 10x the nodes; the three processes saw the step grow 8x, 20x and 12x.
    const sample = (ms2: number) => ({ nodes: [1000, 10_000], ms: { loadMs: [1, ms2] }, curve: noCurve });
    const out = growthOverProcesses(['a', 'b'], [sample(8), sample(20), sample(12)]);
    expect(out).toEqual({ 'a→b': { loadMs: { median: 12, min: 8, max: 20, perProcess: [8, 20, 12] } } });
  });

  it('scales a growth to per 10x nodes when a step is not 10x', () => {
    // 100x the nodes and 100x the time: 10x per 10x.
    const out = growthOverProcesses(
      ['a', 'b'],
      [{ nodes: [100, 10_000], ms: { deviations: [2, 200] }, curve: noCurve }],
    );
    expect(out['a→b']!.deviations!.median).toBe(10);
  });
});

describe('load curve', () => {
  it('gives each size’s cost per node in microseconds, as the median and range over the processes', () => {
    const sample = (ms: number[]) => ({
      nodes: [],
      ms: {},
      curve: { nodes: [1000, 4000], loadMs: ms, loadJsonDirMs: ms.map((x) => 2 * x) },
    });
    const curve = loadCurveOverProcesses(['a', 'b'], [sample([5, 40]), sample([6, 48]), sample([9, 44])]);
    expect(curve.nodes).toEqual([1000, 4000]);
    expect(curve.loadUsPerNode).toEqual([
      { median: 6, min: 5, max: 9, perProcess: [5, 6, 9] },
      { median: 11, min: 10, max: 12, perProcess: [10, 12, 11] },
    ]);
    expect(curve.loadJsonDirUsPerNode.map((f) => f.median)).toEqual([12, 22]);
  });
});

describe('bench growth module', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'cio-graph-growth-test-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('adds the curve’s sizes strictly between the bench’s own, smallest first', () => {
    const own = [3000, 300].map((size) => ({ name: `generated-${size}`, size, dir: `/own/${size}` }));
    const curve = loadCurveDatasets(own, scratch, [100, 300, 1000, 5000]);
    expect(curve.map((d) => d.name)).toEqual(['generated-300', 'generated-1000', 'generated-3000']);
    expect(curve[1]!.dir).toBe(join(scratch, 'curve-1000'));
  });

  it('measures loads, bare passes and every analysis in each child and reports every step', async () => {
    const datasets = [300, 3000].map((size) => ({
      name: `generated-${size}`,
      dir: writeDataset(generatedOfSize(size, `t-${size}`).files, join(scratch, `d${size}`), 'json'),
    }));
    const lines: string[] = [];
    const between = writeDataset(generatedOfSize(1000, 't-1000').files, join(scratch, 'd1000'), 'json');
    const curve = [datasets[0]!, { name: 'generated-1000', dir: between }, datasets[1]!];
    const report = await benchGrowth(datasets, (line) => lines.push(line), {
      processes: 2,
      coldRuns: 3,
      curve,
    });
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
    // The curve: each process loaded the three directories, smallest first.
    expect(report.loadCurve.datasets).toEqual(['generated-300', 'generated-1000', 'generated-3000']);
    expect(report.loadCurve.nodes[0]).toBe(report.nodes[0]);
    expect(report.loadCurve.nodes[2]).toBe(report.nodes[1]);
    for (const figures of [report.loadCurve.loadUsPerNode, report.loadCurve.loadJsonDirUsPerNode]) {
      expect(figures).toHaveLength(3);
      for (const f of figures) expect(f.perProcess.every((us) => us > 0)).toBe(true);
    }
    expect(lines.some((l) => l.startsWith('load curve, µs per node at '))).toBe(true);
  }, 120_000);
});
