// The departmental CIO network of a ministry as an SVG figure: the nodes the viewer's ministry focus
// shows, placed by the viewer's own hierarchy layout with the focus settings, drawn in the viewer's
// colours and shapes by the shared SVG renderer.
import { MultiDirectedGraph } from 'graphology';
import type { OrgEdgeAttributes, OrgGraph, OrgNodeAttributes } from '../../model/types';
import type { Snapshot } from '../../model/vocabulary';
import {
  EDGE_COLOR,
  EDGE_COLORS,
  KIND_STYLES,
  RIJK_BODY_COLOR,
  ROLE_EMPHASIS,
} from '../../../web/src/graph/appearance';
import { focusNodes } from '../../../web/src/graph/visibility';
import { hierarchyLayout } from '../../../web/src/layout/hierarchy';
import { renderGraphSvg } from '../../render/svg/graph';
import type { SvgEdge, SvgNode } from '../../render/svg/graph';
import { svgShapeOf } from '../../render/svg/shapes';

/** The same focus layout settings as the viewer's ministry focus. */
const FOCUS_LAYOUT = { maxPerRow: 8, spacing: 2.4 };
/** sigma sizes are pixels on a ~1000 px stage; the figure is a little smaller. */
const SIZE_SCALE = 0.9;

export function svgNodeOf(id: string, a: OrgNodeAttributes, x: number, y: number): SvgNode {
  const style = KIND_STYLES[a.kind] ?? KIND_STYLES.topic!;
  const size = style.size * (a.kind === 'role' ? (ROLE_EMPHASIS[a.type ?? ''] ?? 1) : 1);
  return {
    id,
    x,
    y,
    size: size * SIZE_SCALE,
    color: a.kind === 'body' && a.level === 'rijk' ? RIJK_BODY_COLOR : style.color,
    shape: svgShapeOf(style.type),
    label: a.abbreviation && a.abbreviation !== a.name ? a.abbreviation : a.name,
    priority: size,
  };
}

export function ministryNetworkSvg(
  graph: OrgGraph,
  ministry: string,
  snapshot: Snapshot,
  text: { title: string; desc: string },
): { svg: string; nodes: string[] } {
  const ids = focusNodes(graph, ministry, snapshot);
  const sub = new MultiDirectedGraph<OrgNodeAttributes, OrgEdgeAttributes>();
  for (const id of ids) sub.addNode(id, graph.getNodeAttributes(id));
  const positions = hierarchyLayout(sub, FOCUS_LAYOUT);
  const nodes = [...ids].sort().map((id) => {
    const p = positions.get(id) ?? { x: 0, y: 0 };
    return svgNodeOf(id, graph.getNodeAttributes(id), p.x, p.y);
  });
  const edges: SvgEdge[] = [];
  graph.forEachEdge((_e, a, s, t) => {
    if (ids.has(s) && ids.has(t) && a.validIn.includes(snapshot))
      edges.push({
        source: s,
        target: t,
        color: EDGE_COLORS[a.kind] ?? EDGE_COLOR,
        size: a.kind === 'reports_to' ? 1.5 : 1,
      });
  });
  const height = Math.min(900, Math.max(420, 140 + 12 * Math.sqrt(nodes.length) * 10));
  const svg = renderGraphSvg(nodes, edges, {
    ...text,
    width: 900,
    height: Math.round(height),
    idPrefix: `network-${ministry}`,
  });
  return { svg, nodes: nodes.map((n) => n.id) };
}
