// Charts as Vega-Lite specifications compiled and rendered to SVG by vega in Node (renderer 'none':
// no canvas, no browser). Every chart gets a <title> and <desc> for assistive technology, and the
// viewer's status colours.
import * as vega from 'vega';
import * as vl from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { STATUS_COLORS } from '../../../web/src/graph/appearance';
import { escapeXml } from '../../render/svg/graph';

export async function renderVegaLite(
  spec: TopLevelSpec,
  text: { title: string; desc: string; id: string },
): Promise<string> {
  const compiled = vl.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    // vega's root <svg> has no accessible name: add role, title and desc right after it.
    return svg.replace(
      /^<svg([^>]*)>/,
      (_m, attrs: string) =>
        `<svg${attrs} role="img" aria-labelledby="${text.id}-title ${text.id}-desc"><title id="${text.id}-title">${escapeXml(text.title)}</title><desc id="${text.id}-desc">${escapeXml(text.desc)}</desc>`,
    );
  } finally {
    view.finalize();
  }
}

const STATUS_ORDER = ['deviation', 'explained', 'contested', 'unknown', 'compliant'] as const;
const FONT = 'DejaVu Sans, Arial, sans-serif';
const CONFIG = { font: FONT, view: { stroke: null }, axis: { labelFontSize: 10, titleFontSize: 11 } };

/** Ministries × articles, a cell per finding, coloured by status and lettered (colour is not the only cue). */
export function deviationsMatrixSpec(
  cells: { ministry: string; article: string; status: string; label: string; letter: string }[],
  ministries: string[],
  articles: string[],
  statusLabels: Record<string, string>,
  axis: { ministry: string; article: string; status: string },
): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CONFIG,
    data: { values: cells },
    width: Math.max(200, articles.length * 44),
    height: Math.max(120, ministries.length * 20),
    encoding: {
      x: { field: 'article', type: 'ordinal', sort: articles, title: axis.article, axis: { labelAngle: 0 } },
      y: { field: 'ministry', type: 'ordinal', sort: ministries, title: axis.ministry },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: '#ffffff', strokeWidth: 1 },
        encoding: {
          color: {
            field: 'label',
            type: 'nominal',
            title: axis.status,
            scale: {
              domain: STATUS_ORDER.map((s) => statusLabels[s] ?? s),
              range: STATUS_ORDER.map((s) => STATUS_COLORS[s] ?? '#999999'),
            },
          },
        },
      },
      { mark: { type: 'text', fontSize: 10, fill: '#1b1b1b' }, encoding: { text: { field: 'letter' } } },
    ],
  };
}

/** Rijk gremia × Rijk gremia, colour by overlap score, a dot where the report states the overlap. */
export function overlapHeatmapSpec(
  cells: { a: string; b: string; score: number; reported: boolean }[],
  bodies: string[],
  axis: { score: string },
): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CONFIG,
    data: { values: cells },
    width: Math.max(200, bodies.length * 22),
    height: Math.max(200, bodies.length * 22),
    encoding: {
      x: { field: 'a', type: 'ordinal', sort: bodies, title: null, axis: { labelAngle: -50 } },
      y: { field: 'b', type: 'ordinal', sort: bodies, title: null },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: '#ffffff', strokeWidth: 0.5 },
        encoding: {
          color: {
            field: 'score',
            type: 'quantitative',
            title: axis.score,
            scale: { scheme: 'blues', domain: [0, 1] },
          },
        },
      },
      {
        transform: [{ filter: 'datum.reported' }],
        mark: { type: 'point', shape: 'circle', filled: true, size: 40, color: STATUS_COLORS.deviation! },
      },
    ],
  };
}

/** Fragmentation index per stelsel as a stacked bar of its weighted components. */
export function fragmentationBarSpec(
  parts: { ministry: string; component: string; value: number; order: number }[],
  ministries: string[],
  components: string[],
  axis: { index: string; ministry: string; component: string },
): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CONFIG,
    data: { values: parts },
    width: 520,
    height: Math.max(120, ministries.length * 22),
    mark: 'bar',
    encoding: {
      y: { field: 'ministry', type: 'ordinal', sort: ministries, title: axis.ministry },
      x: {
        field: 'value',
        type: 'quantitative',
        aggregate: 'sum',
        title: axis.index,
        scale: { domain: [0, 1] },
      },
      color: {
        field: 'component',
        type: 'nominal',
        title: axis.component,
        sort: components,
        scale: { domain: components, range: ['#0072b2', '#e69f00', '#cc79a7'] },
      },
      order: { field: 'order', type: 'quantitative' },
    },
  };
}
