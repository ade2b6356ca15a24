// `cio-graph tables` and `cio-graph analyse --format table` are read by people: no code value
// (snake_case or camelCase) may reach them, in either language. JSON keeps the codes.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { looksLikeCode } from '../../src/model/labels';
import { capture } from '../helpers/io';

const codeWords = (text: string) =>
  [...new Set(text.split(/[\s|,;:()[\]/=?→]+/).filter((w) => looksLikeCode(w)))].sort();

describe('plain language in the CLI tables', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`tables --lang ${lang} (2021 and 2024) shows no code values`, async () => {
      for (const snapshot of ['2021', '2024']) {
        const io = capture();
        expect(await main(['tables', '--lang', lang, '--snapshot', snapshot], io)).toBe(0);
        expect(codeWords(io.stdout.join('\n'))).toEqual([]);
      }
    });

    it(`analyse all --format table --lang ${lang} shows no code values`, async () => {
      const io = capture();
      const params = ['--param', 'statuses=deviation,explained,contested,unknown,compliant'];
      expect(await main(['analyse', 'all', '--format', 'table', '--lang', lang, ...params], io)).toBe(0);
      expect(codeWords(io.stdout.join('\n'))).toEqual([]);
    });
  }

  it('analyse --format json keeps the codes', async () => {
    const io = capture();
    expect(await main(['analyse', 'fragmentation', '--format', 'json'], io)).toBe(0);
    expect(io.stdout.join('')).toMatch(/"cio_office"/);
  });
});
