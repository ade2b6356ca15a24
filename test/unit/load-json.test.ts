// The JSON fast path of the loader: a .json data file gives the same graph as the same records in
// YAML, a .json file that is only YAML still loads, and one that parses as neither is a located issue.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadDataset, readDataFiles } from '../../src/model/load';
import { generateDataset } from '../../src/synthetic/generate';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function writeDataset(format: 'yaml' | 'json'): string {
  const dir = mkdtempSync(join(tmpdir(), `cio-graph-load-${format}-`));
  dirs.push(dir);
  for (const file of generateDataset({ ministries: 3, seed: 'load-json' }).files) {
    const json = format === 'json' && !file.path.endsWith('sources.yaml');
    const full = join(dir, json ? file.path.replace(/\.yaml$/, '.json') : file.path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(
      full,
      json ? JSON.stringify(file.parsed) : stringify(file.parsed, { aliasDuplicateObjects: false }),
    );
  }
  return dir;
}

describe('loading JSON data files', () => {
  it('gives the same graph as the same records in YAML', () => {
    const fromYaml = loadDataset(writeDataset('yaml'), { sourcesDir: tmpdir() });
    const fromJson = loadDataset(writeDataset('json'), { sourcesDir: tmpdir() });
    expect(fromJson.order).toBeGreaterThan(50);
    expect(fromJson.export()).toEqual(fromYaml.export());
  });

  it('still reads a .json file that is YAML rather than strict JSON', () => {
    const dir = writeDataset('json');
    writeFileSync(join(dir, 'extra.json'), '# a comment\n{ "nodes": [] }\n');
    const files = readDataFiles([dir]);
    expect(files.find((f) => f.path.endsWith('extra.json'))).toMatchObject({ parsed: { nodes: [] } });
  });

  it('keeps a file that parses as neither as a parse error, not a throw', () => {
    const dir = writeDataset('json');
    writeFileSync(join(dir, 'broken.json'), '{ "nodes": [ }');
    const broken = readDataFiles([dir]).find((f) => f.path.endsWith('broken.json'));
    expect(broken?.parseError).toEqual(expect.any(String));
    expect(broken?.parsed).toBeUndefined();
  });
});
