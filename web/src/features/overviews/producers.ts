// Pure parts of the overviews: the deviations as a ministries × articles matrix, the findings list
// (rows, filters, sort), the fragmentation components as stacked bars, and the overviews' own slice
// of URL state. No DOM: unit-tested in Node (test/web/overviews.test.ts), where the matrix is also
// checked cell by cell against the stelsel report's.
import { label, plainText, relabelCodes } from '../../../../src/model/labels';
import type { AnalysisOutputs } from '../../api';
import type { Lang } from '../../state';

export type DeviationFinding = AnalysisOutputs['deviations'][number];
export type FragmentationResult = AnalysisOutputs['fragmentation'][number];
export type Status = DeviationFinding['status'];

/** Most serious first, as the report's matrix legend lists them. */
export const STATUS_ORDER: readonly Status[] = [
  'deviation',
  'explained',
  'contested',
  'unknown',
  'compliant',
];

/** 3.1 < 3.5 < 10.1 (the analysis's own order), not the string order. */
export function compareArticles(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** The key a finding keeps in the URL: article and subject name it in every snapshot. */
export const findingKey = (f: Pick<DeviationFinding, 'article' | 'subject'>) => `${f.article}:${f.subject}`;

// ----- the matrix ---------------------------------------------------------------------------------

export interface MatrixCell {
  ministry: string;
  article: string;
  /** The finding's position in the analysis output, or null where the rule made none. */
  finding: number | null;
  status: Status | null;
}

export interface DeviationMatrix {
  ministries: string[];
  /** The departmental articles (the norms a ministry is tested on), in article order. */
  articles: string[];
  rows: { ministry: string; cells: MatrixCell[] }[];
  /** The Rijk-level norms (subject `rijk`): one row of their own, not a ministry's. */
  rijk: MatrixCell[];
}

/**
 * Ministries × departmental articles. Rows are `ministries` when given (the graph's ministries, so a
 * ministry without findings still has its row), otherwise the subjects in the analysis's order.
 */
export function deviationMatrix(
  findings: readonly DeviationFinding[],
  ministries?: readonly string[],
): DeviationMatrix {
  const departmental = findings.filter((f) => f.subject !== 'rijk');
  const articles = [...new Set(departmental.map((f) => f.article))].sort(compareArticles);
  const rowsOf = ministries ?? [...new Set(departmental.map((f) => f.subject))];
  const at = new Map(findings.map((f, i) => [findingKey(f), i]));
  const cell = (ministry: string, article: string): MatrixCell => {
    const i = at.get(findingKey({ article, subject: ministry }));
    return { ministry, article, finding: i ?? null, status: i === undefined ? null : findings[i]!.status };
  };
  return {
    ministries: [...rowsOf],
    articles,
    rows: rowsOf.map((m) => ({ ministry: m, cells: articles.map((a) => cell(m, a)) })),
    rijk: [...new Set(findings.filter((f) => f.subject === 'rijk').map((f) => f.article))]
      .sort(compareArticles)
      .map((a) => cell('rijk', a)),
  };
}

/** How many cells have each status: the legend's counts. */
export function statusCounts(matrix: DeviationMatrix): Record<Status, number> {
  const out = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<Status, number>;
  for (const c of [...matrix.rows.flatMap((r) => r.cells), ...matrix.rijk]) if (c.status) out[c.status]++;
  return out;
}

// ----- the findings list --------------------------------------------------------------------------

export const SORT_KEYS = ['article', 'subject', 'status', 'expected', 'actual'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ListState {
  sort: SortKey;
  desc: boolean;
  /** '' = every ministry; `rijk` = the Rijk-level norms. */
  ministry: string;
  article: string;
  status: string;
  /** Free text, matched in any column, the explanation and the sources. */
  query: string;
}

export const DEFAULT_LIST: ListState = {
  sort: 'article',
  desc: false,
  ministry: '',
  article: '',
  status: '',
  query: '',
};

/** One finding as the list shows it: every text already in the user's language. */
export interface FindingRow {
  index: number;
  key: string;
  article: string;
  subject: string;
  status: Status;
  statusText: string;
  expected: string;
  actual: string;
  explanation: string;
  /** Lower-cased text the free-text filter searches. */
  haystack: string;
}

export const subjectText = (subject: string, lang: Lang) =>
  subject === 'rijk' ? label('level', 'rijk', lang) : subject;

export function findingRows(findings: readonly DeviationFinding[], lang: Lang): FindingRow[] {
  return findings.map((f, index) => {
    const row = {
      index,
      key: findingKey(f),
      article: f.article,
      subject: subjectText(f.subject, lang),
      status: f.status,
      statusText: label('status', f.status, lang),
      expected: plainText(f.expected, lang),
      actual: plainText(f.actual, lang),
      explanation: relabelCodes(f.explanation[lang], lang),
    };
    const sources = f.sources.map((s) => `${s.locator} ${s.excerpt ?? ''}`).join(' ');
    return {
      ...row,
      haystack: [
        `art. ${row.article}`,
        row.subject,
        f.subject,
        row.statusText,
        row.expected,
        row.actual,
        row.explanation,
        sources,
      ]
        .join(' ')
        .toLowerCase(),
    };
  });
}

/** The rows that pass every filter (an empty filter passes everything). */
export function filterRows(rows: readonly FindingRow[], s: ListState): FindingRow[] {
  const words = s.query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) =>
      (!s.ministry || rowMinistry(r) === s.ministry) &&
      (!s.article || r.article === s.article) &&
      (!s.status || r.status === s.status) &&
      words.every((w) => r.haystack.includes(w)),
  );
}
const rowMinistry = (r: FindingRow) => r.key.slice(r.key.indexOf(':') + 1);

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Sorted by one column (ties by article, then subject), ascending or descending. */
export function sortRows(rows: readonly FindingRow[], key: SortKey, desc: boolean): FindingRow[] {
  const by = (a: FindingRow, b: FindingRow): number => {
    switch (key) {
      case 'article':
        return compareArticles(a.article, b.article);
      case 'status':
        return STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
      default:
        return collator.compare(a[key], b[key]);
    }
  };
  const tie = (a: FindingRow, b: FindingRow) =>
    compareArticles(a.article, b.article) || collator.compare(a.subject, b.subject);
  return [...rows].sort((a, b) => (desc ? -by(a, b) : by(a, b)) || tie(a, b));
}

