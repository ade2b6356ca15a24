// The findings list as DOM: filters (ministry, article, status, free text) above a table whose column
// headers sort it (aria-sort says how), one button per finding that opens its detail. Native
// controls only, so everything works with the keyboard; the state lives in the URL (see index.ts).
import { label } from '../../../../src/model/labels';
import type { Lang } from '../../state';
import { el } from '../../ui/dom';
import {
  SORT_KEYS,
  STATUS_ORDER,
  compareArticles,
  filterRows,
  nextSort,
  sortRows,
  subjectText,
} from './producers';
import type { FindingRow, ListState, SortKey } from './producers';
import { columnName, tx } from './text';

export interface ListOptions {
  lang: Lang;
  rows: readonly FindingRow[];
  state: ListState;
  current: string | null;
  /** A change of the list state; the filters send patches, so a stale closure never undoes one. */
  onPatch(patch: Partial<ListState>): void;
  onChoose(row: FindingRow): void;
}

function select(
  id: string,
  text: string,
  options: [string, string][],
  value: string,
  onChange: (v: string) => void,
): HTMLElement {
  const s = el('select', { id }, ...options.map(([v, t]) => el('option', { value: v }, t)));
  s.value = value;
  s.addEventListener('change', () => onChange(s.value));
  return el('label', { class: 'ov-filter', for: id }, text, s);
}

/** The filter controls: built once per render of the list. */
export function filterBar(o: ListOptions): HTMLElement {
  const L = o.lang;
  const s = o.state;
  const all = tx(L, 'all');
  const subjects = [...new Set(o.rows.map((r) => r.key.slice(r.key.indexOf(':') + 1)))];
  const articles = [...new Set(o.rows.map((r) => r.article))].sort(compareArticles);
  const query = el('input', { id: 'ov-q', type: 'search', value: s.query, autocomplete: 'off' });
  // Filter as the user types; the input keeps its focus because only the table is rebuilt.
  query.addEventListener('input', () => o.onPatch({ query: query.value }));
  const reset = el('button', { type: 'button', id: 'ov-reset' }, tx(L, 'reset'));
  reset.addEventListener('click', () => {
    query.value = '';
    o.onPatch({ ministry: '', article: '', status: '', query: '' });
  });
  return el(
    'fieldset',
    { class: 'ov-filters' },
    el('legend', {}, tx(L, 'filters')),
    select(
      'ov-ministry',
      tx(L, 'ministry'),
      [['', all], ...subjects.map((m): [string, string] => [m, subjectText(m, L)])],
      s.ministry,
      (v) => o.onPatch({ ministry: v }),
    ),
    select(
      'ov-article',
      tx(L, 'article'),
      [['', all], ...articles.map((a): [string, string] => [a, `Art. ${a}`])],
      s.article,
      (v) => o.onPatch({ article: v }),
    ),
    select(
      'ov-status',
      columnName(L, 'status'),
      [['', all], ...STATUS_ORDER.map((st): [string, string] => [st, label('status', st, L)])],
      s.status,
      (v) => o.onPatch({ status: v }),
    ),
    el('label', { class: 'ov-filter', for: 'ov-q' }, tx(L, 'query'), query),
    reset,
  );
}

/** The sorted, filtered table with its count line. */
export function findingsTable(o: ListOptions): Node[] {
  const L = o.lang;
  const s = o.state;
  const shown = sortRows(filterRows(o.rows, s), s.sort, s.desc);
  const header = (k: SortKey) => {
    const sorted = s.sort === k;
    const b = el(
      'button',
      { type: 'button', class: 'ov-sort', 'data-sort': k },
      columnName(L, k),
      el('span', { 'aria-hidden': 'true' }, sorted ? (s.desc ? ' ▼' : ' ▲') : ' ↕'),
    );
    b.addEventListener('click', () => o.onPatch(nextSort(s, k)));
    return el(
      'th',
      { scope: 'col', 'aria-sort': sorted ? (s.desc ? 'descending' : 'ascending') : 'none' },
      b,
    );
  };
  const row = (r: FindingRow) => {
    const open = el(
      'button',
      { type: 'button', class: 'linklike ov-open', 'aria-current': String(o.current === r.key) },
      `Art. ${r.article}`,
    );
    open.addEventListener('click', () => o.onChoose(r));
    return el(
      'tr',
      { 'data-finding': r.key, 'data-status': r.status },
      el('td', {}, open),
      el('td', {}, r.subject),
      el('td', {}, el('span', { class: `badge c-${r.status}` }, r.statusText)),
      el('td', {}, r.expected),
      el('td', {}, r.actual),
      el('td', { class: 'ov-explanation' }, r.explanation),
    );
  };
  return [
    el(
      'p',
      { id: 'ov-count', class: 'muted', role: 'status' },
      `${shown.length} ${tx(L, 'shown')} ${o.rows.length} ${tx(L, 'findings')}`,
    ),
    el(
      'div',
      { class: 'ov-scroll' },
      el(
        'table',
        { id: 'ov-list', class: 'ov-list' },
        el('caption', { class: 'sr-only' }, tx(L, 'listCaption')),
        el(
          'thead',
          {},
          el('tr', {}, ...SORT_KEYS.map(header), el('th', { scope: 'col' }, tx(L, 'explanation'))),
        ),
        el('tbody', {}, ...shown.map(row)),
      ),
    ),
    ...(shown.length ? [] : [el('p', { id: 'ov-empty' }, tx(L, 'noRows'))]),
  ];
}
