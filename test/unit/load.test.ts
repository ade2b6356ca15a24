import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetValidationError, InvalidArgumentError } from '../../src/model/errors';
import { buildGraph, loadDataset } from '../../src/model/load';
import { validateDataFiles } from '../../src/model/validate';
import { files, minimalMinistry } from '../helpers/fixtures';
import { stringify } from 'yaml';

function writeDataset(dir: string, dataFiles: ReturnType<typeof files>) {
  for (const f of dataFiles) {
    const full = join(dir, f.path.replace(/^data\//, ''));
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, stringify(f.parsed));
  }
}

describe('loadDataset', () => {
  it('builds a MultiDirectedGraph with typed attributes from a directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cio-graph-'));
    writeDataset(dir, files(minimalMinistry));
    const graph = loadDataset(dir);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(1);
    expect(graph.getNodeAttributes('AZ/CIO')).toMatchObject({
      kind: 'role',
      type: 'departmental_cio',
      ministries: ['AZ'],
    });
    expect(graph.getEdgeAttributes('AZ/CIO->AZ/SG:reports_to')).toMatchObject({
      kind: 'reports_to',
      validIn: ['2024'],
    });
    expect(graph.getAttribute('documents')[0]?.id).toBe('doc');
  });

  it('throws DatasetValidationError carrying every issue, and loads nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cio-graph-'));
    const bad = {
      ...minimalMinistry,
      edges: [{ kind: 'reports_to', from: 'AZ/CIO', to: 'nowhere', sources: [] }],
    };
    writeDataset(dir, files(bad));
    let caught: unknown;
    try {
      loadDataset(dir);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatasetValidationError);
    expect((caught as DatasetValidationError).name).toBe('DatasetValidationError');
    expect((caught as DatasetValidationError).issues.map((i) => i.field).sort()).toEqual(['sources', 'to']);
  });

  it('keeps YAML syntax errors as located issues', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cio-graph-'));
    writeDataset(dir, files());
    writeFileSync(join(dir, 'broken.yaml'), 'nodes: [\n  - id: x\n');
    expect(() => loadDataset(dir)).toThrow(DatasetValidationError);
  });

  it('rejects a missing data directory with InvalidArgumentError', () => {
    expect(() => loadDataset('/nonexistent/cio-graph')).toThrow(InvalidArgumentError);
  });

  it('merges several data directories (a ministry extends the base dataset)', () => {
    const base = mkdtempSync(join(tmpdir(), 'cio-graph-'));
    const extra = mkdtempSync(join(tmpdir(), 'cio-graph-'));
    writeDataset(base, files(minimalMinistry));
    writeFileSync(
      join(extra, 'extra.yaml'),
      stringify({
        nodes: [
          {
            id: 'AZ/DPC',
            kind: 'organisation',
            type: 'unit_or_agency',
            name: 'DPC',
            sources: ['factsheet AZ'],
          },
        ],
      }),
    );
    expect(loadDataset([base, extra]).hasNode('AZ/DPC')).toBe(true);
  });

  it('buildGraph keeps edge keys stable', () => {
    const result = validateDataFiles(files(minimalMinistry));
    const graph = buildGraph(result.dataset!);
    expect(graph.edges()).toEqual(['AZ/CIO->AZ/SG:reports_to']);
  });
});

describe('departmentalCio index', () => {
  it('follows changes to the graph', async () => {
    const { departmentalCio } = await import('../../src/model/queries');
    const result = validateDataFiles(files(minimalMinistry));
    const graph = buildGraph(result.dataset!);
    expect(departmentalCio(graph, 'AZ')).toBe('AZ/CIO');
    graph.dropNode('AZ/CIO');
    expect(departmentalCio(graph, 'AZ')).toBeUndefined();
    graph.addNode('AZ/CIO2', {
      kind: 'role',
      type: 'departmental_cio',
      name: 'x',
      ministries: ['AZ'],
      sources: [],
      facts: {},
    });
    expect(departmentalCio(graph, 'AZ')).toBe('AZ/CIO2');
  });
});
