// `cio-graph report` arguments: exactly one target, known formats, PDF only to a file; an unknown
// ministry is a failed operation (exit 1), bad arguments exit 2; Markdown goes to stdout.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { capture } from '../helpers/io';

describe('cio-graph report', () => {
  it.each([
    [['report']],
    [['report', '--ministry', 'JenV', '--stelsel']],
    [['report', '--stelsel', '--format', 'docx']],
    [['report', '--stelsel', '--format', 'pdf']],
    [['report', '--stelsel', '--lang', 'fr']],
  ])('exits 2 on %j', async (args) => {
    const io = capture();
    expect(await main(args, io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('Usage: cio-graph');
  });

  it('exits 1 for a ministry the dataset does not have', async () => {
    const io = capture();
    expect(await main(['report', '--ministry', 'XX'], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain("'XX'");
  });

  it('writes the Markdown factsheet to stdout with footnotes and the footer', async () => {
    const io = capture();
    expect(
      await main(
        ['report', '--ministry', 'SZW', '--format', 'md', '--lang', 'en', '--date', '2026-01-01'],
        io,
      ),
    ).toBe(0);
    const md = io.stdout.join('\n');
    expect(md.startsWith('# Factsheet evaluation of the CIO-stelsel: Ministry of Social Affairs')).toBe(true);
    expect(md).toMatch(/\[\^1\]: Evaluatie CIO-stelsel Rijksdienst 2024, /);
    expect(md).toContain('generated 2026-01-01');
  });
});
