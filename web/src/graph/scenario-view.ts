// The graph a scenario leaves, as the viewer shows it: the graph after the scenario, nothing more.
// What the scenario removed is not drawn (a ghost read as a live node, and its relations made the
// counts grow); the removals are listed in the scenario's diff and counted in the header instead.
// And the status of each changed node. Pure: unit-tested in Node.
import { MultiDirectedGraph } from 'graphology';
import type { OrgEdgeAttributes, OrgNodeAttributes } from '../../../src/model/types';
import type { ScenarioResult } from '../api';
import type { DataGraph } from './visibility';

export function scenarioGraph(result: Pick<ScenarioResult, 'graph'>): DataGraph {
  const shown = new MultiDirectedGraph<OrgNodeAttributes, OrgEdgeAttributes>();
  shown.import(result.graph);
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
