// Importers under arbitrary text: CSV cells with quotes, commas and newlines survive the round trip,
// and names, notes and excerpts with any characters survive every export format.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/interchange/csv';
import { exportGraph } from '../../src/interchange/export';
import { prepareImport } from '../../src/interchange/import';
import { buildGraph } from '../../src/model/load';
import { graphOf, n, e } from '../helpers/build';

const text = fc.string({ unit: 'grapheme', maxLength: 30 });

describe('CSV', () => {
  it('round-trips any cell text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, text), { maxLength: 8 }), (rows) => {
        const columns = ['a', 'b', 'c'];
        const csv = toCsv(
          columns,
          rows.map(([a, b, c]) => ({ a, b, c })),
        );
        const parsed = parseCsv(csv).rows.map((r) => [r.values.a, r.values.b, r.values.c]);
        // A row of three empty cells is a line of two commas, which is kept.
        expect(parsed).toEqual(rows);
      }),
      { numRuns: 200 },
    );
  });
});

describe('every export format carries arbitrary names and notes back', () => {
  // Arbitrary text, plus the characters XML parsers may normalise (tabs, line breaks, NEL, LS, PS).
  const nonEmpty = fc.oneof(
    fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 24 })
      .filter((s) => s.trim().length > 0 && s.trim() === s),
    fc.constantFrom(
      'a\tb',
      'a\nb',
      'a\r\nb',
      'a\u0085b',
      'a\u2028b',
      'a\u2029b',
      'a\uFFFDb',
      'x  y',
      'é & <b> "q"',
      "it's",
    ),
  );
  it.each(['json', 'gexf', 'graphml', 'csv'] as const)('%s', (format) => {
    fc.assert(
      fc.property(nonEmpty, nonEmpty, nonEmpty, (name, note, locator) => {
        const graph = graphOf(
          [
            n('AZ', 'ministry', { name }),
            n('AZ/CIO', 'role', { type: 'departmental_cio', name: `${name} CIO`, sources: [{ locator }] }),
            n('AZ/SG', 'role', { type: 'SG' }),
          ],
          [e('reports_to', 'AZ/CIO', 'AZ/SG', { note })],
        );
        const dir = mkdtempSync(join(tmpdir(), 'cio-graph-prop-'));
        const files = exportGraph(graph, format);
        for (const f of files) writeFileSync(join(dir, f.name), f.content);
        const { dataset } = prepareImport(format === 'csv' ? dir : join(dir, files[0]!.name), format);
        expect(buildGraph(dataset).export()).toEqual(graph.export());
      }),
      { numRuns: 25 },
    );
  });
});
