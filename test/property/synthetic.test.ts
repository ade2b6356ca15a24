// Generated datasets: every planted deviation, overlap, fragmentation and contradiction is found, and
// nothing else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contradictions } from '../../src/analyses/contradictions';
import { deviations } from '../../src/analyses/deviations';
import { fragmentation } from '../../src/analyses/fragmentation';
import { overlap } from '../../src/analyses/overlap';
import { generateDataset } from '../../src/synthetic/generate';
import { validateDataFiles } from '../../src/model/validate';
import { graphOfFiles } from '../helpers/build';

describe('synthetic datasets', () => {
  it('validate and the analyses find exactly what was planted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }),
        fc.string({ minLength: 1, maxLength: 8 }),
        (ministries, seed) => {
          const dataset = generateDataset({ ministries, seed });
          const graph = graphOfFiles(dataset.files);
          const p = dataset.planted;
          const foundDeviations = deviations(graph)
            .filter((f) => f.status !== 'compliant')
            .map((f) => `${f.article}:${f.subject}:${f.status}`)
            .sort();
          expect(foundDeviations).toEqual(
            p.deviations.map((d) => `${d.article}:${d.subject}:${d.status}`).sort(),
          );
          const pairs = overlap(graph).pairs;
          expect(pairs.map((x) => `${x.a}|${x.b}|${x.reported}`).sort()).toEqual(
            p.overlapPairs.map((x) => `${x.a}|${x.b}|${x.reported}`).sort(),
          );
          expect(
            fragmentation(graph)
              .filter((r) => r.index > 0)
              .map((r) => r.ministry)
              .sort(),
          ).toEqual([...p.fragmented].sort());
          expect(
            contradictions(graph, { snapshots: ['2024'] })
              .map((c) => `${c.subject}.${c.property}`)
              .sort(),
          ).toEqual(p.contradictions.map((c) => `${c.subject}.${c.property}`).sort());
        },
      ),
      { numRuns: 25, seed: 424242 },
    );
  });

  it('is deterministic per seed and counts what it generates', () => {
    const a = generateDataset({ ministries: 5, seed: 'x' });
    expect(generateDataset({ ministries: 5, seed: 'x' })).toEqual(a);
    const result = validateDataFiles(a.files);
    expect(result.dataset?.nodes.length).toBe(a.nodeCount);
    expect(result.dataset?.edges.length).toBe(a.edgeCount);
  });
});
