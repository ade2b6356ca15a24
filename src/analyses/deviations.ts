// Reporting-line deviations: every norm rule of src/analyses/rules evaluated on the graph.
import { z } from 'zod';
import { ministriesInGraph, stelsels } from '../model/queries';
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

/** The graph's stelsels in blocks, each with its ministries (every graph ministry once, in graph order). */
function stelselBlocks(graph: OrgGraph, snapshot: Snapshot): { stelsels: Stelsel[]; ministries: string[] }[] {
  const all = stelsels(graph, snapshot);
  const blockOf = new Map<string, number>();
  all.forEach((stelsel, i) => {
    for (const m of stelsel.ministries) if (!blockOf.has(m)) blockOf.set(m, Math.floor(i / DEVIATIONS_BLOCK));
  });
  const blocks = Array.from({ length: Math.ceil(all.length / DEVIATIONS_BLOCK) }, (_, b) => ({
    stelsels: all.slice(b * DEVIATIONS_BLOCK, (b + 1) * DEVIATIONS_BLOCK),
    ministries: [] as string[],
  }));
  for (const m of ministriesInGraph(graph)) blocks[blockOf.get(m)!]!.ministries.push(m);
  return blocks;
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
