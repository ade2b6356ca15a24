// Label placement, pure part: which labels to draw so that no two overlap. Greedy in priority order
// (forced labels, then by kind, status and degree), each label a box right of its node as sigma
// draws it; a label that would overlap one already placed, or leave the stage, is not drawn.

export interface LabelCandidate {
  id: string;
  label: string;
  /** Node centre and rendered radius, in viewport pixels. */
  x: number;
  y: number;
  size: number;
  priority: number;
}

export interface LabelBox {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Kind weights: the ministries and CIO Rijk first, then gremia (what the tool is about), then roles. */
export function labelPriority(n: {
  kind: string;
  type?: string;
  level?: string;
  forced: boolean;
  zIndex: number;
  degree: number;
}): number {
  const kind =
    n.kind === 'ministry' || n.type === 'cio_rijk'
      ? 60
      : n.kind === 'body'
        ? n.level === 'rijk'
          ? 50
          : 40
        : n.type === 'departmental_cio'
          ? 45
          : n.kind === 'role'
            ? 30
            : n.kind === 'organisation'
              ? 20
              : 10;
  // Degree breaks ties within a kind (more central first); it never outweighs a kind step.
  return (n.forced ? 1000 : 0) + 100 * n.zIndex + kind + Math.min(9, Math.log2(1 + n.degree));
}

const overlaps = (a: LabelBox, b: LabelBox, pad: number) =>
  a.x < b.x + b.width + pad &&
  b.x < a.x + a.width + pad &&
  a.y < b.y + b.height + pad &&
  b.y < a.y + a.height + pad;

/** The box of a label as sigma's `drawDiscNodeLabel` draws it: from x + size + 3, baseline y + fontSize/3. */
export function labelBox(c: LabelCandidate, width: number, fontSize: number): LabelBox {
  return {
    id: c.id,
    label: c.label,
    x: c.x + c.size + 3,
    y: c.y + fontSize / 3 - fontSize,
    width,
    height: fontSize * 1.2,
  };
}

export function placeLabels(
  candidates: LabelCandidate[],
  measure: (label: string) => number,
  fontSize: number,
  stage: { width: number; height: number },
  pad = 2,
): LabelBox[] {
  const placed: LabelBox[] = [];
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const c of sorted) {
    if (!c.label) continue;
    const box = labelBox(c, measure(c.label), fontSize);
    if (box.x < 0 || box.y < 0 || box.x + box.width > stage.width || box.y + box.height > stage.height)
      continue;
    if (placed.some((p) => overlaps(p, box, pad))) continue;
    placed.push(box);
  }
  return placed;
}

/** Pairs of boxes that overlap (the e2e check; empty when placement worked). */
export function overlappingPairs(boxes: LabelBox[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      if (overlaps(boxes[i]!, boxes[j]!, 0)) out.push([boxes[i]!.id, boxes[j]!.id]);
  return out;
}
