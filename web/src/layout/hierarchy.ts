// The default layout: reporting lines as a hierarchy, one column per ministry (ministries that share
// a stelsel side by side), the Rijk layer (CIO Rijk, its organisation, the Rijk gremia, the topics)
// in bands above. Deterministic and pure: the same graph always gives the same positions.
import type { OrgNodeAttributes } from '../../../src/model/types';
import type { DataGraph } from '../graph/visibility';

export interface Point {
  x: number;
  y: number;
}

export const HIERARCHY_DEFAULTS = {
  /** Horizontal distance between neighbours in a row. */
  spacing: 1,
  /** Vertical distance between rows. */
  rowHeight: 2.4,
  /** More nodes than this in one row of a column wrap onto a second line. */
  maxPerRow: 5,
  /** Space between two ministry columns. */
  columnGap: 1.5,
};

/** The row of a departmental node in its ministry's column, by what the node is. */
export function departmentalRow(a: OrgNodeAttributes): number {
  if (a.kind === 'ministry') return 0;
  if (a.kind === 'body') return 6;
  if (a.kind === 'role') {
    if (a.type === 'SG' || a.type === 'pSG' || a.type === 'dg') return 1;
    if (['departmental_cio', 'deputy_cio', 'acting_cio', 'head_cio_office'].includes(a.type ?? '')) return 2;
    if (a.type === 'decentral_cio') return 4;
    return 3;
  }
  if (a.kind === 'organisation') {
    if (a.type === 'cio_office' || a.type === 'it_service_provider') return 3;
    if (a.type === 'unit_or_agency' || a.type === 'zbo') return 5;
    return 1;
  }
  return 7;
}

/** Ministry column order: alphabetical, with ministries that share nodes (EZK and LNV) side by side. */
export function columnOrder(graph: DataGraph): string[] {
  const ministries = graph
    .filterNodes((_id, a) => a.kind === 'ministry')
    .map((id) => graph.getNodeAttribute(id, 'ministries')?.[0] ?? id)
    .sort((a, b) => a.localeCompare(b));
  const partners = new Map<string, Set<string>>();
  graph.forEachNode((_id, a) => {
    if ((a.ministries?.length ?? 0) < 2) return;
    for (const m of a.ministries!)
      for (const n of a.ministries!) if (m !== n) partners.set(m, (partners.get(m) ?? new Set()).add(n));
  });
  const order: string[] = [];
  for (const m of ministries) {
    if (order.includes(m)) continue;
    order.push(m);
    for (const p of [...(partners.get(m) ?? [])].sort())
      if (!order.includes(p) && ministries.includes(p)) order.push(p);
  }
  return order;
}

export function hierarchyLayout(
  graph: DataGraph,
  options: Partial<typeof HIERARCHY_DEFAULTS> = {},
): Map<string, Point> {
  const o = { ...HIERARCHY_DEFAULTS, ...options };
  const positions = new Map<string, Point>();
  const columns = columnOrder(graph);
  const columnOf = (a: OrgNodeAttributes) => {
    const ms = a.ministries ?? [];
    return columns.find((c) => ms.includes(c));
  };

  // Rows per column, nodes sorted by name so the order does not depend on load order.
  const rows = new Map<string, Map<number, string[]>>();
  const rijk: Record<'roles' | 'organisations' | 'bodies' | 'topics' | 'norms', string[]> = {
    roles: [],
    organisations: [],
    bodies: [],
    topics: [],
    norms: [],
  };
  graph.forEachNode((id, a) => {
    const column = columnOf(a);
    if (column) {
      const byRow = rows.get(column) ?? new Map<number, string[]>();
      const r = departmentalRow(a);
      byRow.set(r, [...(byRow.get(r) ?? []), id]);
      rows.set(column, byRow);
    } else if (a.kind === 'norm') rijk.norms.push(id);
    else if (a.kind === 'topic') rijk.topics.push(id);
    else if (a.kind === 'body') rijk.bodies.push(id);
    else if (a.kind === 'organisation') rijk.organisations.push(id);
    else rijk.roles.push(id);
  });
  const byName = (x: string, y: string) =>
    graph.getNodeAttribute(x, 'name').localeCompare(graph.getNodeAttribute(y, 'name')) || x.localeCompare(y);

  // Column by column, row by row: a node sits near the nodes it is linked to in the rows above it
  // (barycentre), so a decentral CIO stands above its agency and reporting lines rarely cross.
  let left = 0;
  let lowest = 0;
  for (const column of columns) {
    const byRow = rows.get(column) ?? new Map<number, string[]>();
    const width = Math.min(o.maxPerRow, Math.max(1, ...[...byRow.values()].map((r) => r.length)));
    let y = 0;
    for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
      const ids = byRow.get(r)!.sort(byName);
      const anchor = (id: string) => {
        const xs: number[] = [];
        graph.forEachNeighbor(id, (n) => {
          const p = positions.get(n);
          if (p) xs.push(p.x);
        });
        return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : Infinity;
      };
      const ordered = ids
        .map((id) => ({ id, at: anchor(id) }))
        .sort((p, q) => p.at - q.at || byName(p.id, q.id));
      for (let start = 0; start < ordered.length; start += o.maxPerRow) {
        const line = ordered.slice(start, start + o.maxPerRow);
        const offset = left + ((width - line.length) * o.spacing) / 2;
        // In a full line every other node sits a little lower, so neighbouring labels do not run into each other.
        const stagger = line.length > 4 ? o.rowHeight * 0.3 : 0;
        line.forEach(({ id }, i) =>
          positions.set(id, { x: offset + i * o.spacing, y: -y - (i % 2) * stagger }),
        );
        y += start + o.maxPerRow < ordered.length ? o.rowHeight * 0.6 : o.rowHeight;
      }
    }
    lowest = Math.max(lowest, y);
    left += width * o.spacing + o.columnGap;
  }
  const totalWidth = Math.max(left - o.columnGap, 1);

  // The Rijk layer: bands above the columns, each spread over the whole width.
  const band = (ids: string[], y: number, lines = 1) => {
    const sorted = [...ids].sort(byName);
    // Nodes are dealt round-robin over the lines and every other line is shifted by half a step,
    // so neighbouring labels sit on different lines.
    const perLine = Math.ceil(sorted.length / lines);
    const step = perLine > 1 ? totalWidth / perLine : 0;
    sorted.forEach((id, k) => {
      const l = k % lines;
      const i = Math.floor(k / lines);
      const x = perLine > 1 ? (i + (l % 2 ? 0.75 : 0.25)) * step : totalWidth / 2;
      positions.set(id, { x, y: y + l * o.rowHeight * 0.5 });
    });
  };
  band(
    [...rijk.roles, ...rijk.organisations],
    o.rowHeight * 1.5,
    rijk.roles.length + rijk.organisations.length > 24 ? 2 : 1,
  );
  band(
    rijk.bodies,
    o.rowHeight * 3,
    Math.max(Math.ceil(rijk.bodies.length / 9), Math.min(rijk.bodies.length, 2)),
  );
  band(rijk.topics, o.rowHeight * (3.5 + 0.5 * Math.ceil(rijk.bodies.length / 9)), 2);
  band(rijk.norms, -(lowest + o.rowHeight * 1.5), 1);
  return positions;
}
