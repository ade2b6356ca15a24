// The bare passes every bench timing is set against: what reading the graph costs before an analysis
// does anything with it. The edge pass is the baseline of every `ratioToBaseline`.
import type { OrgGraph } from '../model/types';

/** The baseline: touch every edge, its endpoints and attributes once. */
export function edgePass(graph: OrgGraph): number {
  let acc = 0;
  graph.forEachEdge((_e, a, s, t, sa, ta) => {
    acc += a.sources.length + s.length + t.length + sa.ministries.length + ta.ministries.length;
  });
  return acc;
}

/** The nodes' counterpart: touch every node and its attributes once (analyses walk both). */
export function nodePass(graph: OrgGraph): number {
  let acc = 0;
  graph.forEachNode((id, a) => {
    acc += id.length + a.ministries.length;
  });
  return acc;
}

/** Growth per 10x nodes from `ms1` at `n1` nodes to `ms2` at `n2`: (t2/t1)^(1/log10(n2/n1)). */
export function growthPer10x(ms1: number, ms2: number, n1: number, n2: number): number {
  return (ms2 / ms1) ** (1 / Math.log10(n2 / n1));
}
