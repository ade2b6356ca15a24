// The scenario flow, pure part: the view of a scenario result, the scenario held in the editor,
// and the structure table before/after.
import { parse as parseYaml } from 'yaml';
import type { ScenarioResult } from '../../api';
import { scenarioFindings } from '../../graph/findings';
import type { Finding } from '../../graph/findings';
import { scenarioGraph } from '../../graph/scenario-view';
import type { DataGraph } from '../../graph/visibility';
import { subjectNode } from '../overlays/producers';

export interface ScenarioView {
  id: string | null;
  /** The scenario as sent, for exporting the graph after it. */
  input: unknown;
  result: ScenarioResult;
  /** The graph after the scenario (what it removed is gone, listed in `removed` and the diff). */
  graph: DataGraph;
  added: Set<string>;
  removed: Set<string>;
  addedEdges: Set<string>;
  changed: Set<string>;
  findings: Finding[];
}

export function scenarioViewOf(
  base: DataGraph,
  result: ScenarioResult,
  id: string | null,
  input: unknown,
): ScenarioView {
  const graph = scenarioGraph(result);
  const nameInBase = (n: string) => (base.hasNode(n) ? base.getNodeAttribute(n, 'name') : n);
  // A removed node keeps its name in the diff: it is looked up in the graph before the scenario.
  const nameOf = (n: string) => (graph.hasNode(n) ? graph.getNodeAttribute(n, 'name') : nameInBase(n));
  return {
    id,
    input,
    result,
    graph,
    added: new Set(result.changes.addedNodes),
    removed: new Set(result.changes.removedNodes),
    addedEdges: new Set(result.changes.addedEdges),
    changed: new Set(result.changes.changedNodes),
    findings: scenarioFindings(result, nameOf, (subject) => subjectNode(graph, subject)),
  };
}

/** A node's change in the scenario, if any. */
export function changeOf(view: ScenarioView, node: string): 'added' | 'removed' | 'changed' | null {
  return view.added.has(node)
    ? 'added'
    : view.removed.has(node)
      ? 'removed'
      : view.changed.has(node)
        ? 'changed'
        : null;
}

export interface EditorScenario {
  name: string;
  description?: string;
  operations: unknown[];
}

/** The scenario in the editor's YAML, or an empty one to start from. */
export function editorScenarioOf(text: string, templateName: string): EditorScenario {
  const parsed: unknown = text.trim() ? parseYaml(text) : null;
  if (parsed && typeof parsed === 'object' && Array.isArray((parsed as { operations?: unknown }).operations))
    return parsed as EditorScenario;
  return { name: templateName, description: '', operations: [] };
}

/** Rows of the structure table: bodies, memberships and the meetings of each CIO that changed. */
export function structureRows(
  structure: ScenarioResult['diff']['structure'],
  labels: { bodies: string; memberships: string; meetingsOf: string },
  name: (id: string) => string,
): [string, number, number][] {
  const { before, after } = structure;
  return [
    [labels.bodies, before.bodies, after.bodies],
    [labels.memberships, before.memberships, after.memberships],
    ...Object.keys({ ...before.meetingsPerCio, ...after.meetingsPerCio })
      .filter((c) => before.meetingsPerCio[c] !== after.meetingsPerCio[c])
      .sort()
      .map((c): [string, number, number] => [
        `${labels.meetingsOf} ${name(c)}`,
        before.meetingsPerCio[c] ?? 0,
        after.meetingsPerCio[c] ?? 0,
      ]),
  ];
}
