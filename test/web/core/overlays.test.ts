// Overlay producers on the real analyses: statuses, bands, sizes, overlap edges, subject nodes.
import { describe, expect, it } from 'vitest';
import { centrality } from '../../../src/analyses/centrality';
import { deviations } from '../../../src/analyses/deviations';
import { overlap } from '../../../src/analyses/overlap';
import {
  analysisParams,
  fragmentationBand,
  metricSizes,
  overlapEdges,
  overlayStatuses,
  sizeMetric,
  subjectNode,
} from '../../../web/src/core/overlays/producers';
import { findingsOf } from '../../../web/src/graph/findings';
import { realGraph } from '../../helpers/real';

describe('core/overlays', () => {
  const graph = realGraph();
  const nameOf = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id);

  it('contradictions take a list of snapshots, the others one', () => {
    expect(analysisParams('contradictions', '2021')).toEqual({ snapshots: '2021' });
    expect(analysisParams('deviations', '2021')).toEqual({ snapshot: '2021' });
  });

  it('colours a deviation finding on its subject and nothing for centrality', () => {
    const findings = findingsOf('deviations', deviations(graph) as never, nameOf, {
      subjectNode: (s) => subjectNode(graph, s),
    });
    const statuses = overlayStatuses('deviations', findings);
    expect(statuses.size).toBeGreaterThan(0);
    expect(
      [...statuses.values()].every((s) =>
        ['deviation', 'explained', 'contested', 'unknown', 'compliant'].includes(s),
      ),
    ).toBe(true);
    expect(overlayStatuses('centrality', findings).size).toBe(0);
    expect(overlayStatuses('none', findings).size).toBe(0);
  });

  it('bands the fragmentation index at 0.25 and 0.5', () => {
    expect([0, 0.249, 0.25, 0.49, 0.5, 1].map(fragmentationBand)).toEqual([
      'compliant',
      'compliant',
      'explained',
      'explained',
      'deviation',
      'deviation',
    ]);
  });

  it('sizes by betweenness in the centrality overlay, by the chosen metric otherwise', () => {
    expect(sizeMetric({ overlay: 'centrality', size: 'kind' })).toBe('betweenness');
    expect(sizeMetric({ overlay: 'none', size: 'kind' })).toBeNull();
    expect(sizeMetric({ overlay: 'none', size: 'degree' })).toBe('degree');
    const sizes = metricSizes(centrality(graph), 'degree');
    const values = [...sizes.values()];
    expect(Math.max(...values)).toBe(1);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
  });

  it('turns overlap pairs into edges between present bodies, width growing with score', () => {
    const result = overlap(graph);
    const edges = overlapEdges(result, (n) => graph.hasNode(n));
    expect(edges.length).toBe(result.pairs.length);
    for (const e of edges) expect(e.attributes.size).toBeCloseTo(1 + 8 * e.attributes.weight!);
    expect(overlapEdges(result, () => false)).toEqual([]);
  });

  it('a ministry subject stands for its departmental CIO, rijk for CIO Rijk', () => {
    expect(graph.getNodeAttribute(subjectNode(graph, 'JenV')!, 'type')).toBe('departmental_cio');
    expect(graph.getNodeAttribute(subjectNode(graph, 'rijk')!, 'type')).toBe('cio_rijk');
    expect(subjectNode(graph, 'no-such')).toBeUndefined();
  });
});
