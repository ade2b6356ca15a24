// Label placement for the level-of-detail view, at the scale of thousands of drawn nodes. The same
// greedy rule as core/labels (highest priority first; a label that would overlap one already placed, or
// leave the stage, is not drawn), so no two drawn labels overlap, but built for every frame of a zoom:
// - the candidates arrive already in priority order (sorted once per change of the drawn set, not per
//   frame: core's placeLabels sorts with localeCompare on every call);
// - the overlap test looks only at the boxes in the grid cells a box covers instead of at every box
//   placed so far (core's test is quadratic in the labels drawn);
// - a budget: after `budget` labels the stage is full enough to read and the rest is not looked at.
import { labelBox } from '../../core/labels/producers';
import type { LabelBox, LabelCandidate } from '../../core/labels/producers';

const CELL = 64;

/** The labels to draw, from candidates in priority order (best first). */
export function placeOrderedLabels(
  ordered: Iterable<LabelCandidate>,
  measure: (label: string) => number,
  fontSize: number,
  stage: { width: number; height: number },
  budget = Number.POSITIVE_INFINITY,
  pad = 2,
): LabelBox[] {
  const cols = Math.max(1, Math.ceil(stage.width / CELL));
  const rows = Math.max(1, Math.ceil(stage.height / CELL));
  const grid: (LabelBox[] | undefined)[] = new Array<LabelBox[] | undefined>(cols * rows);
  const placed: LabelBox[] = [];
  const cell = (v: number, n: number) => Math.min(n - 1, Math.max(0, Math.floor(v / CELL)));
  for (const c of ordered) {
    if (placed.length >= budget) break;
    if (!c.label) continue;
    // The box's left edge and top are known before measuring: reject what leaves the stage cheaply.
    if (c.x + c.size + 3 < 0 || c.x >= stage.width || c.y < 0 || c.y > stage.height + fontSize) continue;
    const box = labelBox(c, measure(c.label), fontSize);
    if (box.x < 0 || box.y < 0 || box.x + box.width > stage.width || box.y + box.height > stage.height)
      continue;
    const [c0, c1] = [cell(box.x - pad, cols), cell(box.x + box.width + pad, cols)];
    const [r0, r1] = [cell(box.y - pad, rows), cell(box.y + box.height + pad, rows)];
    let free = true;
    for (let r = r0; free && r <= r1; r++)
      for (let k = c0; free && k <= c1; k++) {
        const here = grid[r * cols + k];
        if (here?.some((p) => overlaps(p, box, pad))) free = false;
      }
    if (!free) continue;
    placed.push(box);
    for (let r = r0; r <= r1; r++) for (let k = c0; k <= c1; k++) (grid[r * cols + k] ??= []).push(box);
  }
  return placed;
}

// As core/labels: two boxes overlap when they come closer than `pad` on both axes.
const overlaps = (a: LabelBox, b: LabelBox, pad: number) =>
  a.x < b.x + b.width + pad &&
  b.x < a.x + a.width + pad &&
  a.y < b.y + b.height + pad &&
  b.y < a.y + a.height + pad;
