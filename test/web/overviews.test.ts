// The overviews' pure parts: the deviations matrix (and that it shows exactly the stelsel report's
// cells), the findings list's filters and sort, the fragmentation bars (their parts add up to the
// API's index, with the analysis's own weights) and the overviews' URL state round trip.
import { describe, expect, it } from 'vitest';
import { deviations } from '../../src/analyses/deviations';
import { FRAGMENTATION_DEFAULTS, fragmentation } from '../../src/analyses/fragmentation';
import { RULES } from '../../src/analyses/rules';
import { looksLikeCode } from '../../src/model/labels';
import { buildReport } from '../../src/reports';
import type { Block } from '../../src/reports/model';
import {
  DEFAULT_OVERVIEW,
  FRAGMENTATION_WEIGHTS,
  compareArticles,
  decodeOverview,
  deviationMatrix,
  encodeOverview,
  filterRows,
  findingRows,
  fragmentationBars,
  nextSort,
  sortRows,
  statusCounts,
  DEFAULT_LIST,
} from '../../web/src/features/overviews/producers';
import type { OverviewState } from '../../web/src/features/overviews/producers';
import { keepParams } from '../../web/src/core/url';
import { realGraph } from '../helpers/real';

const graph = realGraph();
const findings = deviations(graph, { snapshot: '2024' });

describe('overviews: the deviations matrix', () => {
  it('has a row per ministry and a column per departmental article; the Rijk norms apart', () => {
    const m = deviationMatrix(findings);
    expect(m.rows).toHaveLength(12);
    expect(m.articles).toEqual(RULES.filter((r) => r.level === 'departmental').map((r) => r.article));
    expect(m.rijk.map((c) => c.article)).toEqual(
      RULES.filter((r) => r.level === 'rijk').map((r) => r.article),
    );
    for (const row of m.rows)
      for (const c of row.cells) {
        const f = findings[c.finding!]!;
        expect([f.subject, f.article, f.status]).toEqual([row.ministry, c.article, c.status]);
      }
    const counts = statusCounts(m);
    for (const s of ['deviation', 'explained', 'contested', 'compliant', 'unknown'] as const)
      expect(counts[s]).toBe(findings.filter((f) => f.status === s).length);
  });

  it('keeps a row for a ministry without findings, its cells empty', () => {
    const m = deviationMatrix(
      findings.filter((f) => f.subject !== 'AZ'),
      ['AZ', 'BZ'],
    );
    expect(m.rows.map((r) => r.ministry)).toEqual(['AZ', 'BZ']);
    expect(m.rows[0]!.cells.every((c) => c.finding === null && c.status === null)).toBe(true);
    expect(m.rows[1]!.cells.every((c) => c.status !== null)).toBe(true);
  });

  it.each(['nl', 'en'] as const)('shows the same cells as the stelsel report (%s)', async (lang) => {
    const doc = await buildReport(graph, { target: 'stelsel', lang, generated: '2026-01-01' });
    const table = doc.blocks.find(
      (b): b is Extract<Block, { type: 'table' }> => b.type === 'table' && b.headers[1] === 'Art. 3.1',
    )!;
    const reportCells = table.rows.map((r) => [
      String(r[0]!.content[0]),
      ...r.slice(1).map((c) => c.status ?? null),
    ]);
    const ministries = reportCells.map((r) => r[0]!);
    // The viewer's rows (the analysis's order, without a list given) are the report's, in its order.
    expect(deviationMatrix(findings).ministries).toEqual(ministries);
    const m = deviationMatrix(findings, ministries);
    expect(table.headers.slice(1)).toEqual(m.articles.map((a) => `Art. ${a}`));
    expect(m.rows.map((r) => [r.ministry, ...r.cells.map((c) => c.status)])).toEqual(reportCells);
  });
});

