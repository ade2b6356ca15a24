// The tooltips of numbers: every table column of every finding source has its entry, the numeric
// columns a formula, and a scenario finding is explained by the analysis it comes from.
import { describe, expect, it } from 'vitest';
import { FORMULAS } from '../../../src/model/formulas';
import { columnTips, explanationTip, findingTip } from '../../../web/src/core/tips';
import { SCENARIO_COLUMNS, TABLE_COLUMNS } from '../../../web/src/graph/findings';
import type { Finding } from '../../../web/src/graph/findings';

const finding = (analysis?: string): Finding => ({
  index: 0,
  title: { nl: 'x', en: 'x' },
  cells: [],
  nodes: [],
  edges: [],
  sources: [],
  ...(analysis ? { analysis } : {}),
});

describe('core/tips', () => {
  it('has one entry per table column, a formula for the number columns', () => {
    for (const [source, columns] of Object.entries(TABLE_COLUMNS))
      expect(columnTips(source as never, 'nl'), source).toHaveLength(columns.length);
    expect(columnTips('scenario', 'en')).toHaveLength(SCENARIO_COLUMNS.length);
    expect(columnTips('fragmentation', 'nl').slice(1)).toEqual([
      FORMULAS.fragmentationIndex.nl,
      FORMULAS.fragmentationDistance.nl,
      FORMULAS.fragmentationSpread.nl,
      FORMULAS.fragmentationReach.nl,
      FORMULAS.fragmentationHosts.nl,
    ]);
  });

  it('explains a finding by its analysis, a scenario finding by before → after and its analysis', () => {
    expect(findingTip('overlap', finding(), 'en')).toBe(FORMULAS.overlapScore.en);
    expect(findingTip('scenario', finding('centrality'), 'nl')).toBe(
      `${FORMULAS.scenarioChange.nl} — ${FORMULAS.betweenness.nl}`,
    );
    expect(findingTip('scenario', finding(), 'nl')).toBe(FORMULAS.scenarioChange.nl);
    expect(explanationTip('fragmentation', 'en')).toBe(FORMULAS.hops.en);
    expect(explanationTip('overlap', 'en')).toBeUndefined();
  });

  it('has every formula in Dutch and English', () => {
    for (const [key, f] of Object.entries(FORMULAS)) {
      expect(f.nl.length, key).toBeGreaterThan(10);
      expect(f.en.length, key).toBeGreaterThan(10);
      expect(f.nl, key).not.toBe(f.en);
    }
  });
});
