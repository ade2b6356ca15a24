// The constraints a proposal may never break, checked on the graphs themselves (before and after
// `applyScenario`), independently of the search's incremental model:
//  - coverage: every topic handled at the start is still handled at the level it needs (the Rijk, or
//    each ministry of a departmental body);
//  - chain: every body that reached the top of the decision chain (prepares_for upward, decides_for
//    downward) and still exists still reaches it; a retirement reroutes explicitly;
//  - chairs: every body that had a chair keeps one;
//  - norms: no new deviation from the Besluit (the rules of src/analyses/rules), and no norm whose
//    subject the proposal removes (a known finding turning unknown);
//  - pinned: nothing the user pins (`--keep`) is removed, changed, or an end of a changed relation.
import { deviations } from '../analyses/deviations';
import type { DeviationFinding } from '../analyses/rules';
import type { OrgGraph } from '../model/types';
import type { Snapshot } from '../model/vocabulary';
import type { ScenarioChanges } from '../scenarios/apply';

export const CONSTRAINTS = ['coverage', 'chain', 'chairs', 'norms', 'pinned'] as const;
export type ConstraintId = (typeof CONSTRAINTS)[number];

export interface Violation {
  constraint: ConstraintId;
  subject: string;
}

const holds = (validIn: readonly string[], snapshot: Snapshot) => validIn.includes(snapshot);

export function coverage(graph: OrgGraph, snapshot: Snapshot): Set<string> {
  const out = new Set<string>();
  graph.forEachEdge((_e, a, _s, t, sa) => {
    if (a.kind !== 'handles' || !holds(a.validIn, snapshot) || sa.kind !== 'body') return;
    const level = sa.level ?? 'rijk';
    if (level !== 'departmental') out.add(`${level}|${t}`);
    else for (const m of sa.ministries) out.add(`dep:${m}|${t}`);
  });
  return out;
}

export function chainReach(graph: OrgGraph, snapshot: Snapshot, roots: string[]): Set<string> {
  const reached = new Set(roots.filter((r) => graph.hasNode(r)));
  const queue = [...reached];
  while (queue.length) {
    const node = queue.pop()!;
    const visit = (next: string) => {
      if (!reached.has(next) && graph.getNodeAttribute(next, 'kind') === 'body') {
        reached.add(next);
        queue.push(next);
      }
    };
    graph.forEachInEdge(node, (_e, a, s) => {
      if (a.kind === 'prepares_for' && holds(a.validIn, snapshot)) visit(s);
    });
    graph.forEachOutEdge(node, (_e, a, _s, t) => {
      if (a.kind === 'decides_for' && holds(a.validIn, snapshot)) visit(t);
    });
  }
  return reached;
}

function chaired(graph: OrgGraph, snapshot: Snapshot): Set<string> {
  const out = new Set<string>();
  graph.forEachEdge((_e, a, _s, t) => {
    if (a.kind === 'chairs' && holds(a.validIn, snapshot)) out.add(t);
  });
  return out;
}

const findingKey = (f: Pick<DeviationFinding, 'rule' | 'subject'>) => `${f.rule}|${f.subject}`;

/** Findings that got worse: a new deviation, or a known finding whose subject is gone (unknown). */
export function worsenedNorms(before: DeviationFinding[], after: DeviationFinding[]): string[] {
  const b = new Map(before.map((f) => [findingKey(f), f.status]));
  const a = new Map(after.map((f) => [findingKey(f), f.status]));
  const out: string[] = [];
  for (const [k, s] of a) {
    const was = b.get(k);
    if (s === 'deviation' && was !== 'deviation') out.push(k);
    else if (s === 'unknown' && was !== undefined && was !== 'unknown') out.push(k);
  }
  for (const [k, s] of b) if (!a.has(k) && s !== 'unknown') out.push(k);
  return out.sort();
}

export interface ConstraintInput {
  before: OrgGraph;
  after: OrgGraph;
  changes: ScenarioChanges;
  snapshot: Snapshot;
  keep: string[];
  chainRoots: string[];
  /** The base graph's findings, when the caller has them already. */
  beforeFindings?: DeviationFinding[];
}

export function checkConstraints(input: ConstraintInput): Violation[] {
  const { before, after, snapshot } = input;
  const out: Violation[] = [];
  const covered = coverage(after, snapshot);
  for (const k of coverage(before, snapshot))
    if (!covered.has(k)) out.push({ constraint: 'coverage', subject: k });
  const reached = chainReach(after, snapshot, input.chainRoots);
  for (const b of chainReach(before, snapshot, input.chainRoots))
    if (after.hasNode(b) && !reached.has(b)) out.push({ constraint: 'chain', subject: b });
  const chairs = chaired(after, snapshot);
  for (const b of chaired(before, snapshot))
    if (after.hasNode(b) && !chairs.has(b)) out.push({ constraint: 'chairs', subject: b });
  const found = input.beforeFindings ?? deviations(before, { snapshot });
  for (const k of worsenedNorms(found, deviations(after, { snapshot })))
    out.push({ constraint: 'norms', subject: k });
  if (input.keep.length) {
    const keep = new Set(input.keep);
    const c = input.changes;
    const ends = (graph: OrgGraph, edges: string[]) =>
      edges.flatMap((e) => (graph.hasEdge(e) ? graph.extremities(e) : []));
    const hit = new Set(
      [
        ...c.removedNodes,
        ...c.changedNodes,
        ...c.addedNodes,
        ...ends(after, c.addedEdges),
        ...ends(before, c.removedEdges),
      ].filter((n) => keep.has(n)),
    );
    for (const n of [...hit].sort()) out.push({ constraint: 'pinned', subject: n });
  }
  return out;
}
