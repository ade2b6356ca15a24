import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/main';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe('cio-graph CLI', () => {
  it('validate exits 0 on the shipped dataset', async () => {
    const io = capture();
    expect(await main(['validate'], io)).toBe(0);
    expect(io.stdout).toEqual([]);
  });

  it('validate exits 1 with FILE:RECORD:FIELD lines on bad data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cio-graph-cli-'));
    writeFileSync(join(dir, 'sources.yaml'), 'documents:\n  - {id: d, title: T, author: A, date: 2024-01-01, default: true}\n');
    writeFileSync(join(dir, 'x.yaml'), 'nodes:\n  - {id: AZ, kind: ministry, name: AZ, sources: []}\n');
    const io = capture();
    expect(await main(['validate', '--data', dir], io)).toBe(1);
    expect(io.stdout).toEqual([expect.stringMatching(/x\.yaml:AZ:sources: /)]);
  });

  it('tables --format json prints the three tables', async () => {
    const io = capture();
    expect(await main(['tables', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.stdout.join(''));
    expect(Object.keys(json)).toEqual(['snapshot', 'tabel1', 'tabel3', 'tabel4']);
  });

  it('tables renders Markdown and CSV in Dutch and English', async () => {
    for (const [format, lang, needle] of [
      ['md', 'nl', 'BETWIST'],
      ['md', 'en', 'CONTESTED'],
      ['csv', 'en', 'Ministry,'],
    ] as const) {
      const io = capture();
      expect(await main(['tables', '--format', format, '--lang', lang], io)).toBe(0);
      expect(io.stdout.join('\n')).toContain(needle);
    }
  });

  it('exits 2 with usage on bad arguments', async () => {
    for (const args of [['tables', '--format', 'xml'], ['tables', '--bogus'], ['frobnicate'], []]) {
      const io = capture();
      expect(await main(args, io)).toBe(2);
      expect(io.stderr.join('\n')).toContain('Usage: cio-graph');
    }
  });

  it('export --format json gives graphology serialisation', async () => {
    const io = capture();
    expect(await main(['export', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.stdout.join(''));
    expect(json.options).toMatchObject({ type: 'directed', multi: true });
    expect(json.nodes.length).toBeGreaterThan(300);
  });

  it('runs through the package bin as npx would', () => {
    const out = execFileSync(process.execPath, ['bin/cio-graph.mjs', 'tables', '--format', 'md'], { encoding: 'utf8' });
    expect(out).toContain('Tabel 4');
    const bad = spawnSync(process.execPath, ['bin/cio-graph.mjs', 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});
