// Overlays, pure part: what an analysis' findings make of the picture (status colours per node,
// sizes by a metric, overlap pairs as extra edges).
import type { AnalysisOutputs } from '../../api';
import { STATUS_COLORS, OVERLAP_EDGE_COLOR } from '../../graph/appearance';
import { nodeStatuses } from '../../graph/findings';
import type { Finding } from '../../graph/findings';
import type { DataGraph } from '../../graph/visibility';
import type { Overlay, ViewState } from '../../state';
import type { DisplayEdge } from '../context';

export type AnalysisId = Exclude<Overlay, 'none'>;

/** The query of an analysis for a snapshot (contradictions take a list of snapshots). */
export function analysisParams(id: AnalysisId, snapshot: string): Record<string, string> {
  return id === 'contradictions' ? { snapshots: snapshot } : { snapshot };
}

/** Fragmentation index → the colour band of its ministry: ≥ 0.5 high, ≥ 0.25 middle, else low. */
export function fragmentationBand(index: number): 'deviation' | 'explained' | 'compliant' {
  return index >= 0.5 ? 'deviation' : index >= 0.25 ? 'explained' : 'compliant';
}

/** Node → status colour key for an overlay's findings. */
export function overlayStatuses(overlay: Overlay, findings: Finding[]): Map<string, string> {
  if (overlay === 'none' || overlay === 'centrality') return new Map();
  const statuses = nodeStatuses(findings);
  if (overlay === 'fragmentation')
    for (const f of findings)
      for (const m of f.nodes.slice(0, 1)) statuses.set(m, fragmentationBand(f.weight ?? 0));
  if (overlay === 'overlap')
    for (const f of findings) for (const b of f.nodes.slice(0, 2)) statuses.set(b, 'contested');
  return statuses;
}

/** Which centrality metric sizes the nodes: the chosen one, betweenness in the centrality overlay. */
export function sizeMetric(
  state: Pick<ViewState, 'overlay' | 'size'>,
): Exclude<ViewState['size'], 'kind'> | null {
  const metric = state.overlay === 'centrality' && state.size === 'kind' ? 'betweenness' : state.size;
  return metric === 'kind' ? null : metric;
}

/** Node → size in [0, 1]: the square root of its share of the largest value (area ∝ value). */
export function metricSizes(
  centrality: AnalysisOutputs['centrality'],
  metric: Exclude<ViewState['size'], 'kind'>,
): Map<string, number> {
  const values = centrality.nodes.map((n) => [n.id, n[metric]] as const);
  const max = Math.max(...values.map(([, v]) => v), 1e-9);
  return new Map(values.map(([id, v]) => [id, Math.sqrt(v / max)]));
}

/** Overlap pairs as display-only edges between bodies, width by score; orange when the report names it. */
export function overlapEdges(
  result: AnalysisOutputs['overlap'],
  has: (node: string) => boolean,
): { key: string; source: string; target: string; attributes: DisplayEdge }[] {
  return result.pairs.flatMap((p, i) =>
    has(p.a) && has(p.b)
      ? [
          {
            key: `overlap:${p.a}|${p.b}`,
            source: p.a,
            target: p.b,
            attributes: {
              size: 1 + 8 * p.score,
              color: p.reported ? STATUS_COLORS.deviation! : OVERLAP_EDGE_COLOR,
              overlay: 'overlap' as const,
              weight: p.score,
              pair: i,
            },
          },
        ]
      : [],
  );
}

/** The node that stands for a finding's subject: a ministry's departmental CIO, CIO Rijk for 'rijk'. */
export function subjectNode(data: DataGraph, subject: string): string | undefined {
  if (subject === 'rijk') return data.findNode((_n, a) => a.type === 'cio_rijk');
  const cio = data.findNode((_n, a) => a.type === 'departmental_cio' && !!a.ministries?.includes(subject));
  if (cio) return cio;
  return data.hasNode(subject) ? subject : undefined;
}
