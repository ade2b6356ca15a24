// Applying a scenario: every operation is checked against the graph as the operations before it
// left it, on a copy; the first impossible operation fails the whole scenario with its location
// (file, operation number, field) and the base graph is never touched.
import { factSpec } from '../model/schema';
import type { OrgEdgeAttributes, OrgGraph, OrgNodeAttributes, SourceRef } from '../model/types';
import { CioGraphError, formatIssue } from '../model/errors';
import type { ValidationIssue } from '../model/errors';
import { EDGE_ENDPOINTS } from '../model/vocabulary';
import type { EdgeKind, NodeKind } from '../model/vocabulary';
import type { Scenario } from './schema';

export class ScenarioError extends CioGraphError {
  constructor(readonly issue: ValidationIssue) {
    super(`cio-graph/scenarios: ${formatIssue(issue)}`);
  }
}

/** What a scenario changed, for highlighting: ids in the graph after (added) or before (removed). */
export interface ScenarioChanges {
  addedNodes: string[];
  removedNodes: string[];
  addedEdges: string[];
  removedEdges: string[];
  changedNodes: string[];
}

export interface AppliedScenario {
  graph: OrgGraph;
  changes: ScenarioChanges;
}

/** A scenario's own provenance: a hypothetical, never a fact of the report. */
function scenarioSource(scenario: Scenario, index: number): SourceRef {
  return { doc: 'scenario', locator: `scenario "${scenario.name}", operation ${index + 1}` };
}

/** How a committed change set applies the same operations (src/workspace); scenarios use the defaults. */
export interface ApplyOptions {
  /** The sources of what operation `index` adds or changes (default: the scenario's own provenance). */
  sources?: (index: number) => SourceRef[];
  /** Keep the claims a set-fact replaces, marked superseded from a date by a change, instead of dropping them. */
  supersede?: { until: string; by: number };
  /** The prefix of the ids of edges it adds (default 'scenario'), unique per committed change. */
  edgePrefix?: string;
}

