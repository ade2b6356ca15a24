// The graph a scenario leaves, as the viewer shows it: the graph after the scenario, with what the
// scenario removed kept as ghosts (so a removal can be seen and clicked), and the status of each
// changed node. Pure: unit-tested in Node.
import { MultiDirectedGraph } from 'graphology';
import type { OrgEdgeAttributes, OrgNodeAttributes } from '../../../src/model/types';
import type { ScenarioResult } from '../api';
import type { DataGraph } from './visibility';

export function scenarioGraph(base: DataGraph, result: Pick<ScenarioResult, 'graph' | 'changes'>): DataGraph {
  const shown = new MultiDirectedGraph<OrgNodeAttributes, OrgEdgeAttributes>();
  shown.import(result.graph);
  for (const n of result.changes.removedNodes)
    if (base.hasNode(n) && !shown.hasNode(n)) shown.addNode(n, base.getNodeAttributes(n));
  for (const e of result.changes.removedEdges) {
    if (!base.hasEdge(e) || shown.hasEdge(e)) continue;
    const [s, t] = base.extremities(e);
    if (shown.hasNode(s) && shown.hasNode(t))
      shown.addDirectedEdgeWithKey(e, s, t, base.getEdgeAttributes(e));
  }
  return shown;
}

/** Node → 'added' | 'removed' | 'changed'; an added node is never also reported as changed. */
export function scenarioStatuses(changes: ScenarioResult['changes']): Map<string, string> {
  return new Map<string, string>([
    ...changes.changedNodes.map((n): [string, string] => [n, 'changed']),
    ...changes.addedNodes.map((n): [string, string] => [n, 'added']),
    ...changes.removedNodes.map((n): [string, string] => [n, 'removed']),
  ]);
}
