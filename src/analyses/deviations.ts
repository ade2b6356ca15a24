// Reporting-line deviations: every norm rule of src/analyses/rules evaluated on the graph.
import { z } from 'zod';
import type { OrgGraph } from '../model/types';
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

export function deviations(graph: OrgGraph, options: Partial<DeviationsOptions> = {}): DeviationFinding[] {
  const o = resolveOptions('deviations', DeviationsOptionsSchema, DEVIATIONS_DEFAULTS, options);
  const findings: DeviationFinding[] = [];
  for (const rule of RULES) {
    if (o.articles.length > 0 && !o.articles.includes(rule.article)) continue;
    findings.push(...rule.evaluate({ graph, snapshot: o.snapshot }));
  }
  return findings
    .filter((f) => o.statuses.includes(f.status))
    .sort((a, b) => {
      const [x, y] = [articleKey(a.article), articleKey(b.article)];
      return x[0]! - y[0]! || (x[1] ?? 0) - (y[1] ?? 0) || a.subject.localeCompare(b.subject);
    });
}
