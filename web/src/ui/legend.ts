// The legend: every colour and shape on screen — node kinds, Rijk gremia, relation kinds, and what the
// current overlay or scenario marks. Swatches take their colours from graph/appearance.ts (set through
// the CSSOM, which the Content-Security-Policy allows), so the legend cannot drift from the drawing.
// Shapes are named as well, so colour is never the only cue.
import {
  EDGE_COLOR,
  EDGE_COLORS,
  KIND_STYLES,
  OVERLAP_EDGE_COLOR,
  RIJK_BODY_COLOR,
  SELECTED_COLOR,
  STATUS_COLORS,
} from '../graph/appearance';
import { formula } from '../../../src/model/formulas';
import { t } from '../i18n';
import type { TextKey } from '../i18n';
import { NODE_KINDS } from '../state';
import type { Lang, Overlay } from '../state';
import { statusText } from './detail';
import { el } from './dom';
import { edgeKindText } from './plain';

function item(
  color: string,
  shape: 'square' | 'circle' | 'ring' | 'line',
  text: string,
  tip?: string,
): HTMLElement {
  const swatch = el('span', { class: `swatch ${shape}`, 'aria-hidden': 'true' });
  if (shape === 'ring') swatch.style.borderColor = color;
  else swatch.style.background = color;
  return el('li', tip ? { title: tip } : {}, swatch, text);
}

const SHAPES = { square: 'square', circle: 'circle', border: 'ring' } as const;

export function legendItems(L: Lang, overlay: Overlay, scenario: boolean): Node[] {
  // A kind without a style of its own is drawn as a topic (renderer/producers.ts): list only styled ones.
  const items: HTMLElement[] = NODE_KINDS.filter((k) => KIND_STYLES[k]).map((k) => {
    const s = KIND_STYLES[k]!;
    return item(s.color, SHAPES[s.type], `${t(L, `kind_${k}` as TextKey)} (${t(L, s.shape)})`);
  });
  items.splice(
    4,
    0,
    item(RIJK_BODY_COLOR, 'ring', `${t(L, 'kind_body')}, ${t(L, 'level_rijk')} (${t(L, 'shapeRing')})`),
  );
  for (const [kind, color] of Object.entries(EDGE_COLORS))
    items.push(item(color, 'line', edgeKindText(kind, L)));
  items.push(item(EDGE_COLOR, 'line', t(L, 'otherRelations')));
  // A scenario draws the graph after it: what it removed is not drawn, so it has no swatch.
  const statuses = scenario
    ? ['added', 'changed']
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
      item(
        STATUS_COLORS[s]!,
        'circle',
        overlay === 'fragmentation' && !scenario
          ? `${t(L, 'index')} ${s === 'deviation' ? '≥ 0.5' : s === 'explained' ? '0.25–0.5' : '< 0.25'}`
          : statusText(s, L),
        // The band's numbers are fragmentation indices: the tooltip says how one is computed.
        overlay === 'fragmentation' && !scenario
          ? `${formula('fragmentationBand', L)}. ${formula('fragmentationIndex', L)}`
          : undefined,
      ),
    );
  if (overlay === 'overlap' && !scenario) {
    items.push(item(OVERLAP_EDGE_COLOR, 'line', t(L, 'legendOverlapEdge'), formula('overlapScore', L)));
    items.push(item(STATUS_COLORS.deviation!, 'line', t(L, 'reported')));
  }
  items.push(item(SELECTED_COLOR, 'line', t(L, 'legendSelected')));
  return items;
}
