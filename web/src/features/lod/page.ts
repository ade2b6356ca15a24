// The page around the level-of-detail stage: the full viewer's controls it does not offer, hidden, and
// the search box over every node of the compact graph.
import type { CompactGraph } from '../../../../src/contract/compact-graph';
import { $, el } from '../../ui/dom';
import { searchNodes } from './producers';

// Inline style, not the hidden attribute: the stylesheet's display rules would win over it.
const hide = (e: Element | null | undefined) => {
  if (e instanceof HTMLElement) e.style.display = 'none';
};

/** The full viewer's controls that act on the whole graph (filters, overlays, scenarios) are not offered here. */
export function hideFullViewerControls(): void {
  for (const id of ['focus', 'overlay', 'snapshot', 'scenario', 'layout', 'size'])
    hide(document.getElementById(id)?.closest('label'));
  for (const id of ['scenario-upload', 'download', 'export-png', 'scenario-editor', 'findings-section'])
    hide(document.getElementById(id));
  hide(document.querySelector('#filters-panel > details[open]'));
}

/** The search box over every node of the compact graph, folded or not. */
export function bindSearch(c: CompactGraph, choose: (i: number) => void): void {
  const input = $<HTMLInputElement>('search');
  const list = $<HTMLUListElement>('search-results');
  input.addEventListener('input', () => {
    const hits = searchNodes(c, input.value);
    list.replaceChildren(
      ...hits.map((i) => {
        const li = el('li', { role: 'option', 'data-id': c.nodes.id[i]! }, c.nodes.label[i]!);
        li.addEventListener('click', () => {
          list.hidden = true;
          input.setAttribute('aria-expanded', 'false');
          choose(i);
        });
        return li;
      }),
    );
    list.hidden = !hits.length;
    input.setAttribute('aria-expanded', String(hits.length > 0));
  });
}
