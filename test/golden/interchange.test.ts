// Export → import round trips on the real dataset for every format that carries the graph, GEXF and
// GraphML read back by the graphology parsers, and imports that fail with located errors and write
// nothing.
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/interchange/export';
import type { ExportFormat } from '../../src/interchange/export';
import { importNetwork } from '../../src/interchange/import';
import type { ImportFormat } from '../../src/interchange/import';
import { DatasetValidationError, InvalidArgumentError } from '../../src/model/errors';
import { DEFAULT_DATA_DIR, loadDataset } from '../../src/model/load';
import { realGraph } from '../helpers/real';

const temp = () => mkdtempSync(join(tmpdir(), 'cio-graph-io-'));

function exportTo(format: ExportFormat): string {
  const dir = temp();
  for (const f of exportGraph(realGraph(), format)) writeFileSync(join(dir, f.name), f.content);
  return format === 'csv' ? dir : join(dir, exportGraph(realGraph(), format)[0]!.name);
}

describe('export → import gives the same graph', () => {
  it.each(['json', 'gexf', 'graphml', 'csv'] as const)('%s', (format) => {
    const out = join(temp(), 'imported');
    const report = importNetwork(exportTo(format), format as ImportFormat, out);
    expect(report).toMatchObject({ nodes: 480, edges: 654, documents: 1 });
    expect(loadDataset([out]).export()).toEqual(realGraph().export());
  });
});

describe('written files are read by the graphology parsers', () => {
  it('GEXF: every node and edge with typed attributes, sources kept as JSON text', () => {
    const graph = parseGexf(MultiDirectedGraph, exportGraph(realGraph(), 'gexf')[0]!.content);
    expect(graph.order).toBe(480);
    expect(graph.size).toBe(654);
    const duo = graph.getNodeAttributes('OCW/DUO');
    expect(duo.label).toBe('DUO');
    expect(duo.kind).toBe('organisation');
    expect(JSON.parse(duo.sources as string)[0].locator).toBe('Tabel 4');
    expect(graph.getAttribute('creator')).toBe('cio-graph');
  });

  it('GraphML: every node and edge, directed, with the documents as graph data', () => {
    const graph = parseGraphml(MultiDirectedGraph, exportGraph(realGraph(), 'graphml')[0]!.content);
    expect(graph.order).toBe(480);
    expect(graph.size).toBe(654);
    expect(graph.type).toBe('directed');
    expect(graph.getNodeAttribute('OCW/DUO', 'name')).toBe('DUO');
    expect(JSON.parse(graph.getAttribute('documents') as string)[0].id).toBe('adr2024');
  });

  it('CSV: nodes.csv, edges.csv and documents.csv with a sources column', () => {
    const files = exportGraph(realGraph(), 'csv');
    expect(files.map((f) => f.name)).toEqual(['nodes.csv', 'edges.csv', 'documents.csv']);
    expect(files[0]!.content.split('\r\n')[0]).toContain('sources');
    expect(files[1]!.content.split('\r\n')[0]).toBe(
      'id,kind,from,to,validIn,claimGroup,vote,seat,nature,note,sources',
    );
  });
});

