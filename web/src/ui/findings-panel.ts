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
  /** What the number in a finding's title means (its tooltip). */
  tip(finding: Finding): string | undefined;
  /** What the numbers of each table column mean. */
  columnTips: (string | undefined)[];
  /** What the count of findings means. */
  countTip: string;
}

const titled = (tip: string | undefined) => (tip ? { title: tip } : {});

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
        el('caption', { title: o.countTip }, `${caption} (${o.findings.length})`),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ...columns.map((c, i) => el('th', { scope: 'col', ...titled(o.columnTips[i]) }, c[L])),
          ),
        ),
        el(
          'tbody',
          {},
          ...o.findings.map((f) =>
            el(
              'tr',
              {},
              ...f.cells.map((c, i) => {
                const text = typeof c === 'object' ? c[L] : String(c);
                // A number is never broken over two lines (styles.css), words may be; it says what it is.
                const attrs = NUMBER.test(text) ? { class: 'num', ...titled(o.columnTips[i]) } : {};
                return el('td', attrs, text);
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
      {
        type: 'button',
        'aria-current': String(o.current === f.index),
        'data-index': String(f.index),
        ...titled(o.tip(f)),
      },
      ...(f.status ? [el('span', { class: `badge c-${f.status}` }, statusText(f.status, L))] : []),
      el('span', {}, f.title[L]),
    );
    button.addEventListener('click', () => o.onSelect(f));
    list.append(el('li', {}, button));
  }
  const empty = o.source === 'scenario' && !o.findings.length ? [el('p', {}, t(L, 'noChanges'))] : [];
  const count = el(
    'p',
    { class: 'muted', id: 'findings-count', title: o.countTip },
    `${o.findings.length} ${t(L, 'findingsCount')}`,
  );
  return [...head, count, ...empty, list];
}