export function applyScenario(
  base: OrgGraph,
  scenario: Scenario,
  file = '<scenario>',
  options: ApplyOptions = {},
): AppliedScenario {
  const graph = base.copy() as OrgGraph;
  const snapshot = scenario.snapshot;
  const changes: ScenarioChanges = {
    addedNodes: [],
    removedNodes: [],
    addedEdges: [],
    removedEdges: [],
    changedNodes: [],
  };
  let counter = 0;

  scenario.operations.forEach((op, index) => {
    const fail = (field: string, message: string): never => {
      throw new ScenarioError({ file, record: `operations[${index}] (${op.op})`, field, message });
    };
    const node = (id: string, field: string, kinds?: NodeKind[], types?: string[]): OrgNodeAttributes => {
      if (!graph.hasNode(id)) return fail(field, `no node '${id}' in the graph`);
      const a = graph.getNodeAttributes(id);
      if (kinds && !kinds.includes(a.kind))
        fail(field, `'${id}' is a ${a.kind}, expected ${kinds.join(' or ')}`);
      if (types && !types.includes(a.type ?? ''))
        fail(field, `'${id}' is of type ${a.type}, expected ${types.join(' or ')}`);
      return a;
    };
    const sources = options.sources?.(index) ?? [scenarioSource(scenario, index)];
    const addEdge = (kind: EdgeKind, from: string, to: string, id?: string) => {
      const ends = EDGE_ENDPOINTS[kind];
      node(from, 'from', ends.from);
      node(to, 'to', ends.to);
      if (kind === 'reports_to') {
        const loop = reportingPath(graph, to, from, snapshot);
        if (loop) fail('to', `'${from}' would report to itself: ${[from, ...loop].join(' → ')}`);
      }
      const key = id ?? `${options.edgePrefix ?? 'scenario'}:${++counter}:${kind}:${from}->${to}`;
      if (graph.hasEdge(key)) fail('id', `an edge '${key}' already exists`);
      const duplicate = graph
        .outEdges(from, to)
        .some(
          (e) =>
            graph.getEdgeAttribute(e, 'kind') === kind &&
            graph.getEdgeAttribute(e, 'validIn').includes(snapshot),
        );
      if (duplicate) return;
      graph.addDirectedEdgeWithKey(key, from, to, {
        kind,
        sources,
        validIn: [snapshot],
        note: op.note,
      } as OrgEdgeAttributes);
      changes.addedEdges.push(key);
    };
    const dropEdge = (edge: string) => {
      if (changes.addedEdges.includes(edge)) {
        changes.addedEdges = changes.addedEdges.filter((e) => e !== edge);
        graph.dropEdge(edge);
        return;
      }
      changes.removedEdges.push(edge);
      // A committed change keeps the relation it ends, dated, as it keeps a replaced claim: the
      // report's picture stays in the graph beside the current one.
      if (options.supersede)
        graph.updateEdgeAttributes(edge, (a) => ({
          ...a,
          validIn: a.validIn.filter((s) => s !== snapshot),
          ...supersedeMark(options.supersede!),
        }));
      else graph.dropEdge(edge);
    };
    /** The edges of one kind between two nodes that hold in the scenario's snapshot. */
    const edgesOf = (kind: EdgeKind, from?: string, to?: string) =>
      graph.filterEdges(
        (_e, a, s, t) =>
          a.kind === kind && a.validIn.includes(snapshot) && (!from || s === from) && (!to || t === to),
      );
    const dropNode = (id: string) => {
      graph.forEachEdge(id, (e) => {
        if (!changes.addedEdges.includes(e)) changes.removedEdges.push(e);
      });
      changes.addedEdges = changes.addedEdges.filter(
        (e) => graph.hasEdge(e) && !graph.extremities(e).includes(id),
      );
      if (changes.addedNodes.includes(id)) changes.addedNodes = changes.addedNodes.filter((n) => n !== id);
      else changes.removedNodes.push(id);
      graph.dropNode(id);
    };
    const changed = (id: string) => {
      if (!changes.changedNodes.includes(id)) changes.changedNodes.push(id);
    };

    switch (op.op) {
      case 'merge-bodies': {
        node(op.into, 'into', ['body']);
        const self = op.bodies.indexOf(op.into);
        if (self >= 0) fail(`bodies[${self}]`, `'${op.into}' cannot be merged into itself`);
        const bodies = [...new Set(op.bodies)];
        bodies.forEach((b, i) => node(b, `bodies[${i}]`, ['body']));
        // Sorted, so the result does not depend on the order the bodies are listed in.
        for (const body of bodies.sort()) {
          for (const edge of graph.edges(body)) {
            const a = graph.getEdgeAttributes(edge);
            const [s, t] = graph.extremities(edge);
            const from = s === body ? op.into : s;
            const to = t === body ? op.into : t;
            if (from === to) continue; // a relation between the merged bodies disappears with them
            // A relation an earlier change ended (dated) is only the twin of one ended the same way.
            const twin = graph
              .outEdges(from, to)
              .find(
                (e) =>
                  graph.getEdgeAttribute(e, 'kind') === a.kind &&
                  graph.getEdgeAttribute(e, 'until') === a.until,
              );
            if (twin) {
              // The same relation already exists on the survivor: keep one, with both provenances
              // (and, in a committed change, the change's own: it changed this relation).
              graph.updateEdgeAttributes(twin, (x) => ({
                ...x,
                validIn: [...new Set([...x.validIn, ...a.validIn])].sort() as typeof x.validIn,
                sources: [
                  ...x.sources,
                  ...a.sources.filter(
                    (s) => !x.sources.some((y) => y.locator === s.locator && y.excerpt === s.excerpt),
                  ),
                  ...(options.supersede ? sources : []),
                ],
              }));
            } else {
              const key = `${options.edgePrefix ?? 'scenario'}:${++counter}:merged:${edge}`;
              graph.addDirectedEdgeWithKey(key, from, to, { ...a, sources: [...a.sources, ...sources] });
              changes.addedEdges.push(key);
            }
          }
          dropNode(body);
        }
        changed(op.into);
        break;
      }
      case 'remove-node':
        node(op.id, 'id');
        dropNode(op.id);
        break;
      case 'add-node': {
        if (graph.hasNode(op.id)) fail('id', `a node '${op.id}' already exists`);
        const attributes: OrgNodeAttributes = {
          kind: op.kind,
          name: op.name,
          ministries: op.ministries ?? [],
          sources,
          facts: {},
        };
        if (op.type) attributes.type = op.type;
        if (op.abbreviation) attributes.abbreviation = op.abbreviation;
        if (op.level) attributes.level = op.level;
        else if (op.kind === 'body') attributes.level = op.ministries?.length ? 'departmental' : 'rijk';
        graph.addNode(op.id, attributes);
        changes.addedNodes.push(op.id);
        break;
      }
      case 'add-edge':
        addEdge(op.kind, op.from, op.to, op.id);
        break;
      case 'remove-edge': {
        if (op.id) {
          if (!graph.hasEdge(op.id)) fail('id', `no edge '${op.id}' in the graph`);
          dropEdge(op.id);
        } else {
          if (!op.kind || !op.from || !op.to) fail('id', 'give the edge id, or kind, from and to');
          const found = edgesOf(op.kind!, op.from, op.to);
          if (!found.length)
            fail('kind', `no ${op.kind} edge from '${op.from}' to '${op.to}' in ${snapshot}`);
          found.forEach(dropEdge);
        }
        break;
      }
      case 'set-reports-to':
        node(op.role, 'role', ['role']);
        node(op.to, 'to', ['role']);
        if (op.role === op.to) fail('to', 'a role cannot report to itself');
        edgesOf('reports_to', op.role).forEach(dropEdge);
        addEdge('reports_to', op.role, op.to);
        changed(op.role);
        break;
      case 'move-role': {
        node(op.role, 'role', ['role']);
        const host = node(op.host, 'host', ['organisation', 'ministry']);
        edgesOf('hosted_by', op.role).forEach(dropEdge);
        addEdge('hosted_by', op.role, op.host);
        // The placement follows the new host when the host says it; otherwise the operation must.
        const placement =
          op.placement ??
          (host.type === 'cio_office'
            ? 'cio_office'
            : host.type === 'it_service_provider'
              ? 'it_service_provider'
              : undefined);
        if (placement !== undefined)
          setFact(graph, op.role, 'placement', placement, snapshot, sources, options, (f, m) => fail(f, m));
        changed(op.role);
        break;
      }
      case 'set-chair':
        node(op.body, 'body', ['body']);
        node(op.role, 'role', ['role']);
        edgesOf('chairs', undefined, op.body).forEach(dropEdge);
        addEdge('chairs', op.role, op.body);
        changed(op.body);
        break;
      case 'add-membership':
        // Checked under the operation's own field names before the generic from/to check.
        node(op.role, 'role', EDGE_ENDPOINTS.member_of.from);
        node(op.body, 'body', ['body']);
        addEdge('member_of', op.role, op.body);
        break;
      case 'remove-membership': {
        node(op.role, 'role', ['role', 'organisation']);
        node(op.body, 'body', ['body']);
        const found = edgesOf('member_of', op.role, op.body);
        if (!found.length) fail('role', `'${op.role}' is not a member of '${op.body}' in ${snapshot}`);
        found.forEach(dropEdge);
        break;
      }
      case 'add-topic':
        node(op.body, 'body', ['body']);
        node(op.topic, 'topic', ['topic']);
        addEdge('handles', op.body, op.topic);
        break;
      case 'remove-topic': {
        node(op.body, 'body', ['body']);
        node(op.topic, 'topic', ['topic']);
        const found = edgesOf('handles', op.body, op.topic);
        if (!found.length) fail('topic', `'${op.body}' does not handle '${op.topic}' in ${snapshot}`);
        found.forEach(dropEdge);
        break;
      }
      case 'set-fact':
        node(op.node, 'node');
        setFact(graph, op.node, op.property, op.value, snapshot, sources, options, (f, m) => fail(f, m));
        changed(op.node);
        break;
    }
  });
  changes.changedNodes = changes.changedNodes.filter(
    (n) => graph.hasNode(n) && !changes.addedNodes.includes(n),
  );
  return { graph, changes };
}

