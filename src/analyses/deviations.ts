// Reporting-line deviations: every norm rule of src/analyses/rules evaluated on the graph.
import { z } from 'zod';
import { eachStelsel, ministriesInGraph } from '../model/queries';
import type { Stelsel } from '../model/queries';
import type { OrgGraph } from '../model/types';
import type { Snapshot } from '../model/vocabulary';
import { SNAPSHOTS } from '../model/vocabulary';
import type { DeviationFinding } from './rules';
import { FINDING_STATUSES, RULES } from './rules';
import { resolveOptions } from './options';

export const DEVIATIONS_DEFAULTS = {
  snapshot: '2024' as (typeof SNAPSHOTS)[number],
  statuses: [...FINDING_STATUSES] as string[],
  articles: [] as string[],
};
export type DeviationsOptions = typeof DEVIATIONS_DEFAULTS;

export const DeviationsOptionsSchema = z.strictObject({
  snapshot: z.enum(SNAPSHOTS),
  statuses: z.array(z.enum(FINDING_STATUSES)),
  articles: z.array(z.string()),
});

// A handful of distinct articles against thousands of findings: each split once, not per comparison.
const ARTICLE_KEYS = new Map<string, number[]>();
function articleKey(article: string): number[] {
  let key = ARTICLE_KEYS.get(article);
  if (!key) ARTICLE_KEYS.set(article, (key = article.split('.').map(Number)));
  return key;
}

/**
 * Stelsels per block. The departmental rules read the same CIO, its facts and its edges; at 100k
 * nodes a rule-by-rule pass over all ministries evicted each CIO from the cache before the next rule
 * came back to it (67 ms cold), in blocks of 64 stelsels the later rules find it cached (54 ms).
 */
export const DEVIATIONS_BLOCK = 64;

interface StelselBlock {
  stelsels: Stelsel[];
  ministries: string[];
}

/**
 * The graph's stelsels in blocks of DEVIATIONS_BLOCK, each with its ministries (every graph ministry
 * once, in the block of the first stelsel that holds it), found block by block: finding a stelsel
 * reads its CIO and the CIO's edges, and the rules that follow find them still cached. (Finding all
 * stelsels first, at 100k nodes the first blocks' CIOs had left the cache before their rules ran.)
 */
function* stelselBlocks(graph: OrgGraph, snapshot: Snapshot): Generator<StelselBlock> {
  const unplaced = new Set(ministriesInGraph(graph));
  let block: StelselBlock = { stelsels: [], ministries: [] };
  for (const stelsel of eachStelsel(graph, snapshot)) {
    block.stelsels.push(stelsel);
    for (const ministry of stelsel.ministries) if (unplaced.delete(ministry)) block.ministries.push(ministry);
    if (block.stelsels.length === DEVIATIONS_BLOCK) {
      yield block;
      block = { stelsels: [], ministries: [] };
    }
  }
  if (block.stelsels.length > 0) yield block;
}

export function deviations(graph: OrgGraph, options: Partial<DeviationsOptions> = {}): DeviationFinding[] {
  const o = resolveOptions('deviations', DeviationsOptionsSchema, DEVIATIONS_DEFAULTS, options);
  const rules = RULES.filter((rule) => o.articles.length === 0 || o.articles.includes(rule.article));
  const findings: DeviationFinding[] = [];
  const departmental = rules.filter((rule) => rule.level === 'departmental');
  if (departmental.length > 0)
    for (const block of stelselBlocks(graph, o.snapshot))
      for (const rule of departmental)
        findings.push(...rule.evaluate({ graph, snapshot: o.snapshot, ...block }));
  for (const rule of rules)
    if (rule.level !== 'departmental')
      findings.push(...rule.evaluate({ graph, snapshot: o.snapshot, stelsels: [], ministries: [] }));
  return findings
    .filter((f) => o.statuses.includes(f.status))
    .sort((a, b) => {
      const [x, y] = [articleKey(a.article), articleKey(b.article)];
      return x[0]! - y[0]! || (x[1] ?? 0) - (y[1] ?? 0) || a.subject.localeCompare(b.subject);
    });
}