/** A column's sort after a click on its header: the same column flips, another starts ascending. */
export function nextSort(s: ListState, key: SortKey): ListState {
  return { ...s, sort: key, desc: s.sort === key ? !s.desc : false };
}

// ----- the fragmentation chart --------------------------------------------------------------------

export const COMPONENTS = ['distance', 'spread', 'reach'] as const;
export type Component = (typeof COMPONENTS)[number];

/**
 * The index's weights (src/analyses/fragmentation.ts, FRAGMENTATION_DEFAULTS; the API sends the
 * components but not the weights, and the viewer may not import the analyses). A unit test fails
 * when the two differ.
 */
export const FRAGMENTATION_WEIGHTS: Record<Component, number> = { distance: 0.5, spread: 0.25, reach: 0.25 };

export interface BarPart {
  component: Component;
  /** The component as the API sent it, in [0, 1]. */
  value: number;
  weight: number;
  /** weight · value: the part's length on the index axis. */
  weighted: number;
  /** Where the part starts on the index axis (the parts before it, stacked). */
  start: number;
}

export interface BarGroup {
  ministry: string;
  index: number;
  indexRange: [number, number];
  contested: boolean;
  parts: BarPart[];
}

/** One stacked bar per stelsel, in the analysis's order (highest index first): the parts add up to the index. */
export function fragmentationBars(results: readonly FragmentationResult[]): BarGroup[] {
  return results.map((r) => {
    let start = 0;
    const parts = COMPONENTS.map((component) => {
      const value = r.components[component];
      const weight = FRAGMENTATION_WEIGHTS[component];
      const part = { component, value, weight, weighted: weight * value, start };
      start += part.weighted;
      return part;
    });
    return { ministry: r.ministry, index: r.index, indexRange: r.indexRange, contested: r.contested, parts };
  });
}

/** The axis ticks of the index, which runs from 0 to 1. */
export const INDEX_TICKS = [0, 0.25, 0.5, 0.75, 1] as const;

/** A number as the user's language writes it, with at most `digits` decimals. */
export function numberText(x: number, lang: Lang, digits = 3): string {
  return x.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits });
}

// ----- URL state ----------------------------------------------------------------------------------

export const OVERVIEWS = ['matrix', 'findings', 'fragmentation'] as const;
export type Overview = (typeof OVERVIEWS)[number];

export interface OverviewState {
  /** The overview shown, or null when the overviews are closed. */
  open: Overview | null;
  /** The finding shown beside the matrix or the list (`findingKey`). */
  finding: string | null;
  list: ListState;
}

export const DEFAULT_OVERVIEW: OverviewState = { open: null, finding: null, list: DEFAULT_LIST };

/** The query keys the overviews own (written beside the view state by core/url). */
export const URL_KEYS = ['ov', 'ovSel', 'ovSort', 'ovMinistry', 'ovArticle', 'ovStatus', 'ovQ'] as const;
type UrlKey = (typeof URL_KEYS)[number];

/** The overviews' URL parameters; a default value is written as null (removed), so links stay short. */
export function encodeOverview(s: OverviewState): Record<UrlKey, string | null> {
  const l = s.list;
  const sort = l.sort === DEFAULT_LIST.sort && !l.desc ? null : `${l.desc ? '-' : ''}${l.sort}`;
  return {
    ov: s.open,
    ovSel: s.open ? s.finding : null,
    ovSort: sort,
    ovMinistry: l.ministry || null,
    ovArticle: l.article || null,
    ovStatus: l.status || null,
    ovQ: l.query || null,
  };
}

/** The overview state of a URL query; unknown values fall back to the default, never throw. */
export function decodeOverview(query: string): OverviewState {
  const p = new URLSearchParams(query);
  const open = p.get('ov');
  const sort = p.get('ovSort') ?? '';
  const key = sort.replace(/^-/, '');
  const status = p.get('ovStatus') ?? '';
  return {
    open: (OVERVIEWS as readonly string[]).includes(open ?? '') ? (open as Overview) : null,
    finding: p.get('ovSel') || null,
    list: {
      sort: (SORT_KEYS as readonly string[]).includes(key) ? (key as SortKey) : DEFAULT_LIST.sort,
      desc: (SORT_KEYS as readonly string[]).includes(key) && sort.startsWith('-'),
      ministry: p.get('ovMinistry') ?? '',
      article: p.get('ovArticle') ?? '',
      status: (STATUS_ORDER as readonly string[]).includes(status) ? status : '',
      query: p.get('ovQ') ?? '',
    },
  };
}
