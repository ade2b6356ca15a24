// The legend: every colour and shape on screen, for the node kinds and for what the current overlay
// or scenario marks. Shapes are named, so colour is never the only cue.
import { KIND_STYLES } from '../graph/appearance';
import { t } from '../i18n';
import type { TextKey } from '../i18n';
import { NODE_KINDS } from '../state';
import type { Lang, Overlay } from '../state';
import { statusText } from './detail';
import { el } from './dom';

export function legendItems(L: Lang, overlay: Overlay, scenario: boolean): Node[] {
  const items: Node[] = NODE_KINDS.map((k) => {
    const s = KIND_STYLES[k]!;
    const shape = s.type === 'square' ? '' : s.type === 'border' ? ' ring' : ' circle';
    return el(
      'li',
      {},
      el('span', { class: `swatch c-${k}${shape}`, 'aria-hidden': 'true' }),
      `${t(L, `kind_${k}` as TextKey)} (${t(L, s.shape)})`,
    );
  });
  const statuses = scenario
    ? ['added', 'removed', 'changed']
    : overlay === 'changes'
      ? ['changed']
      : overlay === 'deviations'
        ? ['deviation', 'explained', 'contested', 'unknown']
        : overlay === 'contradictions'
          ? ['contested']
          : overlay === 'fragmentation'
            ? ['deviation', 'explained', 'compliant']
            : [];
  for (const s of statuses)
    items.push(
      el(
        'li',
        {},
        el('span', { class: `swatch circle c-${s}`, 'aria-hidden': 'true' }),
        overlay === 'fragmentation'
          ? `${t(L, 'index')} ${s === 'deviation' ? '≥ 0.5' : s === 'explained' ? '0.25–0.5' : '< 0.25'}`
          : statusText(s, L),
      ),
    );
  if (overlay === 'overlap') {
    items.push(
      el(
        'li',
        {},
        el('span', { class: 'swatch line c-overlap', 'aria-hidden': 'true' }),
        t(L, 'legendOverlapEdge'),
      ),
    );
    items.push(
      el('li', {}, el('span', { class: 'swatch line c-reported', 'aria-hidden': 'true' }), t(L, 'reported')),
    );
  }
  items.push(
    el(
      'li',
      {},
      el('span', { class: 'swatch line c-selected', 'aria-hidden': 'true' }),
      t(L, 'legendSelected'),
    ),
  );
  return items;
}
