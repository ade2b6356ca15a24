// The findings beside the graph: a keyboard-usable list (one button per finding) or, for screen-reader
// users, an accessible table of the same findings. Pure DOM builder; selection is the caller's.
import type { Finding } from '../graph/findings';
import { SCENARIO_COLUMNS, TABLE_COLUMNS } from '../graph/findings';
import { t } from '../i18n';
import type { TextKey } from '../i18n';
import type { FindingSource, Lang } from '../state';
import { statusText } from './detail';
import { el } from './dom';

/** A cell that holds only a number (or a range or change of numbers). */
const NUMBER = /^[\d.,\s–→+−-]+$/;

export interface FindingsPanelOptions {
  lang: Lang;
  source: FindingSource | 'none';
  findings: Finding[];
  /** Shown above the findings (the scenario's summary). */
  head: Node[];
  table: boolean;
  /** Index of the selected finding, if it is one of these. */
  current: number | null;
  onSelect(finding: Finding): void;
}

export function findingsPanel(o: FindingsPanelOptions): Node[] {
  const L = o.lang;
  if (o.source === 'none') return [el('p', { class: 'muted' }, t(L, 'chooseOverlay'))];
  const head = o.source === 'scenario' ? [...o.head, el('h3', {}, t(L, 'scenarioDiff'))] : o.head;
  const caption = o.source === 'scenario' ? t(L, 'scenarioDiff') : t(L, `overlay_${o.source}` as TextKey);
  if (o.table) {
    const columns = o.source === 'scenario' ? SCENARIO_COLUMNS : TABLE_COLUMNS[o.source];
    return [
      ...head,
      el(
        'table',
        { id: 'findings-table' },
        el('caption', {}, `${caption} (${o.findings.length})`),
        el('thead', {}, el('tr', {}, ...columns.map((c) => el('th', { scope: 'col' }, c[L])))),
        el(
          'tbody',
          {},
          ...o.findings.map((f) =>
            el(
              'tr',
              {},
              ...f.cells.map((c) => {
                const text = typeof c === 'object' ? c[L] : String(c);
                // A number is never broken over two lines (styles.css), words may be.
                return el('td', NUMBER.test(text) ? { class: 'num' } : {}, text);
              }),
            ),
          ),
        ),
      ),
    ];
  }
  const list = el('ol', {
    class: 'findings',
    id: 'findings-list',
    'aria-label': caption,
    'data-source': o.source,
  });
  for (const f of o.findings) {
    const button = el(
      'button',
      { type: 'button', 'aria-current': String(o.current === f.index), 'data-index': String(f.index) },
      ...(f.status ? [el('span', { class: `badge c-${f.status}` }, statusText(f.status, L))] : []),
      el('span', {}, f.title[L]),
    );
    button.addEventListener('click', () => o.onSelect(f));
    list.append(el('li', {}, button));
  }
  const empty = o.source === 'scenario' && !o.findings.length ? [el('p', {}, t(L, 'noChanges'))] : [];
  return [...head, el('p', { class: 'muted', id: 'findings-count' }, `${o.findings.length}`), ...empty, list];
}
