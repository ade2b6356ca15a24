// The page's text in the current language, and the counts of what the view shows.
import { edgeVisible, nodeVisible, visibilityContext } from '../graph/visibility';
import type { DataGraph, VisibilityContext } from '../graph/visibility';
import { t } from '../i18n';
import type { TextKey } from '../i18n';
import type { ViewState } from '../state';
import { $ } from '../ui/dom';
import { edgeKindText } from '../ui/plain';
import type { AppContext } from './context';

/** The nodes and relations a graph shows in the current view (filters, focus, snapshot). */
export function visibleCounts(
  data: DataGraph,
  state: ViewState,
  visibility: VisibilityContext,
): { nodes: number; edges: number } {
  const visible = new Set(data.filterNodes((n, a) => nodeVisible(a, n, state, visibility)));
  let edges = 0;
  data.forEachEdge((_e, a, s, target) => {
    if (edgeVisible(a, state) && visible.has(s) && visible.has(target)) edges++;
  });
  return { nodes: visible.size, edges };
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '±0');

/**
 * How much of the graph the current view shows, in words (also what a screen reader hears). In a
 * scenario the counts are of the graph after it, and say how they differ from the current situation
 * under the same filters, so a count that moves is explained where it is read.
 */
export function renderCounts(ctx: AppContext): void {
  const state = ctx.state();
  const L = state.lang;
  const now = visibleCounts(ctx.data, state, ctx.view.visibility);
  const counts = $('counts');
  counts.dataset.nodes = String(now.nodes);
  counts.dataset.edges = String(now.edges);
  let text = `${now.nodes} ${t(L, 'countNodes')} · ${now.edges} ${t(L, 'countEdges')}`;
  let title = t(L, 'countsTitle');
  if (ctx.view.scenario) {
    const before = visibleCounts(ctx.base, state, visibilityContext(ctx.base, state));
    const dn = now.nodes - before.nodes;
    const de = now.edges - before.edges;
    counts.dataset.deltaNodes = String(dn);
    counts.dataset.deltaEdges = String(de);
    const word = (n: number, one: TextKey, many: TextKey) => t(L, Math.abs(n) === 1 ? one : many);
    text += ` (${t(L, 'countsScenario')}: ${signed(dn)} ${word(dn, 'countNode', 'countNodes')}, ${signed(de)} ${word(de, 'countEdge', 'countEdges')})`;
    title += ` ${t(L, 'countsScenarioTitle')} ${before.nodes} ${t(L, 'countNodes')} · ${before.edges} ${t(L, 'countEdges')}.`;
  } else {
    delete counts.dataset.deltaNodes;
    delete counts.dataset.deltaEdges;
  }
  counts.textContent = text;
  counts.title = title;
}

/** All static UI text (data-i18n attributes, menu options) in the current language. */
export function renderStaticText(ctx: AppContext): void {
  const L = ctx.state().lang;
  document.documentElement.lang = L;
  document
    .querySelectorAll<HTMLElement>('[data-i18n]')
    .forEach((n) => (n.textContent = t(L, n.dataset.i18n as TextKey)));
  document
    .querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')
    .forEach((n) => (n.placeholder = t(L, n.dataset.i18nPlaceholder as TextKey)));
  document
    .querySelectorAll<HTMLElement>('[data-i18n-aria-label]')
    .forEach((n) => n.setAttribute('aria-label', t(L, n.dataset.i18nAriaLabel as TextKey)));
  document.querySelectorAll<HTMLElement>('[data-text]').forEach((n) => {
    const key = n.dataset.text!;
    n.textContent = key.startsWith('edge_')
      ? edgeKindText(key.slice(5), L)
      : key.startsWith('kind_') || key.startsWith('level_')
        ? t(L, key as TextKey)
        : key;
  });
  const label = (id: string, prefix: string) =>
    $<HTMLSelectElement>(id)
      .querySelectorAll('option')
      .forEach((o) => (o.textContent = t(L, `${prefix}${o.value}` as TextKey)));
  label('overlay', 'overlay_');
  // In a scenario "no analysis" shows what the scenario changes.
  const none = $<HTMLSelectElement>('overlay').querySelector('option[value="none"]');
  if (none && ctx.view.scenario) none.textContent = t(L, 'overlayNoneScenario');
  label('layout', 'layout_');
  label('size', 'size_');
  $<HTMLSelectElement>('snapshot')
    .querySelectorAll('option')
    .forEach((o) => (o.textContent = o.value));
  $<HTMLSelectElement>('focus')
    .querySelectorAll('option')
    .forEach((o) => (o.textContent = o.value || t(L, 'focusAll')));
  const firstOption = (id: string, key: TextKey) => {
    const o = $<HTMLSelectElement>(id).querySelector('option[value=""]');
    if (o) o.textContent = t(L, key);
  };
  firstOption('scenario', 'scenarioNone');
  firstOption('download', 'downloadChoose');
  $('toggle-table').textContent = t(L, ctx.view.showTable ? 'listView' : 'tableView');
}
