// Seeded beam search over sequences of moves. Each depth expands every state of the beam with every
// candidate move (in an order the seed shuffles), evaluates it incrementally on the model (apply,
// read the totals, undo), and keeps the feasible children that improve on their parent. The norm
// rules are the one thing the model cannot evaluate: a move that touches a node some finding rests on
// is checked by running the rules on the graph the moves give (cached): one that removes a body, or
// changes its chairs, where some finding rests on that body. Other moves cannot change a finding,
// because the rules never read what those moves change (moves.ts, normSubjects).
import seedrandom from 'seedrandom';
import { deviations } from '../analyses/deviations';
import type { DeviationFinding } from '../analyses/rules';
import { applyScenario } from '../scenarios/apply';
import { parseScenario } from '../scenarios/load';
import type { OrgGraph } from '../model/types';
import { worsenedNorms } from './constraints';
import { Evaluator } from './evaluate';
import type { OverlapMeasure, Totals } from './evaluate';
import { GremiaModel } from './model';
import {
  applyMove,
  candidateMoves,
  changesChain,
  moveKey,
  normSubjects,
  toOperations,
  touchedNodes,
} from './moves';
import type { CandidateContext, Move } from './moves';
import type { AdviseOptions, ObjectiveId } from './options';

export type ObjectiveValues = Record<ObjectiveId, number>;

export interface SearchState {
  moves: Move[];
  key: string;
  values: ObjectiveValues;
  totals: Totals;
}

export interface SearchProgress {
  depth: number;
  evaluated: number;
  feasible: number;
  elapsedMs: number;
}

export interface SearchStats {
  evaluated: number;
  feasible: number;
  infeasible: number;
  normChecks: number;
  depthReached: number;
  stoppedBy: 'exhausted' | 'maxCandidates' | 'timeLimit';
  elapsedMs: number;
  /** Time until the first depth was evaluated: the first Pareto front exists from then on. */
  firstFrontMs: number;
}

