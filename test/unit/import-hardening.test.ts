// Regression tests for the import defects of issue 11: wrong-typed JSON attributes, invalid UTF-8,
// BOMs, DOCTYPEs and xmldom errors, unlocated XML errors, CSV duplicates naming a file that does not
// exist, and output paths that crash or hang. Every refusal is a located issue and writes nothing.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/interchange/export';
import type { ExportFormat } from '../../src/interchange/export';
import { importNetwork, prepareImport } from '../../src/interchange/import';
import type { ImportFormat } from '../../src/interchange/import';
import { DatasetValidationError, InvalidArgumentError } from '../../src/model/errors';
import type { ValidationIssue } from '../../src/model/errors';
import { e, graphOf, n } from '../helpers/build';

const temp = () => mkdtempSync(join(tmpdir(), 'cio-graph-harden-'));

const small = () =>
  graphOf(
    [
      n('AZ', 'ministry'),
      n('AZ/SG', 'role', { type: 'SG' }),
      n('AZ/CIO', 'role', { type: 'departmental_cio', facts: { fulltime: { value: true, sources: ['t'] } } }),
    ],
    [e('reports_to', 'AZ/CIO', 'AZ/SG')],
  );

/** The export of the small graph in a format, as text (CSV: the nodes table). */
const exported = (format: ExportFormat, name?: string) =>
  exportGraph(small(), format).find((f) => !name || f.name === name)!.content;

/** Writes an input and returns its path (CSV: the folder, with the other two tables intact). */
function input(format: ImportFormat, content: string | Buffer, csvTable = 'nodes.csv'): string {
  const dir = temp();
  if (format === 'csv') {
    for (const f of exportGraph(small(), 'csv')) writeFileSync(join(dir, f.name), f.content);
    writeFileSync(join(dir, csvTable), content);
    return dir;
  }
  const file = join(dir, `in.${format}`);
  writeFileSync(file, content);
  return file;
}

/** The issues of a refused import; fails when the import is accepted or throws anything else. */
function refused(path: string, format: ImportFormat): ValidationIssue[] {
  const out = join(temp(), 'out');
  try {
    importNetwork(path, format, out);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect(existsSync(out)).toBe(false);
    return (error as DatasetValidationError).issues;
  }
  throw new Error('the import was accepted');
}

describe('JSON with wrong-typed attributes: located issues, never a TypeError', () => {
  type Rec = Record<string, unknown>;
  type GraphJson = { attributes: Rec; nodes: (Rec | string)[]; edges: Rec[] };
  /** The attributes of the i-th node or edge, to change in place. */
  const at = (g: GraphJson, list: 'nodes' | 'edges', i: number) => (g[list][i] as Rec).attributes as Rec;
  const mutate = (change: (g: GraphJson) => void) => {
    const g = JSON.parse(exported('json')) as GraphJson;
    change(g);
    return input('json', JSON.stringify(g));
  };
  it.each([
    [
      'sources a string',
      (g: GraphJson) => (at(g, 'nodes', 0).sources = 'Tabel 1'),
      'node AZ',
      'attributes.sources',
    ],
    [
      'attributes missing',
      (g: GraphJson) => delete (g.nodes[1] as Rec).attributes,
      'node AZ/SG',
      'attributes',
    ],
    [
      'facts not an object',
      (g: GraphJson) => (at(g, 'nodes', 2).facts = 3),
      'node AZ/CIO',
      'attributes.facts',
    ],
    [
      'validIn not a list',
      (g: GraphJson) => (at(g, 'edges', 0).validIn = '2024'),
      'edge AZ/CIO->AZ/SG:reports_to',
      'attributes.validIn',
    ],
    [
      'documents not a list',
      (g: GraphJson) => (g.attributes.documents = 'x'),
      'graph',
      'attributes.documents',
    ],
    ['a node not an object', (g: GraphJson) => (g.nodes[0] = 'AZ'), 'nodes[0]', '-'],
    [
      'a fact named constructor',
      (g: GraphJson) => (at(g, 'nodes', 2).facts = { constructor: [] }),
      'node AZ/CIO',
      'attributes.facts.constructor',
    ],
  ])('%s', (_name, change, record, field) => {
    const issues = refused(mutate(change), 'json');
    expect(issues[0]).toMatchObject({ file: 'in.json', record, field });
  });
});

