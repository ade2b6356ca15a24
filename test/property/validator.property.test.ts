// Property test: whatever malformed records the validator is fed, it never throws and every issue it
// returns is located (a file it was given, a record, a field).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataFiles } from '../../src/model/validate';
import type { DataFile } from '../../src/model/validate';
import { DOC_TEXT, SOURCES_FILE, minimalMinistry } from '../helpers/fixtures';

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const junk = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), scalar, { maxKeys: 3 }),
);

/** A record close to a valid one, with random fields replaced, removed or added. */
const mutatedRecord = fc
  .record({
    base: fc.constantFrom(...minimalMinistry.nodes, ...minimalMinistry.edges),
    replace: fc.dictionary(
      fc.constantFrom(
        'id',
        'kind',
        'type',
        'name',
        'sources',
        'facts',
        'from',
        'to',
        'vote',
        'validIn',
        'extra',
      ),
      junk,
      { maxKeys: 3 },
    ),
    drop: fc.subarray(['id', 'kind', 'name', 'sources', 'from', 'to']),
  })
  .map(({ base, replace, drop }) => {
    const record: Record<string, unknown> = { ...(base as Record<string, unknown>), ...replace };
    for (const key of drop) delete record[key];
    return record;
  });

const dataFile = fc.record({
  path: fc.constantFrom('data/a.yaml', 'data/ministries/b.yaml', 'data/c.json'),
  parsed: fc.oneof(
    fc.record(
      {
        nodes: fc.array(fc.oneof(mutatedRecord, junk), { maxLength: 5 }),
        edges: fc.array(fc.oneof(mutatedRecord, junk), { maxLength: 4 }),
      },
      { requiredKeys: [] },
    ),
    junk,
  ),
});

describe('validator (property)', () => {
  it('never throws and always returns located issues', () => {
    fc.assert(
      fc.property(
        fc.array(dataFile, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (generated, withSources) => {
          const inputs: DataFile[] = withSources ? [SOURCES_FILE, ...generated] : generated;
          const paths = new Set(inputs.map((f) => f.path).concat('sources.yaml'));
          const result = validateDataFiles(inputs, { documentTexts: new Map([['doc', DOC_TEXT]]) });
          for (const issue of result.issues) {
            expect(paths.has(issue.file)).toBe(true);
            expect(issue.record.length).toBeGreaterThan(0);
            expect(issue.field.length).toBeGreaterThan(0);
            expect(issue.message.length).toBeGreaterThan(0);
          }
          // Either issues or a dataset, never both, never neither.
          expect(result.issues.length > 0).toBe(result.dataset === undefined);
        },
      ),
      { numRuns: 400, seed: 20240924 },
    );
  });

  it('reports each mutated field of an otherwise valid record under that record', () => {
    fc.assert(
      fc.property(fc.constantFrom('kind', 'name', 'sources', 'type'), (field) => {
        const cio = { ...minimalMinistry.nodes[2], [field]: 42 };
        const result = validateDataFiles([SOURCES_FILE, { path: 'data/x.yaml', parsed: { nodes: [cio] } }]);
        expect(result.issues.some((i) => i.record === 'AZ/CIO' && i.field.startsWith(field))).toBe(true);
      }),
      { numRuns: 20, seed: 7 },
    );
  });
});
