// `cio-graph report --version N --workspace DIR`: a workspace made and edited through the real CLI,
// the JenV factsheet rendered at the new version and at version 0. The new decentral CIO, its footnote
// naming the change, author, date and the edit's source document, and the version in the footer appear
// only at the new version; version 0 is the report's picture. --snapshot 2021 with --version is refused.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { renderReport } from '../../src/reports';
import { capture } from '../helpers/io';
import { realGraph } from '../helpers/real';
import { TEST_DOC, addDecentralCio } from '../helpers/changes';

let dir: string;
let record: { version: number; at: string; fingerprint: string };

const run = async (args: string[]) => {
  const io = capture();
  const code = await main(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
};
const factsheet = (version: string, format = 'html', lang = 'nl') =>
  run([
    'report',
    '--ministry',
    'JenV',
    '--format',
    format,
    '--lang',
    lang,
    '--version',
    version,
    '--workspace',
    dir,
    '--date',
    '2026-12-02',
  ]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cio-graph-report-version-'));
  expect((await run(['changes', 'init', '--workspace', dir])).code).toBe(0);
  const file = join(dir, 'change.json');
  writeFileSync(file, JSON.stringify(addDecentralCio(0, 'R')));
  const commit = await run([
    'changes',
    'commit',
    file,
    '--workspace',
    dir,
    '--author',
    'editor-jenv',
    '--format',
    'json',
  ]);
  expect(commit.err).toBe('');
  expect(commit.code).toBe(0);
  record = JSON.parse(commit.out) as typeof record;
  expect(record.version).toBe(1);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cio-graph report --version', () => {
  it('shows the edit, footnoted with change, author, date and its source document, only at the new version', async () => {
    const [v1, v0] = [await factsheet('1'), await factsheet('0')];
    expect(v1.code).toBe(0);
    expect(v0.code).toBe(0);
    const day = record.at.slice(0, 10);
    // The new decentral CIO's organisation is a row of the decentral CIO table.
    expect(v1.out).toContain('Test organisation R');
    expect(v0.out).not.toContain('Test organisation R');
    expect(v1.out).toContain('16 decentrale CIO&apos;s');
    expect(v0.out).toContain('15 decentrale CIO&apos;s');
    // Its footnote: the edit's named source document and locator, then change, author and date.
    const note = `${TEST_DOC.title}, art. 1 (werkruimtewijziging 1, editor-jenv, ${day})`;
    expect(v1.out).toContain(note);
    expect(v0.out).not.toContain('werkruimtewijziging');
    // The section on the edits lists the change with its reason and validity.
    expect(v1.out).toContain('Wijzigingen in de werkruimte');
    expect(v1.out).toContain(
      `Wijziging 1 (editor-jenv, vastgelegd ${day}, geldig vanaf 2025-03-01): Test: a new decentral CIO at JenV/ORG-R`,
    );
    expect(v0.out).not.toContain('Wijzigingen in de werkruimte');
    // The footer names the version and its workspace fingerprint.
    expect(v1.out).toContain(`werkruimteversie 1, vingerafdruk ${record.fingerprint}`);
    expect(v0.out).toMatch(/werkruimteversie 0, vingerafdruk sha256:[0-9a-f]{64}/);
    expect(v0.out).not.toContain(record.fingerprint);
  });

  it('renders version 0 as the report itself: the same body as without a workspace', async () => {
    const v0 = await factsheet('0', 'md', 'en');
    const plain = await renderReport(realGraph(), {
      target: 'JenV',
      format: 'md',
      lang: 'en',
      generated: '2026-12-02',
    });
    const body = (md: string) => md.slice(0, md.indexOf('\n---\n'));
    expect(body(v0.out)).toBe(body(String(plain.content)));
  });

  it('renders the stelsel report at a version with the edit in English', async () => {
    const { code, out } = await run([
      'report',
      '--stelsel',
      '--format',
      'md',
      '--lang',
      'en',
      '--version',
      '1',
      '--workspace',
      dir,
    ]);
    expect(code).toBe(0);
    expect(out).toContain('## Changes in the workspace');
    expect(out).toContain(`workspace version 1, fingerprint ${record.fingerprint}`);
  });

  it.each([
    [['--snapshot', '2021', '--version', '1'], '--snapshot 2021'],
    [['--version', '1'], '--version N needs --workspace DIR'],
    [['--version', 'x', '--workspace', '.'], "not 'x'"],
  ])('refuses %j with one clear line (exit 2)', async (extra, text) => {
    const args = ['report', '--ministry', 'JenV', ...extra];
    if (extra.includes('--snapshot')) args.push('--workspace', dir);
    const { code, err } = await run(args);
    expect(code).toBe(2);
    const [first] = err.split('\n');
    expect(first).toContain(text);
    expect(first!.startsWith('cio-graph: ')).toBe(true);
  });

  it('exits 1 for a version the workspace does not have', async () => {
    const { code, err } = await factsheet('7');
    expect(code).toBe(1);
    expect(err).toContain('no version 7');
  });
});
