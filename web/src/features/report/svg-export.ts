// The current view as SVG: exactly the nodes and edges sigma draws (its reduced display data, so
// filters, focus, overlays and scenario colours are kept), at their place on the canvas, through the
// same SVG renderer the reports use.
import { renderGraphSvg } from '../../../../src/render/svg/graph';
import type { SvgEdge, SvgNode } from '../../../../src/render/svg/graph';
import { svgShapeOf } from '../../../../src/render/svg/shapes';

interface Displayed {
  x: number;
  y: number;
  size: number;
  color: string;
  label?: string | null;
  hidden?: boolean;
  type?: string;
}

/** The part of sigma's API the export reads (a Sigma instance satisfies it). */
export interface SigmaView {
  getGraph(): {
    forEachNode(fn: (node: string) => void): void;
    forEachEdge(fn: (edge: string, attributes: unknown, source: string, target: string) => void): void;
  };
  getNodeDisplayData(node: string): Displayed | undefined;
  getEdgeDisplayData(edge: string): { color: string; size: number; hidden?: boolean } | undefined;
  framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
  scaleSize(size?: number): number;
  getDimensions(): { width: number; height: number };
}

export function viewToSvg(sigma: SigmaView, text: { title: string; desc: string }): string {
  const nodes: SvgNode[] = [];
  const shown = new Set<string>();
  sigma.getGraph().forEachNode((id) => {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    shown.add(id);
    nodes.push({
      id,
      x: p.x,
      y: p.y,
      size: Math.max(1, sigma.scaleSize(d.size)),
      color: d.color,
      shape: svgShapeOf(d.type),
      label: d.label ?? undefined,
      priority: d.size,
    });
  });
  const edges: SvgEdge[] = [];
  sigma.getGraph().forEachEdge((edge, _a, source, target) => {
    const d = sigma.getEdgeDisplayData(edge);
    if (!d || d.hidden || !shown.has(source) || !shown.has(target)) return;
    edges.push({ source, target, color: d.color, size: sigma.scaleSize(d.size) });
  });
  const { width, height } = sigma.getDimensions();
  return renderGraphSvg(nodes, edges, {
    ...text,
    width: Math.round(width),
    height: Math.round(height),
    coordinates: 'viewport',
    idPrefix: 'view',
  });
}
