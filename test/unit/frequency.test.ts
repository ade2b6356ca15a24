import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FREQUENCY_FORMS, normaliseWording, parseFrequency } from '../../src/model/frequency';

const perYear = (w: string) => {
  const f = parseFrequency(w);
  return f.known ? f.perYear : f.reason;
};

describe('parseFrequency', () => {
  it.each([
    // The report's own wordings.
    ['maandelijks', 12],
    ['Maandelijks overleg tussen CIO-office, CDS en de hoofden', 12],
    ['één keer per zes weken', 8.666667],
    ['Eens per zes weken', 8.666667],
    ['iedere zes weken', 8.666667],
    ['1x per 2 weken', 26],
    ['1x per week', 52],
    ['Wekelijks overleg van de CIO met pSG: 1x per week', 52],
    ['3x per jaar', 3],
    ['3 keer per jaar, aansluitend op de P&C-cyclus', 3],
    ['Twee keer per jaar', 2],
    ['vier keer per jaar', 4],
    ['halfjaarlijkse frequentie', 2],
    ['eens per jaar', 1],
    ['jaarlijks', 1],
    ['Eens per maand', 12],
    ['per kwartaal', 4],
    ['om de twee weken', 26],
    ['tweewekelijks', 26],
    ['maandlijks', 12], // the report's misspelling in the SZW factsheet
    ['monthly', 12],
    ['twice a year', 2],
  ])('%s → %s a year', (wording, expected) => {
    expect(perYear(wording)).toBe(expected);
  });

  it.each([
    ['vaak 1 x per jaar', 'hedged'],
    ['ongeveer maandelijks', 'hedged'],
    ['zo nodig', 'hedged'],
    ['formeel 1x per 2 weken, informeel maandelijks', 'ambiguous'],
    ['regelmatig', 'unrecognised'],
    ['periodiek', 'unrecognised'],
    ['in het derde kwartaal', 'unrecognised'],
    ['een driejaarlijkse', 0.333333],
    ['', 'empty'],
    ['   ', 'empty'],
  ])('%s is %s', (wording, expected) => {
    expect(perYear(wording)).toBe(expected);
  });

  it('treats a missing value as unknown, never as zero', () => {
    expect(parseFrequency(undefined)).toEqual({ known: false, reason: 'empty' });
    expect(parseFrequency(null)).toEqual({ known: false, reason: 'empty' });
  });

  it('names the form of the table that matched', () => {
    const f = parseFrequency('1x per 2 weken');
    expect(f.known && FREQUENCY_FORMS.map((x) => x.form)).toContain(f.known ? f.form : '');
  });

  it('normalises accents, case and markup', () => {
    expect(normaliseWording('*Één* keer  per\nZES weken')).toBe('een keer per zes weken');
  });

  it('gives a positive finite number or a reason for any text, and the same answer twice', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const f = parseFrequency(text);
        if (f.known) expect(f.perYear > 0 && Number.isFinite(f.perYear)).toBe(true);
        expect(parseFrequency(text)).toEqual(f);
      }),
    );
  });

  it('parses a wording once: the same frozen answer again, and still right past the memo bound', () => {
    const first = parseFrequency('3x per jaar');
    expect(Object.isFrozen(first)).toBe(true);
    expect(parseFrequency('3x per jaar')).toBe(first);
    // More distinct wordings than the memo keeps: it starts over and answers each one afresh.
    for (let n = 1; n <= 5000; n++) expect(perYear(`${n} keer per jaar`)).toBe(n);
    expect(parseFrequency('3x per jaar')).toEqual(first);
  });

  it('scales with N in "N keer per jaar" and divides by M in "1x per M weken"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (n) => {
        expect(perYear(`${n} keer per jaar`)).toBe(n);
        expect(perYear(`1x per ${n} weken`)).toBe(Math.round((52 / n) * 1e6) / 1e6);
      }),
    );
  });
});
