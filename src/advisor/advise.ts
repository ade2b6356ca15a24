// The restructuring advisor: search for move sequences, take the Pareto front over the chosen
// objectives, and turn the best into proposals. Each proposal is a scenario (the file
// `cio-graph scenario` runs unchanged), re-run through the scenario engine for its diff, checked
// against every constraint on the graphs themselves, and measured again from scratch: the search's
// incremental numbers are never reported unchecked.
import { deviations } from '../analyses/deviations';
import type { Explanation } from '../analyses/types';
import { InvalidArgumentError } from '../model/errors';
import { departmentalCio, roleOfType } from '../model/queries';
import type { OrgGraph } from '../model/types';
import type { ScenarioChanges } from '../scenarios/apply';
import { runScenario } from '../scenarios/diff';
import type { ScenarioResult } from '../scenarios/diff';
import { parseScenario } from '../scenarios/load';
import type { Scenario } from '../scenarios/schema';
import { checkConstraints } from './constraints';
import type { Violation } from './constraints';
import { Evaluator } from './evaluate';
import type { OverlapMeasure } from './evaluate';
import { GremiaModel } from './model';
import { describeMove, citationsFor, rationale } from './rationale';
import type { Citation } from './rationale';
import { moveKey, toOperations } from './moves';
import type { CandidateContext, Move } from './moves';
import { resolveAdviseOptions } from './options';
import { REPORT_OPTIONS } from './report-options';
import type { AdviseOptions } from './options';
import { paretoFronts, search, valuesOf } from './search';
import type { ObjectiveValues, SearchProgress, SearchState, SearchStats } from './search';

export interface Proposal {
  id: string;
  rank: number;
  /** 0 for the Pareto front over the chosen objectives, 1 for the front after it, … */
  front: number;
  /** Ranked on the fronts, or added because the report itself raises the option. */
  reason: 'pareto' | 'report-option';
  moves: Move[];
  scenario: Scenario;
  objectives: { before: ObjectiveValues; after: ObjectiveValues };
  rationale: Explanation;
  citations: Citation[];
  /** What `cio-graph scenario --format json` prints for the scenario. */
  result: Omit<ScenarioResult, 'changes'>;
  changes: ScenarioChanges;
}

export interface Advice {
  options: AdviseOptions;
  chainRoots: string[];
  base: ObjectiveValues;
  proposals: Proposal[];
  stats: SearchStats & { verified: number; rejected: Violation[][]; mismatches: string[] };
}

/** A proposal without its diff and change lists: what a listing (CLI summary, API, viewer) shows. */
export function proposalSummary(p: Proposal) {
  const { id, rank, front, reason, moves, objectives, rationale, citations, scenario } = p;
  return { id, rank, front, reason, moves, objectives, rationale, citations, scenario };
}

/** The advice as a listing shows it (the API, the viewer): proposals without their diffs. */
export function adviceSummary(advice: Advice) {
  return {
    options: advice.options,
    base: advice.base,
    stats: { ...advice.stats, rejected: advice.stats.rejected.length },
    proposals: advice.proposals.map(proposalSummary),
  };
}

/** The decision chain's top: the given roots that exist, else the bodies that prepare for no one. */
function chainRootsOf(graph: OrgGraph, wanted: string[], snapshot: AdviseOptions['snapshot']): string[] {
  const present = wanted.filter((r) => graph.hasNode(r));
  if (present.length) return present;
  const model = new GremiaModel(graph, snapshot);
  return [...model.bodies.keys()]
    .filter(
      (b) =>
        model.relationsAt(b, 'prepares_for', 'in').length > 0 &&
        model.relationsAt(b, 'prepares_for', 'out').length === 0,
    )
    .sort();
}

function chairTargets(
  graph: OrgGraph,
  findings: ReturnType<typeof deviations>,
): CandidateContext['chairTargets'] {
  const cioRijk = roleOfType(graph, 'cio_rijk');
  const out: CandidateContext['chairTargets'] = [];
  for (const f of findings) {
    if (f.status !== 'deviation') continue;
    for (const n of f.evidence.nodes) {
      if (!graph.hasNode(n) || graph.getNodeAttribute(n, 'kind') !== 'body') continue;
      const b = graph.getNodeAttributes(n);
      const role =
        (b.level ?? 'rijk') === 'rijk'
          ? cioRijk
          : b.ministries.length === 1
            ? departmentalCio(graph, b.ministries[0]!)
            : undefined;
      if (role && !out.some((t) => t.body === n && t.role === role)) out.push({ body: n, role });
    }
  }
  return out;
}

