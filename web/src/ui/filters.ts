// The filter panel: node kinds, levels, relation kinds and ministries, checked = shown in every one.
// Ministries used to mean "none checked = all", so unchecking the last one showed everything again;
// now none checked shows none, says so, and offers every ministry back in one click. It only reports
// new view state; drawing is the reducers' job.
import { EDGE_KINDS, LEVELS, NODE_KINDS } from '../state';
import type { ViewState } from '../state';
import { $, el } from './dom';
import type { Listen } from './dom';

type FilterState = Pick<ViewState, 'hiddenNodeKinds' | 'hiddenLevels' | 'hiddenEdgeKinds' | 'ministries'>;

export function buildFilters(
  ministries: string[],
  state: () => FilterState,
  set: (patch: Partial<FilterState>) => void,
  on: Listen,
): void {
  const hiding = (
    id: string,
    values: readonly string[],
    key: 'hiddenNodeKinds' | 'hiddenLevels' | 'hiddenEdgeKinds',
    label: (v: string) => string,
  ) => {
    const box = $(id);
    box.replaceChildren(box.querySelector('legend')!);
    for (const v of values) {
      const input = el('input', { type: 'checkbox', value: v });
      input.checked = !state()[key].includes(v);
      on(input, 'change', () => {
        const hidden = state()[key];
        set({ [key]: input.checked ? hidden.filter((x) => x !== v) : [...hidden, v] });
      });
      // data-text: renderText puts the label in the current language.
      box.append(el('label', { 'data-label': v }, input, ' ', el('span', { 'data-text': label(v) })));
    }
  };
  hiding('filter-kinds', NODE_KINDS, 'hiddenNodeKinds', (v) => `kind_${v}`);
  hiding('filter-levels', LEVELS, 'hiddenLevels', (v) => `level_${v}`);
  hiding('filter-edges', EDGE_KINDS, 'hiddenEdgeKinds', (v) => `edge_${v}`);
  const box = $('filter-ministries');
  box.replaceChildren(box.querySelector('legend')!);
  const inputs: HTMLInputElement[] = [];
  // The message and its button carry data-i18n: renderText puts them in the current language.
  const none = el(
    'p',
    { id: 'ministries-none', class: 'notice', role: 'status' },
    el('span', { 'data-i18n': 'ministriesNone' }),
    ' ',
  );
  const all = el('button', { type: 'button', id: 'ministries-all', 'data-i18n': 'ministriesAll' });
  none.append(all);
  const sync = () => {
    const shown = state().ministries;
    for (const input of inputs) input.checked = shown === null || shown.includes(input.value);
    none.hidden = shown === null || shown.length > 0;
  };
  for (const m of ministries) {
    const input = el('input', { type: 'checkbox', value: m });
    inputs.push(input);
    on(input, 'change', () => {
      const shown = state().ministries ?? ministries;
      const next = input.checked ? [...shown, m] : shown.filter((x) => x !== m);
      // Every ministry checked is the default (all), which keeps the link short.
      set({ ministries: ministries.every((x) => next.includes(x)) ? null : next });
      sync();
    });
    box.append(el('label', {}, input, ` ${m}`));
  }
  on(all, 'click', () => {
    set({ ministries: null });
    sync();
  });
  box.append(none);
  sync();
}
