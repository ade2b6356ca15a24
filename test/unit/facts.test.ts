import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isContested, mergeSources, plainValue, possibleValues, resolveClaims } from '../../src/model/facts';
import type { Claim, SourceRef } from '../../src/model/types';

const src = (locator: string) => [{ doc: 'doc', locator }];

describe('resolveClaims', () => {
  it('returns undefined when nothing is stated for the snapshot', () => {
    expect(resolveClaims(undefined, '2024')).toBeUndefined();
    expect(resolveClaims([{ value: 1, sources: src('a'), validIn: ['2021'] }], '2024')).toBeUndefined();
  });

  it('resolves a single claim to its value with its sources deduplicated, in a copy', () => {
    const repeated: Claim = {
      value: 'SG',
      sources: [...src('Tabel 1'), ...src('factsheet'), ...src('Tabel 1')],
      validIn: ['2024'],
    };
    expect(resolveClaims([repeated], '2024')).toEqual({
      value: 'SG',
      sources: [...src('Tabel 1'), ...src('factsheet')],
    });
    // The result is the caller's to change: the claim in the graph keeps its own sources.
    const claim: Claim = { value: 'SG', sources: src('a'), validIn: ['2024'] };
    const resolved = resolveClaims([claim], '2024') as { value: string; sources: unknown[] };
    expect(resolved).toEqual({ value: 'SG', sources: src('a') });
    resolved.sources.push({ doc: 'x', locator: 'y' });
    expect(claim.sources).toEqual(src('a'));
  });

  it('merges the sources of claims that agree', () => {
    const claims: Claim[] = [
      { value: 'SG', sources: src('Tabel 1'), validIn: ['2024'] },
      { value: 'SG', sources: src('factsheet'), validIn: ['2021', '2024'] },
    ];
    expect(resolveClaims(claims, '2024')).toEqual({
      value: 'SG',
      sources: [...src('Tabel 1'), ...src('factsheet')],
    });
  });

  it('marks disagreeing claims for one snapshot as contested, keeping every claim', () => {
    const claims: Claim[] = [
      { value: false, sources: src('Tabel 1'), validIn: ['2024'] },
      { value: true, sources: src('factsheet OCW'), validIn: ['2024'] },
    ];
    const resolved = resolveClaims(claims, '2024');
    expect(isContested(resolved)).toBe(true);
    expect(resolved).toEqual({
      contested: true,
      claims: [
        { value: false, sources: src('Tabel 1') },
        { value: true, sources: src('factsheet OCW') },
      ],
    });
    expect(plainValue(resolved)).toBeUndefined();
    expect(possibleValues(resolved)).toEqual([false, true]);
  });

  it('keeps claims of different snapshots apart (no contradiction across time)', () => {
    const claims: Claim[] = [
      { value: 'ca. 20', sources: src('par. 4.1.2'), validIn: ['2021'] },
      { value: 'ca. 50', sources: src('par. 4.1.2'), validIn: ['2024'] },
    ];
    expect(resolveClaims(claims, '2021')).toEqual({ value: 'ca. 20', sources: src('par. 4.1.2') });
    expect(resolveClaims(claims, '2024')).toEqual({ value: 'ca. 50', sources: src('par. 4.1.2') });
  });

  it('compares array values by content', () => {
    const claims: Claim[] = [
      { value: ['3.1'], sources: src('a'), validIn: ['2024'] },
      { value: ['3.1'], sources: src('b'), validIn: ['2024'] },
    ];
    expect(isContested(resolveClaims(claims, '2024'))).toBe(false);
  });
});

describe('mergeSources', () => {
  // The definition: first occurrence of each (doc, locator, excerpt) wins, an absent excerpt equals ''.
  const reference = (lists: SourceRef[][]) => {
    const seen = new Map<string, SourceRef>();
    for (const s of lists.flat()) {
      const key = JSON.stringify([s.doc, s.locator, s.excerpt ?? '']);
      if (!seen.has(key)) seen.set(key, s);
    }
    return [...seen.values()];
  };
  const source = fc.record(
    {
      doc: fc.constantFrom('a', 'b'),
      locator: fc.constantFrom('Tabel 1', 'factsheet', 'par. 3.1'),
      excerpt: fc.constantFrom('', 'x', 'y|z'),
    },
    { requiredKeys: ['doc', 'locator'] },
  );

  it('dedupes like the keyed definition below and above the linear-scan limit, keeping the objects', () => {
    fc.assert(
      fc.property(fc.array(fc.array(source, { maxLength: 12 }), { maxLength: 5 }), (lists) => {
        const merged = mergeSources(lists);
        const expected = reference(lists);
        expect(merged).toEqual(expected);
        merged.forEach((s, i) => expect(s).toBe(expected[i]));
      }),
    );
  });

  it('hands back a new, writable list even when only one list has sources, so the graph keeps its own', () => {
    // The graph's lists are interned and frozen (src/model/intern.ts): the merge must not hand one out.
    const list = Object.freeze([...src('Tabel 1'), ...src('factsheet')]) as SourceRef[];
    const merged = mergeSources([[], list, []]);
    expect(merged).toEqual(list);
    expect(merged).not.toBe(list);
    expect(Object.isFrozen(merged)).toBe(false);
    merged.push(...src('x'));
    expect(list).toHaveLength(2);
    expect(mergeSources([[], []])).toEqual([]);
  });
});
