// The level-of-detail layout, pure: every group gets a box and every member a place in its box, once,
// so unfolding a group never moves another. Ministry groups form a grid and the Rijk groups a band
// above it; the number of columns is chosen so the whole picture has the stage's aspect ratio (it
// fills the stage instead of a band across its middle). Members fill their box in rows, in the
// group's order (the hierarchy's rows). Linear in nodes + groups, cheap enough for the main thread
// at 50k nodes (a few milliseconds), so no worker.
import type { Aggregation } from './producers';

export interface Box {
  /** Left and top edge (graph y grows upwards, as in sigma), width, height. */
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LodLayout {
  /** Per group. */
  boxes: Box[];
  /** Per node index; NaN for hidden nodes. */
  xs: Float64Array;
  ys: Float64Array;
  bbox: { x: [number, number]; y: [number, number] };
}

/** Share of a box kept free on every side, so neighbouring groups stay apart. */
const PAD = 0.08;

/** The members of a box in rows, the number of columns matching the box's shape. */
function fillBox(box: Box, members: readonly number[], xs: Float64Array, ys: Float64Array): void {
  const w = box.w * (1 - 2 * PAD);
  const h = box.h * (1 - 2 * PAD);
  const n = members.length;
  const cols = Math.max(1, Math.min(n, Math.round(Math.sqrt((n * w) / h))));
  const rows = Math.ceil(n / cols);
  const sx = w / cols;
  const sy = h / rows;
  members.forEach((i, k) => {
    const col = k % cols;
    const row = Math.floor(k / cols);
    // Every other column a quarter step lower: neighbouring labels then rarely share a line.
    xs[i] = box.x + box.w * PAD + (col + 0.5) * sx;
    ys[i] = box.y - box.h * PAD - (row + 0.5 + (col % 2 && rows > 1 ? 0.25 : 0)) * sy;
  });
}

/**
 * `aspect`: the stage's height / width. The Rijk band is as high as a sixth of the grid (at least one
 * cell); its groups share its width in proportion to their members.
 */
export function layoutGroups(agg: Aggregation, nodes: number, aspect: number): LodLayout {
  const ministries = agg.groups.filter((g) => g.kind === 'ministry').length;
  const rijk = agg.groups.length - ministries;
  const a = aspect > 0 && Number.isFinite(aspect) ? aspect : 0.6;
  const bandOf = (rows: number) => (rijk ? Math.max(1, rows / 6) : 0);
  // The column count whose picture (grid plus band) comes closest to the stage's shape.
  let cols = 1;
  if (ministries > 0) {
    let best = Infinity;
    for (let c = 1; c <= ministries; c++) {
      const rows = Math.ceil(ministries / c);
      const miss = Math.abs(Math.log((rows + bandOf(rows)) / c / a));
      if (miss < best) [best, cols] = [miss, c];
      if (rows === 1) break;
    }
  } else cols = Math.max(1, Math.round(Math.sqrt(rijk) / a));
  const rows = ministries ? Math.ceil(ministries / cols) : 0;
  const band = ministries ? bandOf(rows) : Math.max(1, a * cols);
  const boxes: Box[] = new Array(agg.groups.length);
  let m = 0;
  const rijkTotal = agg.groups.reduce((s, g) => s + (g.kind === 'rijk' ? g.members.length : 0), 0);
  let left = 0;
  agg.groups.forEach((g, gi) => {
    if (g.kind === 'ministry') {
      boxes[gi] = { x: m % cols, y: -Math.floor(m / cols), w: 1, h: 1 };
      m++;
    } else {
      const w = (cols * g.members.length) / Math.max(1, rijkTotal);
      boxes[gi] = { x: left, y: band, w, h: band };
      left += w;
    }
  });
  const xs = new Float64Array(nodes).fill(NaN);
  const ys = new Float64Array(nodes).fill(NaN);
  agg.groups.forEach((g, gi) => fillBox(boxes[gi]!, g.members, xs, ys));
  return { boxes, xs, ys, bbox: { x: [0, cols], y: [-(rows - 1) - 1, band] } };
}

/** A group's centre, where its folded node is drawn. */
export const centreOf = (b: Box) => ({ x: b.x + b.w / 2, y: b.y - b.h / 2 });
