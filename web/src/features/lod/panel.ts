// The level-of-detail view's panels: the explanation with "fold all" beside the filters, the detail
// of a selected node (fetched from GET /api/nodes/{id}: the compact graph holds only what is drawn)
// or of a folded group, and the counts under the stage. DOM builders; what a click does is the caller's.
import type { NodeDetail } from '../../../../src/contract/responses';
import type { Lang } from '../../state';
import { el } from '../../ui/dom';
import { edgeKindText, kindText } from '../../ui/plain';
import { lodText } from './text';

/** How many neighbours the detail lists before "and N more" (a hub has thousands). */
const NEIGHBOUR_LIMIT = 40;

export function sidePanel(lang: Lang, unfolded: number, onFoldAll: () => void): HTMLElement {
  const button = el('button', { type: 'button', id: 'lod-fold-all' }, lodText(lang, 'collapseAll'));
  button.addEventListener('click', onFoldAll);
  return el(
    'section',
    { id: 'lod-panel', class: 'lod-panel' },
    el('h2', {}, lodText(lang, 'title')),
    el('p', { class: 'muted' }, lodText(lang, 'explain')),
    el('p', {}, button, ` ${unfolded} ${lodText(lang, 'unfolded')}`),
  );
}

export function nodeDetail(
  d: NodeDetail,
  lang: Lang,
  open: (id: string) => void,
  fold: (() => void) | null,
): Node[] {
  const a = d.attributes;
  const out: Node[] = [
    el('h3', {}, a.name),
    el('p', { class: 'muted' }, `${kindText(a.kind, a.type, lang)} · ${d.id}`),
  ];
  if (fold) {
    const b = el('button', { type: 'button', id: 'lod-fold-group' }, lodText(lang, 'collapseGroup'));
    b.addEventListener('click', fold);
    out.push(el('p', {}, b));
  }
  out.push(el('h4', {}, `${lodText(lang, 'neighbours')} (${d.neighbours.length})`));
  const items = d.neighbours.slice(0, NEIGHBOUR_LIMIT).map((n) => {
    const b = el('button', { type: 'button', class: 'linklike' }, n.name);
    b.addEventListener('click', () => open(n.node));
    return el('li', {}, `${edgeKindText(n.kind, lang)} ${n.direction === 'out' ? '→' : '←'} `, b);
  });
  out.push(el('ul', { class: 'sources' }, ...items));
  if (d.neighbours.length > NEIGHBOUR_LIMIT)
    out.push(
      el('p', { class: 'muted' }, `+ ${d.neighbours.length - NEIGHBOUR_LIMIT} ${lodText(lang, 'more')}`),
    );
  return out;
}

export function groupDetail(name: string, count: number, lang: Lang): Node[] {
  return [
    el('h3', {}, name),
    el('p', { class: 'muted' }, `${lodText(lang, 'group')} · ${count} ${lodText(lang, 'members')}`),
  ];
}

export function countsText(
  lang: Lang,
  c: { nodes: number; edges: number; groups: number; drawn: number },
): string {
  const f = (x: number) => x.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  return `${f(c.nodes)} ${lodText(lang, 'nodes')} · ${f(c.edges)} ${lodText(lang, 'edges')} · ${f(c.groups)} ${lodText(lang, 'groups')}`;
}
