// One SVG renderer of a laid-out graph, shared by the reports (Node) and the viewer's SVG export
// (browser): no DOM, no Node built-ins, only strings. Nodes keep the viewer's colours and shapes
// (circle, square, ring); labels are placed greedily by priority at the first of four positions
// around their node that collides with no node and no label already placed, and left out otherwise
// (the full name stays in the node's <title>, so nothing is lost to a reader or a screen reader).

export type SvgShape = 'circle' | 'square' | 'ring';

export interface SvgNode {
  id: string;
  x: number;
  y: number;
  /** Radius in output pixels (sigma's node size). */
  size: number;
  color: string;
  shape: SvgShape;
  label?: string | undefined;
  /** Higher first when labels compete for room; defaults to the size. */
  priority?: number | undefined;
}

export interface SvgEdge {
  source: string;
  target: string;
  color: string;
  size: number;
}

export interface SvgGraphOptions {
  title: string;
  desc: string;
  width?: number;
  height?: number;
  /**
   * 'fit': positions are graph coordinates (y up, as in sigma) and are fitted into the box;
   * 'viewport': positions are already pixels of a width × height box (y down), as sigma's
   * graphToViewport gives them, so the export matches the canvas.
   */
  coordinates?: 'fit' | 'viewport';
  padding?: number;
  fontSize?: number;
  /** Distinguishes the ids of several SVGs in one HTML page. */
  idPrefix?: string;
  background?: string | null;
  maxLabelLength?: number;
}

export const SVG_GRAPH_DEFAULTS = {
  width: 900,
  height: 600,
  coordinates: 'fit' as 'fit' | 'viewport',
  padding: 24,
  fontSize: 11,
  idPrefix: 'graph',
  background: '#ffffff' as string | null,
  maxLabelLength: 34,
};

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A uniform grid of boxes, so collision checks stay near-linear on large graphs. */
class BoxIndex {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly cell: number) {}
  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let i = Math.floor(b.x0 / this.cell); i <= Math.floor(b.x1 / this.cell); i++)
      for (let j = Math.floor(b.y0 / this.cell); j <= Math.floor(b.y1 / this.cell); j++)
        out.push(`${i},${j}`);
    return out;
  }
  add(b: Box): void {
    for (const k of this.keys(b)) (this.cells.get(k) ?? this.cells.set(k, []).get(k)!).push(b);
  }
  hits(b: Box): boolean {
    return this.keys(b).some((k) => (this.cells.get(k) ?? []).some((o) => overlaps(o, b)));
  }
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Where each node is drawn, in output pixels. */
function project(nodes: SvgNode[], o: typeof SVG_GRAPH_DEFAULTS): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  if (o.coordinates === 'viewport') {
    for (const n of nodes) out.set(n.id, { x: n.x, y: n.y });
    return out;
  }
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  // Room for labels to the right of the rightmost nodes.
  const pad = o.padding + o.fontSize;
  const scale = Math.min((o.width - 2 * pad - 80) / spanX, (o.height - 2 * pad) / spanY);
  const offX = (o.width - spanX * scale) / 2 - 40;
  const offY = (o.height - spanY * scale) / 2;
  for (const n of nodes) out.set(n.id, { x: offX + (n.x - minX) * scale, y: offY + (maxY - n.y) * scale });
  return out;
}

function shape(n: SvgNode, x: number, y: number): string {
  const r = round(n.size);
  if (n.shape === 'square')
    return `<rect x="${round(x - r)}" y="${round(y - r)}" width="${round(2 * r)}" height="${round(2 * r)}" fill="${n.color}" stroke="#ffffff" stroke-width="0.8"/>`;
  if (n.shape === 'ring')
    return `<circle cx="${round(x)}" cy="${round(y)}" r="${round(r * 0.8)}" fill="#ffffff" stroke="${n.color}" stroke-width="${round(Math.max(1.5, r * 0.4))}"/>`;
  return `<circle cx="${round(x)}" cy="${round(y)}" r="${r}" fill="${n.color}" stroke="#ffffff" stroke-width="0.8"/>`;
}

