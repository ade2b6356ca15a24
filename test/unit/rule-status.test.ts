import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allSame, departmentalStatus, factStatus } from '../../src/analyses/rules/rule';

const noExplain = { formal: false, status: null, sources: [] };

describe('rule statuses', () => {
  it('allSame judges values as a Set does (SameValueZero: NaN equals NaN, 0 equals -0)', () => {
    const value = fc.oneof(
      fc.constantFrom(NaN, 0, -0, 'SG', 'pSG', true, false, null, undefined),
      fc.integer({ min: -2, max: 2 }),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 6 }), (values) => {
        expect(allSame(values)).toBe(new Set(values).size <= 1);
      }),
    );
  });

  it('a fact is contested when its claims disagree, unknown without claims', () => {
    const isSg = (v: unknown) => v === 'SG';
    expect(factStatus([], isSg)).toBe('unknown');
    expect(factStatus(['SG', 'pSG'], isSg)).toBe('contested');
    expect(factStatus(['SG', 'SG'], isSg)).toBe('compliant');
    expect(factStatus(['pSG'], isSg)).toBe('deviation');
  });

  it('a departmental norm is contested on mixed outcomes, explained only by a formal explain', () => {
    expect(departmentalStatus([true, false], noExplain).status).toBe('contested');
    expect(departmentalStatus([false, false], noExplain)).toEqual({
      status: 'deviation',
      formalConsultationRequired: true,
    });
    expect(departmentalStatus([false], { ...noExplain, formal: true }).status).toBe('explained');
    expect(departmentalStatus([true, true], noExplain).status).toBe('compliant');
  });
});
