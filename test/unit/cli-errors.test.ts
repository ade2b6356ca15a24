// Regression tests for the CLI defects of issue 11: an error is one line with a hint and the usage of
// that one command (not all of them), never a stack; output paths are checked before any work, so a
// file, a folder under a file or /proc as --out fails at once, and a missing folder is made.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { capture } from '../helpers/io';

const temp = () => mkdtempSync(join(tmpdir(), 'cio-graph-clierr-'));
const aFile = () => {
  const file = join(temp(), 'a-file');
  writeFileSync(file, 'keep');
  return file;
};
const SCENARIO = join('data', 'scenarios', 'merge-acd-into-cio-beraad.yaml');

/** Runs a command that must fail; returns its stderr, checked to be short and without a stack. */
async function fails(args: string[], code: number): Promise<{ text: string; stdout: string[] }> {
  const io = capture();
  expect(await main(args, io)).toBe(code);
  const text = io.stderr.join('\n');
  expect(text).not.toMatch(/\n\s+at .*:\d+:\d+/);
  expect(text).not.toContain('generate --ministries'); // not the whole usage
  return { text, stdout: io.stdout };
}

describe('CLI errors', () => {
  it('a bad flag value: one line, a hint, and the usage of that command only', async () => {
    const { text } = await fails(['tables', '--format', 'xml'], 2);
    const [first, ...rest] = text.split('\n');
    expect(first).toMatch(/^cio-graph: .*--format/);
    expect(rest.join('\n')).toContain('Usage: cio-graph tables');
    expect(text).toContain('cio-graph help');
  });

  it.each([
    ['export', '--format', 'csv', '--out', 'FILE'],
    ['export', '--format', 'json', '--out', 'FILE/x.json'],
    ['export', '--format', 'json', '--out', '/proc/nope/x.json'],
    ['import', 'data', '--format', 'csv', '--out', 'FILE'],
    ['import', 'data', '--format', 'csv', '--out', '/proc/nope/x'],
  ])('%s … --out %s is refused before any work', async (...args) => {
    const file = aFile();
    const { text, stdout } = await fails(
      args.map((a) => a.replace('FILE', file)),
      2,
    );
    expect(text.split('\n')[0]).toMatch(/^cio-graph/);
    expect(stdout).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe('keep');
  });

  it('scenario --export checks --out before running the scenario', async () => {
    const { stdout } = await fails(
      ['scenario', SCENARIO, '--export', 'json', '--out', aFile() + '/x.json'],
      2,
    );
    expect(stdout).toEqual([]);
  });

  it('an export into a folder that does not exist yet makes it', async () => {
    const out = join(temp(), 'new', 'sub', 'graph.json');
    expect(await main(['export', '--format', 'json', '--out', out], capture())).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).nodes.length).toBeGreaterThan(300);
    const csv = join(temp(), 'new', 'csv');
    expect(await main(['export', '--format', 'csv', '--out', csv], capture())).toBe(0);
    expect(existsSync(join(csv, 'nodes.csv'))).toBe(true);
  });

  it('an import error lists its located issues, one per line, with exit 1', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'g.json'), Buffer.from([0x7b, 0xff, 0x7d]));
    const io = capture();
    expect(await main(['import', join(dir, 'g.json'), '--format', 'json', '--out', join(dir, 'o')], io)).toBe(
      1,
    );
    expect(io.stderr).toEqual([expect.stringMatching(/^g\.json:byte 1:-: /)]);
  });
});
