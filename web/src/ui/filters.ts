// The filter panel: node kinds, levels, relation kinds (checked = shown) and ministries (checked =
// only these; none checked = all). It only reports new view state; drawing is the reducers' job.
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
  for (const m of ministries) {
    const input = el('input', { type: 'checkbox', value: m });
    input.checked = state().ministries.includes(m);
    on(input, 'change', () => {
      const shown = state().ministries;
      set({ ministries: input.checked ? [...shown, m] : shown.filter((x) => x !== m) });
    });
    box.append(el('label', {}, input, ` ${m}`));
  }
}
