import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { capture } from '../helpers/io';

describe('cio-graph CLI', () => {
  it('validate exits 0 on the shipped dataset', async () => {
    const io = capture();
    expect(await main(['validate'], io)).toBe(0);
    expect(io.stdout).toEqual([]);
  });

  it('validate exits 1 with FILE:RECORD:FIELD lines on bad data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cio-graph-cli-'));
    writeFileSync(
      join(dir, 'sources.yaml'),
      'documents:\n  - {id: d, title: T, author: A, date: 2024-01-01, default: true}\n',
    );
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
    const out = execFileSync(process.execPath, ['bin/cio-graph.mjs', 'tables', '--format', 'md'], {
      encoding: 'utf8',
    });
    expect(out).toContain('Tabel 4');
    const bad = spawnSync(process.execPath, ['bin/cio-graph.mjs', 'nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });

  it('leaves quietly when its reader stops early (cio-graph analyse all | head)', async () => {
    const child = spawn(process.execPath, ['bin/cio-graph.mjs', 'analyse', 'all', '--format', 'json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // The first chunk read, the pipe is closed before the rest is written, as head does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('cio-graph analyse', () => {
  it('prints all analyses as JSON keyed by id', async () => {
    const io = capture();
    expect(await main(['analyse', 'all', '--format', 'json'], io)).toBe(0);
    expect(Object.keys(JSON.parse(io.stdout.join('')))).toEqual([
      'deviations',
      'overlap',
      'fragmentation',
      'centrality',
      'contradictions',
    ]);
  });

  it('prints one analysis as CSV with a header row, and honours --param and --snapshot', async () => {
    const io = capture();
    expect(
      await main(
        [
          'analyse',
          'deviations',
          '--format',
          'csv',
          '--lang',
          'en',
          '--param',
          'statuses=deviation',
          '--snapshot',
          '2024',
        ],
        io,
      ),
    ).toBe(0);
    const lines = io.stdout.join('\n').split('\n');
    expect(lines[0]).toBe('Art.,Subject,Status,Expected,Actual,Explanation,Sources');
    expect(lines.slice(1).every((l) => l.includes(',deviation,'))).toBe(true);
  });

  it('limits table rows with --top and lists analyses with --list', async () => {
    const io = capture();
    expect(await main(['analyse', 'centrality', '--top', '3'], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/rijen meer/);
    const list = capture();
    expect(await main(['analyse', '--list', '--lang', 'en'], list)).toBe(0);
    expect(list.stdout).toHaveLength(5);
  });

  it('exits 2 on an unknown analysis, a bad parameter or a bad value', async () => {
    for (const args of [
      ['analyse', 'nope'],
      ['analyse', 'overlap', '--param', 'colour=red'],
      ['analyse', 'overlap', '--param', 'minScore=x'],
      ['analyse', 'overlap', '--param', 'topicWeight=2'],
      ['analyse'],
    ]) {
      const io = capture();
      expect(await main(args, io)).toBe(2);
    }
  });

  it('generate writes a dataset that validates, with its planted findings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cio-graph-gen-'));
    const io = capture();
    expect(await main(['generate', '--ministries', '4', '--seed', 'cli', '--out', dir], io)).toBe(0);
    expect(await main(['validate', '--data', dir], capture())).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, '_planted.json'), 'utf8'))).toMatchObject({
      ministries: 4,
      seed: 'cli',
    });
  });
});
