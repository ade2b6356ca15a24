// The level-of-detail view, pure part: the compact graph folded into groups (a ministry's whole
// network; the Rijk-level nodes by kind, gremia by level), which groups are unfolded (by a click or by
// zooming in), and what is drawn for that: a node per unfolded member or folded group, and between
// them one bundle per pair and edge kind whose width follows the number of edges it stands for.
// Every step is one pass over the nodes and/or the edges: linear in nodes + edges.
import type { CompactGraph } from '../../../../src/contract/compact-graph';

export type GroupKind = 'ministry' | 'rijk';

export interface Group {
  /** Stable across loads: `ministry:<code>` or `rijk:<kind>[:<level>]`. */
  key: string;
  kind: GroupKind;
  /** The ministry code of a ministry group. */
  ministry: string | null;
  /** The node kind of a Rijk group. */
  nodeKind: string | null;
  /** The level of a Rijk group of bodies. */
  level: string | null;
  /** Node indexes, the group's own order (by row of the hierarchy, then as the server sent them). */
  members: number[];
  /** Fewer than `minGroup` members: always drawn node by node, never as an aggregate. */
  aggregated: boolean;
  /** The ministry node of a ministry group (its label names the group), or -1. */
  anchor: number;
}

export interface Aggregation {
  groups: Group[];
  /** Node index → group index; -1 for a node of a hidden kind. */
  groupOf: Int32Array;
}

/** The row of the hierarchy a node sits in (as layout/hierarchy.ts orders a ministry's column). */
export function memberRank(kind: string | undefined, type: string | undefined): number {
  if (kind === 'ministry') return 0;
  if (kind === 'role') {
    if (type === 'SG' || type === 'pSG' || type === 'dg') return 1;
    if (type === 'departmental_cio' || type === 'deputy_cio' || type === 'acting_cio') return 2;
    if (type === 'decentral_cio') return 4;
    return 3;
  }
  if (kind === 'organisation') {
    if (type === 'cio_office' || type === 'it_service_provider') return 3;
    if (type === 'unit_or_agency' || type === 'zbo') return 5;
    return 1;
  }
  if (kind === 'body') return 6;
  return 7;
}
const RANKS = 8;

/** Rijk groups in the order of their band: roles, organisations, gremia (Rijk, external), topics, the rest. */
const RIJK_ORDER = ['role', 'organisation', 'body:rijk', 'body:departmental', 'body:external', 'topic'];

/**
 * Folds the graph into groups. A node with a ministry goes to its ministry's group; a Rijk-level
 * node to the group of its kind (bodies: of their level). Members are ordered by hierarchy row with
 * a counting sort, so the whole fold stays linear.
 */
export function aggregate(c: CompactGraph, hiddenKinds: readonly string[], minGroup: number): Aggregation {
  const n = c.nodes.id.length;
  const hidden = new Set(hiddenKinds);
  const groupOf = new Int32Array(n).fill(-1);
  const byKey = new Map<string, number>();
  const groups: Group[] = [];
  const buckets: number[][][] = [];
  for (let i = 0; i < n; i++) {
    const kind = c.kinds[c.nodes.kind[i]!];
    if (kind === undefined || hidden.has(kind)) continue;
    const m = c.nodes.ministry[i]!;
    const level = c.nodes.level[i]! >= 0 ? c.levels[c.nodes.level[i]!]! : null;
    const ministry = m >= 0 ? c.ministries[m]! : null;
    const key = ministry
      ? `ministry:${ministry}`
      : kind === 'body'
        ? `rijk:body:${level ?? 'rijk'}`
        : `rijk:${kind}`;
    let g = byKey.get(key);
    if (g === undefined) {
      g = groups.length;
      byKey.set(key, g);
      groups.push({
        key,
        kind: ministry ? 'ministry' : 'rijk',
        ministry,
        nodeKind: ministry ? null : kind,
        level: !ministry && kind === 'body' ? (level ?? 'rijk') : null,
        members: [],
        aggregated: false,
        anchor: -1,
      });
      buckets.push(Array.from({ length: RANKS }, () => []));
    }
    groupOf[i] = g;
    const type = c.nodes.type[i]! >= 0 ? c.types[c.nodes.type[i]!] : undefined;
    buckets[g]![memberRank(kind, type)]!.push(i);
    if (kind === 'ministry' && groups[g]!.anchor < 0) groups[g]!.anchor = i;
  }
  groups.forEach((group, g) => {
    group.members = buckets[g]!.flat();
    group.aggregated = group.members.length >= minGroup;
  });
  // Ministries by code, then the Rijk band in its fixed order; the indexes in groupOf follow.
  const rijkAt = (g: Group) => {
    const at = RIJK_ORDER.indexOf(g.level ? `body:${g.level}` : (g.nodeKind ?? ''));
    return at < 0 ? RIJK_ORDER.length : at;
  };
  const order = groups
    .map((group, g) => ({ group, g }))
    .sort((p, q) =>
      p.group.kind !== q.group.kind
        ? p.group.kind === 'ministry'
          ? -1
          : 1
        : p.group.kind === 'ministry'
          ? p.group.ministry!.localeCompare(q.group.ministry!)
          : rijkAt(p.group) - rijkAt(q.group) || p.group.key.localeCompare(q.group.key),
    );
  const renumber = new Int32Array(groups.length);
  order.forEach(({ g }, to) => (renumber[g] = to));
  for (let i = 0; i < n; i++) if (groupOf[i]! >= 0) groupOf[i] = renumber[groupOf[i]!]!;
  return { groups: order.map(({ group }) => group), groupOf };
}

