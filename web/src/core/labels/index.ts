// Label placement on screen: sigma's own label pass is off; after every frame the labels are placed
// (producers.ts) and drawn on sigma's label canvas, so no two drawn labels overlap in any view. The
// boxes of the last frame are readable for tests as `window.cioGraphLabels()`.
import type { AppContext, Renderer } from '../context';
import { labelPriority, placeLabels } from './producers';
import type { LabelBox, LabelCandidate } from './producers';

export const LABEL_FONT = 'system-ui, DejaVu Sans, sans-serif';
export const LABEL_SIZE = 12;

declare global {
  interface Window {
    cioGraphLabels?: () => LabelBox[];
  }
}

/**
 * Places the labels of a renderer's current frame and draws them on its label canvas; returns the
 * boxes drawn. Used for the live renderer after every frame and for the PNG export's own renderer
 * (sigma's export copies the settings, and with them `renderLabels: false`: the PNG had no labels).
 */
export function drawLabels(
  renderer: Renderer,
  data: AppContext['data'],
  measure: (context: CanvasRenderingContext2D, label: string) => number,
): LabelBox[] {
  const display = renderer.getGraph();
  const canvas = renderer.getCanvases().labels!;
  const context = canvas.getContext('2d')!;
  const { width, height } = renderer.getDimensions();
  context.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
  const candidates: LabelCandidate[] = [];
  display.forEachNode((id) => {
    const d = renderer.getNodeDisplayData(id);
    if (!d || d.hidden || !d.label) return;
    const p = renderer.framedGraphToViewport(d);
    const a = data.hasNode(id) ? data.getNodeAttributes(id) : undefined;
    candidates.push({
      id,
      label: d.label,
      x: p.x,
      y: p.y,
      size: renderer.scaleSize(d.size),
      priority: labelPriority({
        kind: a?.kind ?? 'topic',
        type: a?.type,
        level: a?.level,
        forced: d.forceLabel,
        zIndex: d.zIndex,
        degree: display.degree(id),
      }),
    });
  });
  const boxes = placeLabels(candidates, (label) => measure(context, label), LABEL_SIZE, { width, height });
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.lineWidth = 3;
  context.strokeStyle = 'rgba(255,255,255,0.85)';
  context.fillStyle = '#1a1a1a';
  context.lineJoin = 'round';
  for (const b of boxes) {
    const baseline = b.y + LABEL_SIZE;
    context.strokeText(b.label, b.x, baseline);
    context.fillText(b.label, b.x, baseline);
  }
  return boxes;
}

/** Text widths, measured once per label (the font never changes). */
export function labelMeasure(): (context: CanvasRenderingContext2D, label: string) => number {
  const widths = new Map<string, number>();
  return (context, label) => {
    let w = widths.get(label);
    if (w === undefined) {
      w = context.measureText(label).width;
      widths.set(label, w);
    }
    return w;
  };
}

export function bindLabelPlacement(ctx: AppContext): void {
  const { renderer } = ctx;
  let boxes: LabelBox[] = [];
  const measure = labelMeasure();
  const draw = () => {
    boxes = drawLabels(renderer, ctx.data, measure);
  };
  renderer.on('afterRender', draw);
  window.cioGraphLabels = () => boxes.map((b) => ({ ...b }));
  ctx.cleanup(() => {
    renderer.off('afterRender', draw);
    delete window.cioGraphLabels;
  });
}
