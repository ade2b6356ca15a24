// The page's text in the current language, and the counts of what the view shows.
import { edgeVisible, nodeVisible } from '../graph/visibility';
import { t } from '../i18n';
import type { TextKey } from '../i18n';
import { $ } from '../ui/dom';
import type { AppContext } from './context';

/** How much of the graph the current view shows, in words (also what a screen reader hears). */
export function renderCounts(ctx: AppContext): void {
  const state = ctx.state();
  const visible = new Set(ctx.data.filterNodes((n, a) => nodeVisible(a, n, state, ctx.view.visibility)));
  let edges = 0;
  ctx.data.forEachEdge((_e, a, s, target) => {
    if (edgeVisible(a, state) && visible.has(s) && visible.has(target)) edges++;
  });
  const counts = $('counts');
  counts.dataset.nodes = String(visible.size);
  counts.dataset.edges = String(edges);
  counts.textContent = `${visible.size} ${t(state.lang, 'countNodes')} · ${edges} ${t(state.lang, 'countEdges')}`;
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
    n.textContent = key.startsWith('kind_') || key.startsWith('level_') ? t(L, key as TextKey) : key;
  });
  const label = (id: string, prefix: string) =>
    $<HTMLSelectElement>(id)
      .querySelectorAll('option')
      .forEach((o) => (o.textContent = t(L, `${prefix}${o.value}` as TextKey)));
  label('overlay', 'overlay_');
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
