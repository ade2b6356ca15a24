// The deviations matrix as DOM: an accessible table (row and column headers, one button per cell)
// coloured with the viewer's status colours and lettered like the report's matrix, so colour is never
// the only cue; the legend counts the cells. A finding's detail is the detail panel's own view.
import { label } from '../../../../src/model/labels';
import type { DataGraph } from '../../graph/visibility';
import type { Lang } from '../../state';
import { el } from '../../ui/dom';
import { STATUS_ORDER, findingKey, statusCounts, subjectText } from './producers';
import type { DeviationFinding, DeviationMatrix, MatrixCell } from './producers';
import { statusLetter, tx } from './text';

/** The norm's wording (the norm node of the graph), in the user's language where the data has it. */
export function normText(graph: DataGraph, article: string, lang: Lang): string {
  const id = `norm/${article}`;
  if (!graph.hasNode(id)) return `Art. ${article}`;
  const a = graph.getNodeAttributes(id);
  return (lang === 'en' && a.nameEn) || a.name;
}

export interface MatrixOptions {
  lang: Lang;
  graph: DataGraph;
  findings: readonly DeviationFinding[];
  matrix: DeviationMatrix;
  /** The key of the finding shown (its cell is marked current). */
  current: string | null;
  onChoose(finding: DeviationFinding): void;
}

function cellButton(o: MatrixOptions, c: MatrixCell): HTMLElement {
  const L = o.lang;
  const where = `${subjectText(c.ministry, L)}, art. ${c.article}`;
  if (c.finding === null || !c.status)
    return el('span', { class: 'ov-cell ov-empty' }, el('span', { class: 'sr-only' }, `${where}: `), '—');
  const f = o.findings[c.finding]!;
  const key = findingKey(f);
  const b = el(
    'button',
    {
      type: 'button',
      class: `ov-cell c-${c.status}`,
      'data-cell': key,
      'data-status': c.status,
      'aria-current': String(o.current === key),
      title: `${where}: ${label('status', c.status, L)}`,
    },
    el('span', { 'aria-hidden': 'true' }, statusLetter(L, c.status)),
    el('span', { class: 'sr-only' }, `${where}: ${label('status', c.status, L)}`),
  );
  b.addEventListener('click', () => o.onChoose(f));
  return b;
}

const STEPS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Arrow keys move between the cells of a matrix as in a spreadsheet (skipping cells without a
 * finding); Tab still walks every cell, so both ways reach each one.
 */
function arrowNavigation(table: HTMLTableElement): void {
  table.addEventListener('keydown', (e) => {
    const step = STEPS[e.key];
    const cell = (e.target as HTMLElement).closest('td');
    const row = cell?.parentElement as HTMLTableRowElement | undefined;
    if (!step || !cell || !row) return;
    const body = [...table.tBodies[0]!.rows];
    let [r, c] = [body.indexOf(row), cell.cellIndex];
    for (;;) {
      [r, c] = [r + step[0], c + step[1]];
      const target = body[r]?.cells[c];
      if (!target || c < 1) return;
      const button = target.querySelector('button');
      if (button) {
        e.preventDefault();
        button.focus();
        return;
      }
    }
  });
}

export function matrixView(o: MatrixOptions): Node[] {
  const L = o.lang;
  const m = o.matrix;
  const head = (article: string) =>
    el('th', { scope: 'col' }, el('abbr', { title: normText(o.graph, article, L) }, `Art. ${article}`));
  const table = el(
    'table',
    { id: 'ov-matrix', class: 'ov-matrix' },
    el('caption', {}, tx(L, 'matrixTitle')),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, tx(L, 'ministry')), ...m.articles.map(head))),
    el(
      'tbody',
      {},
      ...m.rows.map((r) =>
        el(
          'tr',
          { 'data-ministry': r.ministry },
          el(
            'th',
            { scope: 'row' },
            o.graph.hasNode(r.ministry)
              ? el('abbr', { title: o.graph.getNodeAttribute(r.ministry, 'name') }, r.ministry)
              : r.ministry,
          ),
          ...r.cells.map((c) => el('td', {}, cellButton(o, c))),
        ),
      ),
    ),
  );
  arrowNavigation(table);
  const rijk = m.rijk.length
    ? el(
        'table',
        { id: 'ov-matrix-rijk', class: 'ov-matrix' },
        el('caption', {}, tx(L, 'rijkCaption')),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, ''), ...m.rijk.map((c) => head(c.article)))),
        el(
          'tbody',
          {},
          el(
            'tr',
            { 'data-ministry': 'rijk' },
            el('th', { scope: 'row' }, subjectText('rijk', L)),
            ...m.rijk.map((c) => el('td', {}, cellButton(o, c))),
          ),
        ),
      )
    : null;
  if (rijk) arrowNavigation(rijk);
  const counts = statusCounts(m);
  const legend = el(
    'ul',
    { class: 'ov-legend', id: 'ov-matrix-legend', 'aria-label': tx(L, 'legend') },
    ...STATUS_ORDER.map((s) =>
      el(
        'li',
        { 'data-status': s },
        el('span', { class: `ov-swatch c-${s}`, 'aria-hidden': 'true' }, statusLetter(L, s)),
        ` ${label('status', s, L)} (${counts[s]} ${tx(L, 'cells')})`,
      ),
    ),
  );
  return [
    legend,
    el('div', { class: 'ov-scroll' }, table),
    ...(rijk ? [el('div', { class: 'ov-scroll' }, rijk)] : []),
  ];
}
