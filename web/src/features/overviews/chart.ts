// The fragmentation components per stelsel as a small stacked bar chart in plain SVG: one bar per
// stelsel, its parts the weighted components (so the bar's length is the index), an axis from 0 to 1,
// a legend, and a tooltip with the formula on hover and on keyboard focus. Plain SVG rather than the
// reports' Vega-Lite: the vega bundle is several hundred kB for eleven bars, and the viewer's
// Content-Security-Policy forbids the inline styles vega's SVG renderer writes. The same numbers are
// in a table below the chart for screen readers.
import type { Lang } from '../../state';
import { el } from '../../ui/dom';
import { COMPONENTS, INDEX_TICKS, numberText } from './producers';
import type { BarGroup, BarPart, Component } from './producers';
import { componentMeaning, componentName, tx } from './text';

/** The reports' component colours (Okabe–Ito), so the chart reads the same in both. */
export const COMPONENT_COLORS: Record<Component, string> = {
  distance: '#0072b2',
  spread: '#e69f00',
  reach: '#cc79a7',
};

const SYMBOL: Record<Component, string> = { distance: 'D', spread: 'S', reach: 'R' };

const NS = 'http://www.w3.org/2000/svg';
function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: (Node | string)[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
}

const W = 660;
const LEFT = 84;
const RIGHT = 120;
const TOP = 8;
const ROW = 26;
const BAR = 16;
const PLOT = W - LEFT - RIGHT;
const x = (v: number) => LEFT + v * PLOT;

/** The formula with this stelsel's numbers: "index = 0,5 · 0,438 + … = 0,448". */
export function formulaText(g: BarGroup, lang: Lang): string {
  const n = (v: number) => numberText(v, lang);
  const symbols = g.parts.map((p) => `${n(p.weight)} · ${SYMBOL[p.component]}`);
  const values = g.parts.map((p) => `${n(p.weight)} · ${n(p.value)}`);
  const range = g.contested
    ? ` (${tx(lang, 'contestedRange')} ${n(g.indexRange[0])}–${n(g.indexRange[1])})`
    : '';
  return `${g.ministry}: ${tx(lang, 'index')} = ${symbols.join(' + ')} = ${values.join(' + ')} = ${n(g.index)}${range}`;
}

export function partText(p: BarPart, lang: Lang): string {
  const n = (v: number) => numberText(v, lang);
  return `${componentName(lang, p.component)} = ${n(p.value)}: ${componentMeaning(lang, p.component)}; ${tx(lang, 'contribution')} ${n(p.weight)} · ${n(p.value)} = ${n(p.weighted)}`;
}

export interface ChartOptions {
  lang: Lang;
  groups: readonly BarGroup[];
  /** Shows a tooltip text near an element, or hides it (null). */
  tooltip(target: Element | null, text: string): void;
}

export function fragmentationChart(o: ChartOptions): Node[] {
  const L = o.lang;
  const H = TOP + o.groups.length * ROW + 44;
  const axisY = TOP + o.groups.length * ROW;
  const chart = svg('svg', {
    id: 'ov-chart',
    class: 'ov-chart',
    viewBox: `0 0 ${W} ${H}`,
    width: W,
    height: H,
    role: 'group',
    'aria-labelledby': 'ov-chart-caption',
  });
  for (const t of INDEX_TICKS) {
    chart.append(
      svg('line', { x1: x(t), x2: x(t), y1: TOP - 4, y2: axisY, stroke: '#d9dee4', 'stroke-width': 1 }),
      svg(
        'text',
        {
          x: x(t),
          y: axisY + 16,
          'text-anchor': 'middle',
          'font-size': 11,
          fill: '#1d2733',
          class: 'ov-tick',
        },
        numberText(t, L, 2),
      ),
    );
  }
  chart.append(
    svg('line', { x1: LEFT, x2: x(1), y1: axisY, y2: axisY, stroke: '#5b6775', 'stroke-width': 1 }),
    svg(
      'text',
      {
        x: x(0.5),
        y: axisY + 36,
        'text-anchor': 'middle',
        'font-size': 12,
        fill: '#1d2733',
        id: 'ov-axis-title',
      },
      tx(L, 'fragAxis'),
    ),
  );
  o.groups.forEach((g, i) => {
    const y = TOP + i * ROW + (ROW - BAR) / 2;
    const formula = formulaText(g, L);
    const group = svg('g', {
      class: 'ov-bar',
      'data-ministry': g.ministry,
      'data-index': g.index,
      tabindex: 0,
      role: 'img',
      'aria-label': formula,
    });
    group.append(
      svg(
        'text',
        { x: LEFT - 8, y: y + BAR - 3, 'text-anchor': 'end', 'font-size': 12, fill: '#1d2733' },
        g.ministry,
      ),
    );
    for (const p of g.parts) {
      const rect = svg('rect', {
        class: 'ov-part',
        'data-component': p.component,
        'data-value': p.value,
        'data-weighted': p.weighted,
        x: x(p.start),
        y,
        width: Math.max(0, p.weighted * PLOT),
        height: BAR,
        fill: COMPONENT_COLORS[p.component],
      });
      const text = partText(p, L);
      rect.addEventListener('mouseenter', () => o.tooltip(rect, `${text}\n${formula}`));
      rect.addEventListener('mouseleave', () => o.tooltip(null, ''));
      group.append(rect);
    }
    if (g.contested)
      group.append(
        svg('line', {
          class: 'ov-range',
          x1: x(g.indexRange[0]),
          x2: x(g.indexRange[1]),
          y1: y + BAR / 2,
          y2: y + BAR / 2,
          stroke: '#1d2733',
          'stroke-width': 1.5,
          'stroke-dasharray': '3 2',
        }),
      );
    group.append(
      svg(
        'text',
        {
          x: x(Math.max(g.index, g.contested ? g.indexRange[1] : 0)) + 6,
          y: y + BAR - 3,
          'font-size': 12,
          fill: '#1d2733',
        },
        `${numberText(g.index, L)}${g.contested ? ` (${numberText(g.indexRange[0], L, 2)}–${numberText(g.indexRange[1], L, 2)})` : ''}`,
      ),
    );
    group.addEventListener('focus', () => o.tooltip(group, formula));
    group.addEventListener('blur', () => o.tooltip(null, ''));
    chart.append(group);
  });

  const legend = el(
    'ul',
    { class: 'ov-legend', id: 'ov-chart-legend', 'aria-label': tx(L, 'legend') },
    ...COMPONENTS.map((c) =>
      el(
        'li',
        { 'data-component': c },
        el('span', { class: `ov-swatch ov-comp-${c}`, 'aria-hidden': 'true' }),
        ` ${componentName(L, c)}: ${componentMeaning(L, c)}`,
      ),
    ),
  );
  const n = (v: number) => numberText(v, L);
  const table = el(
    'details',
    { class: 'ov-values' },
    el('summary', {}, tx(L, 'fragTable')),
    el(
      'table',
      { id: 'ov-chart-table' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, tx(L, 'ministry')),
          el('th', { scope: 'col' }, tx(L, 'index')),
          ...COMPONENTS.map((c) => el('th', { scope: 'col' }, componentName(L, c))),
        ),
      ),
      el(
        'tbody',
        {},
        ...o.groups.map((g) =>
          el(
            'tr',
            {},
            el('th', { scope: 'row' }, g.ministry),
            el('td', {}, n(g.index)),
            ...g.parts.map((p) => el('td', {}, n(p.value))),
          ),
        ),
      ),
    ),
  );
  return [legend, el('div', { class: 'ov-scroll ov-chart-wrap' }, chart), table];
}
