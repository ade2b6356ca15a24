import { describe, expect, it } from 'vitest';
import { SCALE_ANALYSES, benchScale } from '../../src/cli/bench-scale';

describe('bench scale module', () => {
  it('measures every scale analysis at each size in a child process and returns its rows', async () => {
    const lines: string[] = [];
    const rows = await benchScale((line) => lines.push(line), [300, 3000]);
    expect(rows.map((r) => r.analysis)).toEqual(SCALE_ANALYSES);
    for (const row of rows) {
      expect(row.nodes).toHaveLength(2);
      expect(row.nodes[1]! / row.nodes[0]!).toBeGreaterThan(5);
      expect(row.coldMedianMs.every((ms) => ms > 0)).toBe(true);
      expect(row.graphAccesses[1]!).toBeGreaterThan(row.graphAccesses[0]!);
      // Counted work is linear in the generated graphs: near 10x per 10x nodes.
      expect(row.accessGrowthPer10x).toBeGreaterThan(8);
      expect(row.accessGrowthPer10x).toBeLessThan(12);
    }
    expect(lines.some((l) => l.startsWith('scale: ') && l.includes('nodes built'))).toBe(true);
    expect(lines.filter((l) => l.startsWith('scale deviations:'))).toHaveLength(1);
  }, 120_000);
});
