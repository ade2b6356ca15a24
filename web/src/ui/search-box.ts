// The search box as an ARIA combobox: type to search (name, abbreviation, id; see search.ts), arrow
// keys move through the options, Enter chooses, Escape closes. Returns its cleanup.
import type { DataGraph } from '../graph/visibility';
import { t } from '../i18n';
import type { TextKey } from '../i18n';
import { search } from '../search';
import type { Lang } from '../state';
import { el } from './dom';

export interface SearchBoxOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  graph(): DataGraph;
  lang(): Lang;
  /** Only nodes the view shows are offered (a hidden norm would select nothing visible). */
  visible(id: string): boolean;
  onChoose(id: string): void;
}

export function bindSearchBox(o: SearchBoxOptions): () => void {
  const listeners: [HTMLElement, string, EventListener][] = [];
  const on = <K extends keyof HTMLElementEventMap>(
    target: HTMLElement,
    type: K,
    fn: (e: HTMLElementEventMap[K]) => void,
  ) => {
    target.addEventListener(type, fn as EventListener);
    listeners.push([target, type, fn as EventListener]);
  };
  let results: string[] = [];
  let active = -1;
  const close = () => {
    o.list.hidden = true;
    o.input.setAttribute('aria-expanded', 'false');
    o.input.removeAttribute('aria-activedescendant');
  };
  const render = () => {
    o.list.replaceChildren(
      ...results.map((id, i) => {
        const a = o.graph().getNodeAttributes(id);
        const li = el(
          'li',
          {
            id: `search-option-${i}`,
            role: 'option',
            'aria-selected': String(i === active),
            'data-node': id,
          },
          a.name,
          ' ',
          el(
            'small',
            {},
            [a.abbreviation, a.ministries?.join('/'), t(o.lang(), `kind_${a.kind}` as TextKey)]
              .filter(Boolean)
              .join(' · '),
          ),
        );
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          choose(i);
        });
        return li;
      }),
    );
    if (!results.length && o.input.value.trim())
      o.list.replaceChildren(el('li', { role: 'option', 'aria-disabled': 'true' }, t(o.lang(), 'noResults')));
    o.list.hidden = !o.input.value.trim();
    o.input.setAttribute('aria-expanded', String(!o.list.hidden));
    if (active >= 0) o.input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else o.input.removeAttribute('aria-activedescendant');
  };
  const choose = (i: number) => {
    const id = results[i];
    if (!id) return;
    close();
    o.input.value = o.graph().getNodeAttribute(id, 'name');
    o.onChoose(id);
  };
  on(o.input, 'input', () => {
    results = search(o.graph(), o.input.value, 60).filter(o.visible).slice(0, 12);
    active = results.length ? 0 : -1;
    render();
  });
  on(o.input, 'keydown', (e) => {
    if (e.key === 'ArrowDown' && results.length) {
      active = (active + 1) % results.length;
      render();
      e.preventDefault();
    } else if (e.key === 'ArrowUp' && results.length) {
      active = (active - 1 + results.length) % results.length;
      render();
      e.preventDefault();
    } else if (e.key === 'Enter') {
      choose(Math.max(active, 0));
      e.preventDefault();
    } else if (e.key === 'Escape') close();
  });
  on(o.input, 'blur', () => close());
  return () => {
    for (const [target, type, fn] of listeners) target.removeEventListener(type, fn);
  };
}