export function renderGraphSvg(nodes: SvgNode[], edges: SvgEdge[], options: SvgGraphOptions): string {
  const o = { ...SVG_GRAPH_DEFAULTS, ...options };
  const at = project(nodes, o);
  const id = (s: string) => `${o.idPrefix}-${s}`;
  const edgeMarks = edges
    .filter((e) => at.has(e.source) && at.has(e.target))
    .map((e) => {
      const a = at.get(e.source)!;
      const b = at.get(e.target)!;
      return `<line x1="${round(a.x)}" y1="${round(a.y)}" x2="${round(b.x)}" y2="${round(b.y)}" stroke="${e.color}" stroke-width="${round(Math.max(0.5, e.size))}"/>`;
    });
  const nodeMarks = nodes.map((n) => {
    const p = at.get(n.id)!;
    return `<g class="node" data-id="${escapeXml(n.id)}"><title>${escapeXml(n.label ?? n.id)}</title>${shape(n, p.x, p.y)}</g>`;
  });

  // Labels: nodes block their own box; each label tries right, left, below, above.
  const index = new BoxIndex(Math.max(40, o.fontSize * 6));
  for (const n of nodes) {
    const p = at.get(n.id)!;
    index.add({ x0: p.x - n.size, y0: p.y - n.size, x1: p.x + n.size, y1: p.y + n.size });
  }
  const labelMarks: string[] = [];
  const byPriority = nodes
    .filter((n) => n.label)
    .sort((a, b) => (b.priority ?? b.size) - (a.priority ?? a.size) || a.id.localeCompare(b.id));
  for (const n of byPriority) {
    const full = n.label!;
    const text = full.length > o.maxLabelLength ? `${full.slice(0, o.maxLabelLength - 1)}…` : full;
    const w = text.length * o.fontSize * 0.56;
    const h = o.fontSize * 1.15;
    const p = at.get(n.id)!;
    const gap = n.size + 2;
    const candidates: { box: Box; x: number; y: number; anchor: string }[] = [
      {
        box: { x0: p.x + gap, y0: p.y - h / 2, x1: p.x + gap + w, y1: p.y + h / 2 },
        x: p.x + gap,
        y: p.y,
        anchor: 'start',
      },
      {
        box: { x0: p.x - gap - w, y0: p.y - h / 2, x1: p.x - gap, y1: p.y + h / 2 },
        x: p.x - gap,
        y: p.y,
        anchor: 'end',
      },
      {
        box: { x0: p.x - w / 2, y0: p.y + gap, x1: p.x + w / 2, y1: p.y + gap + h },
        x: p.x,
        y: p.y + gap + h / 2,
        anchor: 'middle',
      },
      {
        box: { x0: p.x - w / 2, y0: p.y - gap - h, x1: p.x + w / 2, y1: p.y - gap },
        x: p.x,
        y: p.y - gap - h / 2,
        anchor: 'middle',
      },
    ];
    const inside = (b: Box) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= o.width && b.y1 <= o.height;
    const spot = candidates.find((c) => inside(c.box) && !index.hits(c.box));
    if (!spot) continue;
    index.add(spot.box);
    // A light box behind the text instead of a stroked halo: a halo is a second copy of the text,
    // which text extraction (pdftotext, screen readers of the PDF) would read twice.
    const b = spot.box;
    labelMarks.push(
      `<rect x="${round(b.x0)}" y="${round(b.y0)}" width="${round(b.x1 - b.x0)}" height="${round(b.y1 - b.y0)}" fill="#ffffff" fill-opacity="0.8"/>` +
        `<text x="${round(spot.x)}" y="${round(spot.y)}" text-anchor="${spot.anchor}" dominant-baseline="central" data-for="${escapeXml(n.id)}">${escapeXml(text)}</text>`,
    );
  }
  const background = o.background ? `<rect width="100%" height="100%" fill="${o.background}"/>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${o.height}" width="${o.width}" height="${o.height}" role="img" aria-labelledby="${id('title')} ${id('desc')}">` +
    `<title id="${id('title')}">${escapeXml(o.title)}</title><desc id="${id('desc')}">${escapeXml(o.desc)}</desc>` +
    background +
    `<g class="edges" stroke-linecap="round">${edgeMarks.join('')}</g>` +
    `<g class="nodes">${nodeMarks.join('')}</g>` +
    `<g class="labels" font-family="DejaVu Sans, Arial, sans-serif" font-size="${o.fontSize}" fill="#1b1b1b">${labelMarks.join('')}</g>` +
    `</svg>`
  );
}