export function advise(
  graph: OrgGraph,
  options: Partial<AdviseOptions> = {},
  progress?: (p: SearchProgress) => void,
  measure?: OverlapMeasure,
): Advice {
  const o = resolveAdviseOptions(options);
  const unknown = o.keep.filter((k) => !graph.hasNode(k));
  if (unknown.length)
    throw new InvalidArgumentError(`cio-graph/advisor: keep names no node: ${unknown.join(', ')}`);
  const roots = chainRootsOf(graph, o.chainRoots, o.snapshot);
  const resolved = { ...o, chainRoots: roots };
  const baseFindings = deviations(graph, { snapshot: o.snapshot });
  const ctx: CandidateContext = { chainRoots: roots, chairTargets: chairTargets(graph, baseFindings) };
  const { base, states, stats } = search(graph, resolved, ctx, baseFindings, progress, measure);

  const primary = o.objectives[0]!;
  // The Pareto front also weighs the number of moves: a simpler proposal is not dominated by a
  // longer one that adds a small gain. Fronts are sorted lazily, as far as the proposals need.
  const sized = states.map((state) => ({ state, values: { ...state.values, moves: state.moves.length } }));
  const fronts = paretoFronts(sized, [...o.objectives, 'moves'] as const);
  const frontOf = new Map<SearchState, number>();
  const ordered: { state: SearchState; front: number }[] = [];
  const nextFront = (): boolean => {
    const layer = fronts.next();
    if (layer.done) return false;
    const front = frontOf.size ? Math.max(...frontOf.values()) + 1 : 0;
    layer.value
      .map((x) => x.state)
      .sort(
        (x, y) =>
          x.values[primary] - y.values[primary] ||
          x.moves.length - y.moves.length ||
          x.key.localeCompare(y.key),
      )
      .forEach((state) => {
        frontOf.set(state, front);
        ordered.push({ state, front });
      });
    return true;
  };
  const frontIndex = (state: SearchState): number => {
    while (!frontOf.has(state) && nextFront());
    return frontOf.get(state)!;
  };

  const proposals: Proposal[] = [];
  const rejected: Violation[][] = [];
  const mismatches: string[] = [];
  let verified = 0;
  const build = (state: SearchState, front: number, reason: Proposal['reason']): boolean => {
    verified++;
    const n = proposals.length + 1;
    const id = `proposal-${String(n).padStart(2, '0')}`;
    const citations = citationsFor(graph, state.moves, o.snapshot);
    const steps = state.moves.map((m) => describeMove(graph, m));
    const first = citations.find((c) => !c.counter);
    const scenario = parseScenario({
      name: `Advies ${n} / Proposal ${n}: ${state.moves.map(moveKey).join(', ')}`,
      description: '',
      snapshot: o.snapshot,
      ...(first ? { source: { locator: first.locator, excerpt: first.excerpt } } : {}),
      operations: state.moves.flatMap((m, i) => toOperations(m).map((op) => ({ ...op, note: steps[i]!.en }))),
    });
    const { graph: after, changes, ...result } = runScenario(graph, scenario, `${id}.yaml`);
    const violations = checkConstraints({
      before: graph,
      after,
      changes,
      snapshot: o.snapshot,
      keep: o.keep,
      chainRoots: roots,
      beforeFindings: baseFindings,
    });
    if (violations.length) {
      rejected.push(violations);
      return false;
    }
    // Measured again from scratch on the graph the scenario engine produced.
    const measured = valuesOf(
      new Evaluator(new GremiaModel(after, o.snapshot), measure).totals,
      deviations(after, { snapshot: o.snapshot }).filter((f) => f.status === 'deviation').length,
    );
    if (JSON.stringify(measured) !== JSON.stringify(state.values)) mismatches.push(state.key);
    const why = rationale(graph, state.moves, base.values, measured, o.objectives, citations);
    // The scenario schema caps a description at 5000 characters; the full rationale stays on the proposal.
    const cap = (text: string) => (text.length > 2450 ? `${text.slice(0, 2449)}…` : text);
    scenario.description = `${cap(why.nl)}\n\n${cap(why.en)}`;
    result.scenario.description = scenario.description;
    proposals.push({
      id,
      rank: n,
      front,
      reason,
      moves: state.moves,
      scenario,
      objectives: { before: base.values, after: measured },
      rationale: why,
      citations,
      result,
      changes,
    });
    return true;
  };
  for (let i = 0; proposals.length < o.top; i++) {
    if (i >= ordered.length && !nextFront()) break;
    build(ordered[i]!.state, ordered[i]!.front, 'pareto');
  }
  // The report's own options, wherever the data supports them and no constraint stands in the way:
  // the simplest proposal that carries each, if the ranking did not already include one.
  const roleType = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'type') : undefined);
  for (const option of REPORT_OPTIONS) {
    const carries = (s: SearchState) => s.moves.some((m) => option.matches(m, roleType));
    if (proposals.some((p) => carries(p as unknown as SearchState))) continue;
    const candidates = states
      .filter(carries)
      .sort(
        (x, y) =>
          x.moves.length - y.moves.length ||
          x.values[primary] - y.values[primary] ||
          x.key.localeCompare(y.key),
      );
    for (const c of candidates) if (build(c, frontIndex(c), 'report-option')) break;
  }
  return {
    options: o,
    chainRoots: roots,
    base: base.values,
    proposals,
    stats: { ...stats, verified, rejected, mismatches },
  };
}
