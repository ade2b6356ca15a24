// What a number on screen means: the tooltip (title) of a finding, a table column, a legend entry,
// from the one formula table src/model/formulas.ts. The UI builders take these texts as input; which
// formula belongs to which analysis and column is decided here.
import { formula } from '../../../src/model/formulas';
import type { FormulaKey } from '../../../src/model/formulas';
import type { Finding } from '../graph/findings';
import type { FindingSource, Lang } from '../state';

/** The number in a finding's title, by the analysis it comes from. */
const TITLE_FORMULA: Record<string, FormulaKey> = {
  deviations: 'article',
  overlap: 'overlapScore',
  fragmentation: 'fragmentationIndex',
  centrality: 'betweenness',
  contradictions: 'snapshot',
  changes: 'snapshot',
};

/** The numbers of each table column (null: a column of words). */
const COLUMN_FORMULAS: Record<FindingSource, (FormulaKey | null)[]> = {
  deviations: ['article', null, null, null, null],
  overlap: [null, null, 'overlapScore', null, null, null],
  fragmentation: [
    null,
    'fragmentationIndex',
    'fragmentationDistance',
    'fragmentationSpread',
    'fragmentationReach',
    'fragmentationHosts',
  ],
  centrality: [null, null, 'betweenness', 'degree', 'pagerank', 'community'],
  contradictions: [null, null, 'snapshot', null],
  changes: [null, null, 'snapshot', 'snapshot', null],
  scenario: [null, null, null, 'scenarioChange', 'scenarioChange'],
};

const joined = (L: Lang, keys: (FormulaKey | undefined)[]) =>
  keys.flatMap((k) => (k ? [formula(k, L)] : [])).join(' — ') || undefined;

/** The tooltip of a finding in the list and of its title in the detail panel. */
export function findingTip(source: FindingSource, f: Finding, L: Lang): string | undefined {
  if (source === 'scenario')
    return joined(L, ['scenarioChange', f.analysis ? TITLE_FORMULA[f.analysis] : undefined]);
  return joined(L, [TITLE_FORMULA[source]]);
}

/** The tooltip of a finding's explanation: fragmentation counts hops from the CIO. */
export function explanationTip(source: FindingSource, L: Lang): string | undefined {
  return source === 'fragmentation' ? formula('hops', L) : undefined;
}

export function columnTips(source: FindingSource, L: Lang): (string | undefined)[] {
  return COLUMN_FORMULAS[source].map((k) => (k ? formula(k, L) : undefined));
}