// ----- expansion state -----------------------------------------------------------------------------

export interface Expansion {
  /** Unfolded by a click: stays until clicked again or "fold all". */
  clicked: ReadonlySet<number>;
  /** Unfolded by zooming in: folds again when zoomed out or out of view. */
  zoomed: ReadonlySet<number>;
  /** Folded by hand while big on screen: zooming leaves them folded until they shrink or leave the view. */
  held?: ReadonlySet<number>;
}

export const NO_EXPANSION: Expansion = { clicked: new Set(), zoomed: new Set() };

export function isExpanded(x: Expansion, g: number): boolean {
  return x.clicked.has(g) || x.zoomed.has(g);
}

/** A click on a folded group unfolds it; on an unfolded one (or any of its members' fold button) folds it. */
export function toggleGroup(x: Expansion, g: number): Expansion {
  const clicked = new Set(x.clicked);
  const zoomed = new Set(x.zoomed);
  const held = new Set(x.held ?? []);
  if (isExpanded(x, g)) {
    clicked.delete(g);
    zoomed.delete(g);
    held.add(g);
  } else {
    clicked.add(g);
    held.delete(g);
  }
  return { clicked, zoomed, held };
}

/** Unfolds one group (a search hit or a neighbour opened from the detail panel), keeping the rest. */
export function expandGroup(x: Expansion, g: number): Expansion {
  return isExpanded(x, g) ? x : { clicked: new Set([...x.clicked, g]), zoomed: x.zoomed };
}

/** How big a group's box is on screen now. */
export interface GroupOnScreen {
  group: number;
  widthPx: number;
  inView: boolean;
}

/**
 * Semantic zoom: folded groups in view that have grown to `expandPx` unfold (the widest first, as
 * long as the unfolded nodes stay within `maxZoomNodes`); groups unfolded this way fold again below
 * `collapsePx` or out of view. Returns the same object when nothing changes, so the caller can skip
 * the rebuild.
 */
export function zoomExpansion(
  x: Expansion,
  screen: readonly GroupOnScreen[],
  agg: Aggregation,
  s: { expandPx: number; collapsePx: number; maxZoomNodes: number },
): Expansion {
  const zoomed = new Set(x.zoomed);
  const held = new Set(x.held ?? []);
  let changed = false;
  for (const o of screen)
    if (!o.inView || o.widthPx < s.collapsePx) {
      if (zoomed.delete(o.group)) changed = true;
      if (held.delete(o.group)) changed = true;
    }
  let budget = s.maxZoomNodes;
  for (const g of zoomed) budget -= agg.groups[g]!.members.length;
  const candidates = screen
    .filter(
      (o) =>
        o.inView &&
        o.widthPx >= s.expandPx &&
        agg.groups[o.group]!.aggregated &&
        !isExpanded(x, o.group) &&
        !held.has(o.group),
    )
    .sort((a, b) => b.widthPx - a.widthPx || a.group - b.group);
  for (const o of candidates) {
    const size = agg.groups[o.group]!.members.length;
    if (size > budget) continue;
    budget -= size;
    zoomed.add(o.group);
    changed = true;
  }
  return changed ? { clicked: x.clicked, zoomed, held } : x;
}