/**
 * The reporting line from `start` up to `goal` in the snapshot (start … goal), or undefined when
 * `goal` is not above `start`. Adding goal → start would close exactly this loop.
 */
function reportingPath(
  graph: OrgGraph,
  start: string,
  goal: string,
  snapshot: Scenario['snapshot'],
): string[] | undefined {
  const previous = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    if (at === goal) {
      const path: string[] = [];
      for (let step: string | null | undefined = at; step; step = previous.get(step)) path.unshift(step);
      return path;
    }
    graph.forEachOutEdge(at, (_e, a, _s, next) => {
      if (a.kind === 'reports_to' && a.validIn.includes(snapshot) && !previous.has(next)) {
        previous.set(next, at);
        queue.push(next);
      }
    });
  }
  return undefined;
}

/** Replaces what holds for a property in the snapshot with one scenario claim; other snapshots keep theirs. */
function setFact(
  graph: OrgGraph,
  id: string,
  property: string,
  value: unknown,
  snapshot: Scenario['snapshot'],
  sources: SourceRef[],
  options: ApplyOptions,
  fail: (field: string, message: string) => never,
): void {
  const { kind, type } = graph.getNodeAttributes(id);
  // An own-property lookup: a scenario that skipped parsing must not reach Object.prototype either.
  const spec = factSpec(property);
  if (!spec) return fail('property', `'${property}' is not a known fact`);
  if (!spec.on.includes(kind) && !spec.on.includes(`${kind}:${type}`))
    fail('property', `'${property}' is not a fact of a ${kind}`);
  if (!spec.value.safeParse(value).success)
    fail('value', `${JSON.stringify(value)} is not a valid ${property}`);
  graph.updateNodeAttribute(id, 'facts', (facts = {}) => {
    const { supersede } = options;
    const kept = (Object.hasOwn(facts, property) ? facts[property]! : [])
      .map((c) =>
        // A committed change keeps the claim it replaces, dated: the report's picture stays answerable.
        supersede && c.validIn.includes(snapshot) && c.until === undefined
          ? { ...c, validIn: c.validIn.filter((s) => s !== snapshot), ...supersedeMark(supersede) }
          : { ...c, validIn: c.validIn.filter((s) => s !== snapshot) },
      )
      .filter((c) => c.validIn.length > 0 || c.until !== undefined);
    return {
      ...facts,
      [property]: [...kept, { value: value as never, sources, validIn: [snapshot] }],
    };
  });
}

const supersedeMark = (s: { until: string; by: number }) => ({ until: s.until, supersededBy: s.by });