describe('overviews: the findings list', () => {
  const rows = findingRows(findings, 'nl');

  it('speaks plain language in every column', () => {
    for (const lang of ['nl', 'en'] as const)
      for (const r of findingRows(findings, lang))
        for (const text of [r.subject, r.statusText, r.expected, r.actual, r.explanation])
          expect(looksLikeCode(text), `${r.key}: ${text}`).toBe(false);
  });

  it('filters by ministry, article, status and free text, all together', () => {
    expect(filterRows(rows, DEFAULT_LIST)).toHaveLength(findings.length);
    const bz = filterRows(rows, { ...DEFAULT_LIST, ministry: 'BZ' });
    expect(bz.length).toBe(findings.filter((f) => f.subject === 'BZ').length);
    expect(bz.every((r) => r.key.endsWith(':BZ'))).toBe(true);
    const dev = filterRows(rows, { ...DEFAULT_LIST, status: 'deviation', article: '3.1' });
    expect(dev.map((r) => r.key).sort()).toEqual(
      findings
        .filter((f) => f.status === 'deviation' && f.article === '3.1')
        .map((f) => `3.1:${f.subject}`)
        .sort(),
    );
    // Free text: every word must occur somewhere (here the Dutch status label and a ministry).
    const subject = findings.find((f) => f.status === 'deviation' && f.subject !== 'rijk')!.subject;
    const text = filterRows(rows, { ...DEFAULT_LIST, query: `AFWIJKING ${subject.toLowerCase()}` });
    expect(text.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThan(rows.length);
    expect(text.every((r) => r.haystack.includes('afwijking'))).toBe(true);
    expect(text.every((r) => r.haystack.includes(subject.toLowerCase()))).toBe(true);
    expect(filterRows(rows, { ...DEFAULT_LIST, query: 'zzzz-nothing' })).toEqual([]);
    expect(filterRows(rows, { ...DEFAULT_LIST, ministry: 'rijk' }).every((r) => r.subject === 'Rijk')).toBe(
      true,
    );
  });

  it('sorts by every column both ways, articles as numbers and statuses by severity', () => {
    const byArticle = sortRows(rows, 'article', false).map((r) => r.article);
    expect(byArticle).toEqual([...byArticle].sort(compareArticles));
    expect(byArticle.indexOf('10.1')).toBeGreaterThan(byArticle.lastIndexOf('6.1'));
    const byStatus = sortRows(rows, 'status', false).map((r) => r.status);
    expect(byStatus[0]).toBe('deviation');
    expect(byStatus.at(-1)).toBe('compliant');
    expect(sortRows(rows, 'status', true).map((r) => r.status)[0]).toBe('compliant');
    const subjects = sortRows(rows, 'subject', true).map((r) => r.subject);
    expect(subjects[0]).toBe('VWS');
    for (const key of ['expected', 'actual'] as const) {
      const asc = sortRows(rows, key, false).map((r) => r[key]);
      const desc = sortRows(rows, key, true).map((r) => r[key]);
      expect(asc[0]).toBe(desc.at(-1));
    }
    expect(nextSort(DEFAULT_LIST, 'article')).toMatchObject({ sort: 'article', desc: true });
    expect(nextSort({ ...DEFAULT_LIST, desc: true }, 'status')).toMatchObject({
      sort: 'status',
      desc: false,
    });
  });
});

describe('overviews: the fragmentation bars', () => {
  const results = fragmentation(graph, { snapshot: '2024' });

  it('uses the analysis weights', () => {
    expect(FRAGMENTATION_WEIGHTS).toEqual(FRAGMENTATION_DEFAULTS.weights);
  });

  it('stacks the weighted components to the index the API sends, one group per stelsel', () => {
    const groups = fragmentationBars(results);
    expect(groups.map((g) => g.ministry)).toEqual(results.map((r) => r.ministry));
    for (const [i, g] of groups.entries()) {
      const r = results[i]!;
      expect(g.parts.map((p) => p.value)).toEqual([
        r.components.distance,
        r.components.spread,
        r.components.reach,
      ]);
      const end = g.parts.at(-1)!.start + g.parts.at(-1)!.weighted;
      // The API rounds the index and the components to four decimals.
      expect(end).toBeCloseTo(r.index, 3);
      expect(g.parts[1]!.start).toBeCloseTo(g.parts[0]!.weighted, 9);
    }
  });
});

describe('overviews: URL state', () => {
  it('round-trips through the query and writes nothing for the default', () => {
    const state: OverviewState = {
      open: 'findings',
      finding: '3.1:BZ',
      list: { sort: 'status', desc: true, ministry: 'BZ', article: '3.1', status: 'deviation', query: 'SG' },
    };
    const params = new URLSearchParams(
      Object.entries(encodeOverview(state)).filter((e): e is [string, string] => e[1] !== null),
    );
    expect(decodeOverview(params.toString())).toEqual(state);
    expect(Object.values(encodeOverview(DEFAULT_OVERVIEW)).every((v) => v === null)).toBe(true);
    expect(decodeOverview('ov=nonsense&ovSort=-bogus&ovStatus=odd')).toEqual(DEFAULT_OVERVIEW);
  });

  it('core/url keeps the overviews’ keys when it writes the view state', () => {
    const keys = new Set(['ov', 'ovSort']);
    expect(keepParams('/?overlay=deviations', '?ov=matrix&ovSort=-status&cam=1,2,3', keys)).toBe(
      '/?overlay=deviations&ov=matrix&ovSort=-status',
    );
    expect(keepParams('/', '?ov=matrix', keys)).toBe('/?ov=matrix');
    expect(keepParams('/?lang=en', '?cam=1', keys)).toBe('/?lang=en');
  });
});