describe('encoding: strict UTF-8 with the byte offset, and one BOM rule for every format', () => {
  it.each(['json', 'gexf', 'graphml', 'csv'] as const)(
    '%s: an invalid byte is refused at its offset',
    (format) => {
      const text = Buffer.from(format === 'csv' ? exported('csv', 'nodes.csv') : exported(format));
      const at = text.indexOf('AZ/SG');
      const bad = Buffer.concat([text.subarray(0, at), Buffer.from([0xc3, 0x28]), text.subarray(at)]);
      const issues = refused(input(format, bad), format);
      expect(issues).toHaveLength(1);
      expect(issues[0]!.record).toBe(`byte ${at}`);
    },
  );

  it.each(['json', 'gexf', 'graphml', 'csv'] as const)('%s: a UTF-8 BOM is accepted', (format) => {
    const text = format === 'csv' ? exported('csv', 'nodes.csv') : exported(format);
    const path = input(format, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(prepareImport(path, format).counts.nodes).toBe(3);
  });
});

describe('XML: no DOCTYPE, and the parser’s errors are import errors', () => {
  // Found by the interchange property test at 1 500 runs: xmldom warns on any U+FFFD, and every
  // warning was an import error, so a name holding the character (valid UTF-8) could not come back.
  it.each(['gexf', 'graphml'] as const)(
    '%s: a name with U+FFFD round-trips (bad bytes are refused earlier)',
    (format) => {
      const graph = graphOf([n('AZ', 'ministry', { name: 'Algemene \uFFFD Zaken' })], []);
      const file = input(format, exportGraph(graph, format)[0]!.content);
      const { dataset } = prepareImport(file, format);
      expect(dataset.nodes.find((node) => node.id === 'AZ')).toMatchObject({ name: 'Algemene \uFFFD Zaken' });
    },
  );

  it.each(['gexf', 'graphml'] as const)('%s with a DOCTYPE is refused at its line', (format) => {
    const text = exported(format).replace(
      '?>\n',
      '?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n',
    );
    const issues = refused(input(format, text), format);
    expect(issues[0]).toMatchObject({ file: `in.${format}`, record: 'line 2' });
  });

  it.each(['gexf', 'graphml'] as const)(
    '%s with an undefined entity is refused, not imported as a name',
    (format) => {
      const text = exported(format).replace(/Secretaris|AZ\/SG<\/data>|"AZ\/SG"/, (m) =>
        m.replace('AZ/SG', '&xxe;'),
      );
      const issues = refused(input(format, text), format);
      expect(issues[0]!.record).toMatch(/^line \d+/);
    },
  );

  it.each(['gexf', 'graphml'] as const)('%s: malformed XML is located by line', (format) => {
    const text = exported(format)
      .replace('</nodes>', '')
      .replace(/<\/graph>/, '</grap>');
    const issues = refused(input(format, text), format);
    expect(issues.every((i) => /^line \d+/.test(i.record))).toBe(true);
  });

  it.each(['gexf', 'graphml'] as const)('%s: a duplicate node is located at its record', (format) => {
    const text = exported(format).replace('<node id="AZ/SG"', '<node id="AZ"');
    const issues = refused(input(format, text), format);
    expect(issues).toEqual([expect.objectContaining({ record: 'node AZ', field: 'id' })]);
  });

  it.each(['gexf', 'graphml'] as const)('%s: a dangling edge is located at its record', (format) => {
    const text = exported(format).replace('target="AZ/SG"', 'target="nobody"');
    const issues = refused(input(format, text), format);
    expect(issues).toEqual([
      expect.objectContaining({ record: 'edge AZ/CIO->AZ/SG:reports_to', field: 'to' }),
    ]);
  });
});

describe('CSV duplicates name the rows of the input', () => {
  it('the second row with an id names the first, not a file the import never wrote', () => {
    const nodes = exported('csv', 'nodes.csv');
    const [header, first] = nodes.split('\r\n');
    const issues = refused(input('csv', `${nodes}${first}\r\n`), 'csv');
    expect(header).toContain('id');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'nodes.csv', record: 'line 5 (AZ)', field: 'id' });
    expect(issues.some((i) => i.message.includes('<import>'))).toBe(false);
  });

  it('an unknown column is named as the field', () => {
    const nodes = exported('csv', 'nodes.csv').replace(/^id,/, 'id2,');
    const issues = refused(input('csv', nodes), 'csv');
    expect(issues[0]).toMatchObject({ file: 'nodes.csv', record: 'line 2', field: 'id2' });
  });
});

describe('output paths are checked before any work', () => {
  it('an existing file as --out is refused, not ENOTDIR', () => {
    const file = join(temp(), 'a-file');
    writeFileSync(file, 'keep');
    expect(() => importNetwork(input('json', exported('json')), 'json', file)).toThrow(InvalidArgumentError);
  });

  it('a folder under a file, or under /proc, is refused at once', () => {
    const file = join(temp(), 'a-file');
    writeFileSync(file, 'keep');
    expect(() => importNetwork(input('json', exported('json')), 'json', join(file, 'x'))).toThrow(
      InvalidArgumentError,
    );
    expect(() => importNetwork(input('json', exported('json')), 'json', '/proc/nope/x')).toThrow(
      InvalidArgumentError,
    );
  });

  it('a good import leaves no staging folder behind', () => {
    const parent = temp();
    importNetwork(input('json', exported('json')), 'json', join(parent, 'out'));
    expect(readdirSync(parent)).toEqual(['out']);
  });
});
