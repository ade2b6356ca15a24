// The shared label vocabulary: every code the model can produce has a Dutch and an English label,
// and no label is itself a code.
import { describe, expect, it } from 'vitest';
import { FACT_SPECS } from '../../src/model/schema';
import { LABELS, hasLabel, label, looksLikeCode, relabelCodes } from '../../src/model/labels';
import {
  BODY_LEVELS,
  BODY_TYPES,
  CHAIR_SEATS,
  EDGE_KINDS,
  EXPLAIN_STATUSES,
  MEMBER_SEATS,
  MEMBER_VOTES,
  NODE_KINDS,
  ORGANISATION_TYPES,
  OVERLAP_NATURES,
  PLACEMENTS,
  RECOMMENDATION_TYPES,
  ROLE_TYPES,
} from '../../src/model/vocabulary';
import { FINDING_STATUSES } from '../../src/analyses/rules';

describe('labels', () => {
  const cases: [keyof typeof LABELS, readonly string[]][] = [
    ['status', FINDING_STATUSES],
    ['placement', PLACEMENTS],
    ['fact', Object.keys(FACT_SPECS)],
    ['edgeKind', EDGE_KINDS],
    ['explain', EXPLAIN_STATUSES],
    ['nodeKind', NODE_KINDS],
    ['bodyType', BODY_TYPES],
    ['organisationType', ORGANISATION_TYPES],
    ['roleType', ROLE_TYPES],
    ['seat', MEMBER_SEATS],
    ['vote', MEMBER_VOTES],
    ['overlapNature', OVERLAP_NATURES],
    ['chairSeat', CHAIR_SEATS],
    ['recommendationType', RECOMMENDATION_TYPES],
    ['level', BODY_LEVELS],
    ['frequencyReason', ['not_stated', 'hedged', 'ambiguous', 'unrecognised']],
    ['overlapRelation', ['overlap', 'mirroring', 'cross_level', 'chain']],
  ];
  it.each(cases)('every %s code has a label in both languages that is not a code', (category, codes) => {
    for (const code of codes)
      for (const lang of ['nl', 'en'] as const) {
        const text = label(category, code, lang);
        expect(Object.hasOwn(LABELS[category], code), `${category}.${code}`).toBe(true);
        expect(looksLikeCode(text), `${category}.${code}.${lang} = ${text}`).toBe(false);
      }
  });

  it('every enum value a fact can take has a label', () => {
    for (const [fact, spec] of Object.entries(FACT_SPECS)) {
      const options = (spec.value as { options?: unknown[] }).options;
      for (const v of options ?? []) expect(hasLabel(String(v)), `${fact}=${String(v)}`).toBe(true);
    }
  });

  it('relabels codes inside free text and leaves words and data alone', () => {
    expect(relabelCodes('? cio_office/none', 'nl')).toBe('? in het CIO-office/none');
    expect(relabelCodes('inBestuursraad: Nee → Ja', 'en')).toBe('member of the Bestuursraad: Nee → Ja');
    expect(relabelCodes('Raad voor overlap', 'en')).toBe('Raad voor overlap');
    expect(label('placement', 'no-such-code', 'nl')).toBe('no-such-code');
  });

  it('tells code from plain text', () => {
    expect(looksLikeCode('under_cio_elsewhere')).toBe(true);
    expect(looksLikeCode('cioFunction')).toBe(true);
    expect(looksLikeCode('CIO Rijk · BZK/DGDOO')).toBe(false);
  });
});