// ----- what is drawn -------------------------------------------------------------------------------

/** The key of a folded group's node in the display graph (node ids never start with it). */
export const GROUP_PREFIX = 'lod-group:';
export const groupNodeKey = (agg: Aggregation, g: number) => `${GROUP_PREFIX}${agg.groups[g]!.key}`;

export interface ViewNode {
  key: string;
  /** The node index of a member, or -1 for a folded group. */
  node: number;
  group: number;
  /** Members behind a folded group; 1 for a node. */
  count: number;
}

export interface Bundle {
  key: string;
  source: string;
  target: string;
  kind: string;
  /** How many edges of this kind between these two drawn nodes. */
  count: number;
}

export interface LodView {
  nodes: ViewNode[];
  bundles: Bundle[];
  /** Edges drawn, inside bundles: excludes edges inside a folded group and to hidden nodes. */
  edgesDrawn: number;
}

/**
 * What to draw: each visible node of an unfolded (or never folded) group, each folded group as one
 * node, and the edges bundled by drawn endpoints and kind. One pass over the nodes, one over the edges.
 */
export function buildView(c: CompactGraph, agg: Aggregation, x: Expansion): LodView {
  const n = c.nodes.id.length;
  const folded = agg.groups.map((g, i) => g.aggregated && !isExpanded(x, i));
  // Unit of a node: itself (its index), its folded group (n + group), or -1 when hidden.
  const unit = new Int32Array(n);
  const nodes: ViewNode[] = [];
  agg.groups.forEach((g, gi) => {
    if (folded[gi]) nodes.push({ key: groupNodeKey(agg, gi), node: -1, group: gi, count: g.members.length });
    else for (const i of g.members) nodes.push({ key: c.nodes.id[i]!, node: i, group: gi, count: 1 });
  });
  for (let i = 0; i < n; i++) {
    const g = agg.groupOf[i]!;
    unit[i] = g < 0 ? -1 : folded[g] ? n + g : i;
  }
  const keyOf = (u: number) => (u >= n ? groupNodeKey(agg, u - n) : c.nodes.id[u]!);
  const kinds = c.edgeKinds.length || 1;
  const bundles = new Map<number, Bundle>();
  let edgesDrawn = 0;
  const { source, target, kind } = c.edges;
  const units = n + agg.groups.length;
  for (let e = 0; e < source.length; e++) {
    const a = unit[source[e]!]!;
    const b = unit[target[e]!]!;
    if (a < 0 || b < 0 || a === b) continue;
    edgesDrawn++;
    const id = (a * units + b) * kinds + kind[e]!;
    const bundle = bundles.get(id);
    if (bundle) bundle.count++;
    else {
      const k = c.edgeKinds[kind[e]!]!;
      bundles.set(id, { key: `b${id}`, source: keyOf(a), target: keyOf(b), kind: k, count: 1 });
    }
  }
  return { nodes, bundles: [...bundles.values()], edgesDrawn };
}

/** A bundle's width: one edge is a hairline, each doubling adds a step, capped so hubs stay readable. */
export function bundleWidth(count: number): number {
  return Math.min(10, 0.8 + 1.3 * Math.log2(count));
}

/** A folded group's radius grows with the square root of its members (its area with the count). */
export function groupSize(count: number): number {
  return Math.min(18, 3 + 0.9 * Math.sqrt(count));
}

/** The nodes whose label or id contains the query (case-insensitive), folded or not; at most `limit`. */
export function searchNodes(c: CompactGraph, query: string, limit = 12): number[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const out: number[] = [];
  for (let i = 0; i < c.nodes.id.length && out.length < limit; i++)
    if (c.nodes.label[i]!.toLowerCase().includes(q) || c.nodes.id[i]!.toLowerCase().includes(q)) out.push(i);
  return out;
}
