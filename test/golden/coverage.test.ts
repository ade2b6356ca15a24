// The coverage ledger against the report: every candidate body name the finder sees must be accounted
// for in data/_coverage.yaml, and every id the ledger names must be a body of the dataset. The finder's
// parts are tested on hand-written lines first, so a change in the finder shows where it changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  candidatesInLine,
  findCandidates,
  foldName,
  keywordOf,
  matchWord,
  segments,
} from '../../src/coverage/candidates';
import { LedgerFormatError, checkCoverage, parseLedger } from '../../src/coverage/ledger';
import { DEFAULT_DATA_DIR, defaultSourcesDir } from '../../src/model/load';
import { REPORT_PRESENT, realGraph } from '../helpers/real';

const LEDGER_FILE = join(DEFAULT_DATA_DIR, '_coverage.yaml');

describe('foldName', () => {
  it('folds case, hyphens, spaces and diacritics to one key', () => {
    expect(foldName('CIO-Beraad')).toBe('cioberaad');
    expect(foldName('CIO beraad')).toBe('cioberaad');
    expect(foldName('Ministeriële Commissie')).toBe('ministerielecommissie');
  });
  it('folds the plural of a keyword to its singular', () => {
    expect(foldName('voorportalen')).toBe('voorportaal');
    expect(foldName('driehoeksoverleggen')).toBe('driehoeksoverleg');
    expect(foldName('Digi-hubs')).toBe('digihub');
  });
});

describe('matchWord', () => {
  it('finds a keyword at the end of a word part only', () => {
    expect(matchWord('Bestuursraad')).toEqual({ keyword: 'raad', bare: false });
    expect(matchWord('CISO-raad,')).toEqual({ keyword: 'raad', bare: false });
    expect(matchWord('overlegstructuren')).toBeUndefined();
    expect(matchWord('raadpleegt')).toBeUndefined();
  });
  it('tells a bare keyword from a compound', () => {
    expect(matchWord('stuurgroep')).toEqual({ keyword: 'stuurgroep', bare: true });
    expect(matchWord('Stuurgroep')).toEqual({ keyword: 'stuurgroep', bare: true });
  });
  it('knows management teams only in capitals', () => {
    expect(keywordOf('MT')).toBe('mt');
    expect(matchWord('IDI-MT')?.keyword).toBe('mt');
    expect(matchWord('mt')).toBeUndefined();
  });
});

describe('candidatesInLine', () => {
  it('keeps the names of a list apart', () => {
    expect(
      candidatesInLine('De CISO-raad, de CTO-raad, TORV en TORN zijn voorportalen die verankerd zijn.'),
    ).toEqual(['CISO-raad', 'CTO-raad', 'voorportalen']);
  });
  it('gives a bare keyword the capitalised words of its name', () => {
    expect(candidatesInLine('Overweeg dit in de stuurgroep I-besturing verder te bespreken.')).toEqual([
      'stuurgroep I-besturing',
    ]);
    expect(candidatesInLine('de Ambtelijke Commissie Digitalisering (ACD) borgt')).toEqual([
      'Ambtelijke Commissie Digitalisering (ACD)',
    ]);
    expect(
      candidatesInLine('inclusief het voorzitterschap Stuurgroep Digitale weerbaarheid en de rest'),
    ).toEqual(['Stuurgroep Digitale weerbaarheid']);
  });
  it('lets a plural stand alone and a generic word stay generic', () => {
    expect(candidatesInLine('werkgroepen AZ en het overleg van secretarissen-generaal')).toEqual([
      'werkgroepen',
      'overleg',
    ]);
  });
  it('does not run a name across table cells or sentences', () => {
    expect(segments('ACD\tAmbtelijke Commissie Digitalisering\tI')).toEqual([
      'ACD',
      'Ambtelijke Commissie Digitalisering',
      'I',
    ]);
    expect(candidatesInLine('Dat gebeurt in het netwerk. Zo blijft er ruimte.')).toEqual(['netwerk']);
  });
});

describe('findCandidates', () => {
  it('keeps one candidate per folded name with every spelling, the count and the first line', () => {
    const found = findCandidates(
      'Het CIO-beraad besluit.\nIn het CIO Beraad en het CIO-Beraad.\nDe CTO-raad.',
    );
    expect(found.map((c) => [c.key, c.count, c.line])).toEqual([
      ['cioberaad', 3, 1],
      ['ctoraad', 1, 3],
    ]);
    expect(found[0]?.spellings).toEqual(['CIO-beraad', 'CIO Beraad', 'CIO-Beraad']);
  });
});

describe('checkCoverage', () => {
  const candidates = findCandidates('De CISO-raad en de CTO-raad. Een overleg.');
  it('reports unaccounted candidates, stale entries, unknown ids and duplicates', () => {
    const ledger = parseLedger(
      {
        candidates: [
          { name: 'CISO raad', modelled: 'ciso-raad' },
          { name: 'CISO-Raad', not_modelled: 'twice' },
          { name: 'overleg', not_modelled: 'generic' },
          { name: 'TORV-raad', modelled: ['torv', 'nope'] },
        ],
      },
      'test.yaml',
    );
    const report = checkCoverage(candidates, ledger, (id) => id !== 'nope');
    expect(report.unaccounted.map((c) => c.key)).toEqual(['ctoraad']);
    expect(report.stale.map((e) => e.name)).toEqual(['TORV-raad']);
    expect(report.unknownIds).toEqual([{ name: 'TORV-raad', id: 'nope' }]);
    expect(report.duplicates).toEqual(['CISO-Raad']);
    expect([report.modelled, report.notModelled]).toEqual([1, 2]);
  });
  it('refuses an entry that is neither modelled nor explained', () => {
    expect(() => parseLedger({ candidates: [{ name: 'CTO-raad' }] }, 'bad.yaml')).toThrow(LedgerFormatError);
  });
});

describe.skipIf(!REPORT_PRESENT)('the coverage ledger of the real report', () => {
  const text = readFileSync(join(defaultSourcesDir(), 'evaluatie-cio-stelsel-rijksdienst-2024.txt'), 'utf8');
  const candidates = findCandidates(text);
  const ledger = parseLedger(parseYaml(readFileSync(LEDGER_FILE, 'utf8')), LEDGER_FILE);
  const graph = realGraph();
  const report = checkCoverage(
    candidates,
    ledger,
    (id) => graph.hasNode(id) && graph.getNodeAttribute(id, 'kind') === 'body',
  );

  it('accounts for every candidate body name in the report', () => {
    expect(report.unaccounted.map((c) => `${c.name} (line ${c.line})`)).toEqual([]);
  });
  it('names only bodies the dataset has', () => {
    expect(report.unknownIds).toEqual([]);
  });
  it('has no entry the report no longer mentions, and none twice', () => {
    expect(report.stale.map((e) => e.name)).toEqual([]);
    expect(report.duplicates).toEqual([]);
  });
  it('models the gremia the issue names', () => {
    const modelled = new Map(
      ledger.candidates.flatMap((e) => ('modelled' in e ? [[foldName(e.name), e.modelled]] : [])),
    );
    for (const name of [
      'stuurgroep I-besturing',
      'driehoeksoverleg',
      'Portfolioboard RBV',
      'CIO-platform Nederland',
    ]) {
      expect(modelled.has(foldName(name)), name).toBe(true);
    }
  });
});