export interface SearchResult {
  base: SearchState;
  states: SearchState[];
  stats: SearchStats;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function valuesOf(totals: Totals, deviationCount: number): ObjectiveValues {
  return {
    overlap: round(totals.overlap),
    reportedOverlap: totals.reportedOverlap,
    cioSeats: totals.cioSeats,
    meetingLoad: round(totals.meetingLoad),
    bodies: totals.bodies,
    deviations: deviationCount,
  };
}

/** x dominates y: no worse in every objective, better in one. */
export function dominates<K extends string>(
  x: Record<K, number>,
  y: Record<K, number>,
  objectives: readonly K[],
): boolean {
  let better = false;
  for (const o of objectives) {
    if (x[o] > y[o]) return false;
    if (x[o] < y[o]) better = true;
  }
  return better;
}

/** Relative improvement over the base, summed: how the beam orders states within a front. */
function gain(v: ObjectiveValues, base: ObjectiveValues, objectives: readonly ObjectiveId[]): number {
  let g = 0;
  objectives.forEach((o, i) => {
    const w = i === 0 ? 2 : 1;
    g += (w * (base[o] - v[o])) / Math.max(Math.abs(base[o]), 1);
  });
  return g;
}

/** Non-dominated sorting, lazily: the first front, then the front of what is left, and so on. */
export function* paretoFronts<K extends string, T extends { values: Record<K, number> }>(
  items: T[],
  objectives: readonly K[],
): Generator<T[]> {
  let rest = items;
  while (rest.length) {
    const front = rest.filter((x) => !rest.some((y) => y !== x && dominates(y.values, x.values, objectives)));
    yield front;
    const taken = new Set(front);
    rest = rest.filter((x) => !taken.has(x));
  }
}

export function scenarioFor(moves: Move[], snapshot: AdviseOptions['snapshot']) {
  return parseScenario({ name: 'advisor candidate', snapshot, operations: moves.flatMap(toOperations) });
}

export function search(
  graph: OrgGraph,
  o: AdviseOptions,
  ctx: CandidateContext,
  baseFindings: DeviationFinding[],
  progress: (p: SearchProgress) => void = () => {},
  measure?: OverlapMeasure,
): SearchResult {
  const started = performance.now();
  const model = new GremiaModel(graph, o.snapshot);
  const ev = new Evaluator(model, measure);
  const roots = o.chainRoots;
  const reached0 = model.chainReach(roots);
  const keep = new Set(o.keep);
  const sensitive = new Set(baseFindings.flatMap((f) => f.evidence.nodes));
  const baseDeviations = baseFindings.filter((f) => f.status === 'deviation').length;
  const normCache = new Map<string, { ok: boolean; count: number }>();
  const rng = seedrandom(o.seed);
  const stats: SearchStats = {
    evaluated: 0,
    feasible: 0,
    infeasible: 0,
    normChecks: 0,
    depthReached: 0,
    stoppedBy: 'exhausted',
    elapsedMs: 0,
    firstFrontMs: 0,
  };
  const base: SearchState = {
    moves: [],
    key: '',
    values: valuesOf(ev.totals, baseDeviations),
    totals: { ...ev.totals },
  };
  const normsOf = (moves: Move[]) => {
    const key = moves.map(moveKey).join(' ');
    let hit = normCache.get(key);
    if (!hit) {
      stats.normChecks++;
      const after = applyScenario(graph, scenarioFor(moves, o.snapshot)).graph;
      const found = deviations(after, { snapshot: o.snapshot });
      hit = {
        ok: worsenedNorms(baseFindings, found).length === 0,
        count: found.filter((f) => f.status === 'deviation').length,
      };
      normCache.set(key, hit);
    }
    return hit;
  };
  const chainIntact = () => {
    const reached = model.chainReach(roots);
    for (const b of reached0) if (model.bodies.has(b) && !reached.has(b)) return false;
    return true;
  };
  const feasible = () =>
    ev.totals.lostCoverage === 0 && ev.totals.chairless === 0 && ev.totals.memberless === 0;

  const archive = new Map<string, SearchState>();
  let beam: (SearchState & { deviationCount: number })[] = [{ ...base, deviationCount: baseDeviations }];
  const bounded = () => {
    if (stats.evaluated >= o.maxCandidates) stats.stoppedBy = 'maxCandidates';
    else if (performance.now() - started >= o.timeLimitMs) stats.stoppedBy = 'timeLimit';
    else return false;
    return true;
  };
  let stop = false;
  for (let depth = 1; depth <= o.maxOps && !stop && beam.length; depth++) {
    const children: (SearchState & { deviationCount: number; order: number })[] = [];
    for (const state of beam) {
      if (stop) break;
      const mark = model.log.mark();
      for (const m of state.moves) applyMove(ev, m);
      const used = new Set(state.moves.map(moveKey));
      const candidates = candidateMoves(ev, ctx).filter((m) => !used.has(moveKey(m)));
      // Seeded Fisher-Yates: under a candidate bound, the seed decides which are tried first.
      for (let i = candidates.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
      }
      for (const m of candidates) {
        if (bounded()) {
          stop = true;
          break;
        }
        const touched = touchedNodes(model, m);
        if ([...touched].some((n) => keep.has(n))) continue;
        stats.evaluated++;
        const subjects = normSubjects(model, m);
        const inner = model.log.mark();
        applyMove(ev, m);
        const moves = [...state.moves, m];
        let ok = feasible() && (!changesChain(m) || chainIntact());
        let deviationCount = state.deviationCount;
        if (ok && subjects.some((n) => sensitive.has(n))) {
          const norms = normsOf(moves);
          ok = norms.ok;
          deviationCount = norms.count;
        }
        if (ok) {
          const values = valuesOf(ev.totals, deviationCount);
          // A move that improves nothing only pads a proposal.
          if (o.objectives.some((x) => values[x] < state.values[x])) {
            stats.feasible++;
            children.push({
              moves,
              key: moves.map(moveKey).sort().join(' '),
              values,
              totals: { ...ev.totals },
              deviationCount,
              order: children.length,
            });
          }
        } else stats.infeasible++;
        model.log.rollback(inner);
        if (stats.evaluated % 500 === 0)
          progress({
            depth,
            evaluated: stats.evaluated,
            feasible: stats.feasible,
            elapsedMs: performance.now() - started,
          });
      }
      model.log.rollback(mark);
    }
    stats.depthReached = depth;
    if (depth === 1) stats.firstFrontMs = performance.now() - started;
    const fresh = children.filter((c) => !archive.has(c.key) && archive.set(c.key, c));
    // The next beam: front by front, within a front by gain, then by the seeded order.
    const next: typeof fresh = [];
    for (const layer of paretoFronts(fresh, o.objectives)) {
      layer.sort(
        (x, y) =>
          gain(y.values, base.values, o.objectives) - gain(x.values, base.values, o.objectives) ||
          x.order - y.order,
      );
      next.push(...layer);
      if (next.length >= o.beamWidth) break;
    }
    beam = next.slice(0, o.beamWidth);
    progress({
      depth,
      evaluated: stats.evaluated,
      feasible: stats.feasible,
      elapsedMs: performance.now() - started,
    });
  }
  stats.elapsedMs = performance.now() - started;
  return { base, states: [...archive.values()], stats };
}