describe('importing a ministry’s own network', () => {
  function network(nodes: string, edges: string): string {
    const dir = temp();
    writeFileSync(join(dir, 'nodes.csv'), nodes);
    writeFileSync(join(dir, 'edges.csv'), edges);
    return dir;
  }

  it('extends the base dataset: new nodes, edges into existing ones, sources as locators', () => {
    const input = network(
      'id,kind,type,name,abbreviation,sources\r\nJenV/IND-ICT,organisation,unit_or_agency,IND ICT-afdeling,IND-ICT,Tabel 4\r\nJenV/CIO-IND-ICT,role,decentral_cio,CIO IND ICT,,Tabel 4\r\n',
      'kind,from,to,sources\r\nhosted_by,JenV/CIO-IND-ICT,JenV/IND-ICT,Tabel 4\r\nreports_to,JenV/CIO-IND-ICT,JenV/CIO,Tabel 4\r\n',
    );
    const out = join(temp(), 'jenv-detail');
    const report = importNetwork(input, 'csv', out, { baseDirs: [DEFAULT_DATA_DIR] });
    expect(report).toMatchObject({ nodes: 2, edges: 2, documents: 0 });
    const extended = loadDataset([DEFAULT_DATA_DIR, out]);
    expect(extended.order).toBe(realGraph().order + 2);
    expect(extended.getNodeAttribute('JenV/CIO-IND-ICT', 'ministries')).toEqual(['JenV']);
    expect(extended.hasEdge('JenV/CIO-IND-ICT', 'JenV/CIO')).toBe(true);
  });

  it('reports every bad row with file, line and field, and writes nothing', () => {
    const input = network(
      'id,kind,type,name,sources\r\nJenV/X,organisation,spaceship,X,Tabel 4\r\nJenV/Y,role,decentral_cio,Y,\r\nJenV/Z,role,decentral_cio,Z,Tabel 4\r\n',
      'kind,from,to,sources\r\nreports_to,JenV/Z,JenV/nobody,Tabel 4\r\n',
    );
    const out = join(temp(), 'never');
    const error = (() => {
      try {
        importNetwork(input, 'csv', out, { baseDirs: [DEFAULT_DATA_DIR] });
      } catch (err) {
        return err;
      }
      return undefined;
    })() as DatasetValidationError;
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect(error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'nodes.csv', record: 'line 2 (JenV/X)', field: 'type' }),
        expect.objectContaining({ file: 'nodes.csv', record: 'line 3 (JenV/Y)', field: 'sources' }),
      ]),
    );
    expect(existsSync(out)).toBe(false);
  });

  it('locates a dangling reference at the row of the edge, after the rows are fine', () => {
    const input = network(
      'id,kind,type,name,sources\r\nJenV/Z,role,decentral_cio,Z,Tabel 4\r\n',
      'kind,from,to,sources\r\nreports_to,JenV/Z,JenV/nobody,Tabel 4\r\n',
    );
    const out = join(temp(), 'never');
    expect(() => importNetwork(input, 'csv', out, { baseDirs: [DEFAULT_DATA_DIR] })).toThrow(
      DatasetValidationError,
    );
    try {
      importNetwork(input, 'csv', out, { baseDirs: [DEFAULT_DATA_DIR] });
    } catch (err) {
      expect((err as DatasetValidationError).issues[0]).toMatchObject({
        file: 'edges.csv',
        record: 'line 2',
      });
    }
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an id the base already has, a broken CSV, and a non-empty output folder', () => {
    const clash = network(
      'id,kind,type,name,sources\r\nOCW/DUO,organisation,unit_or_agency,DUO,Tabel 4\r\n',
      'kind,from,to,sources\r\n',
    );
    expect(() => importNetwork(clash, 'csv', join(temp(), 'x'), { baseDirs: [DEFAULT_DATA_DIR] })).toThrow(
      DatasetValidationError,
    );
    const broken = network('id,kind,name\r\n"JenV/A,organisation,A\r\n', '');
    expect(() => importNetwork(broken, 'csv', join(temp(), 'x'), { baseDirs: [DEFAULT_DATA_DIR] })).toThrow(
      /not closed/,
    );
    const full = temp();
    mkdirSync(join(full, 'sub'));
    expect(() => importNetwork(exportTo('json'), 'json', full)).toThrow(InvalidArgumentError);
    expect(() => importNetwork(exportTo('json'), 'json', full)).toThrow(/nothing was written/);
  });

  it('a CSV without documents needs the data it extends', () => {
    const input = network(
      'id,kind,type,name,sources\r\nJenV/Q,role,decentral_cio,Q,Tabel 4\r\n',
      'kind,from,to,sources\r\n',
    );
    expect(() => importNetwork(input, 'csv', join(temp(), 'x'))).toThrow(/--data/);
    expect(readFileSync(join(input, 'nodes.csv'), 'utf8')).toContain('JenV/Q');
  });
});
