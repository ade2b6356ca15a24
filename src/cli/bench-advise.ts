// The advisor's part of `npm run bench`: candidate evaluations per second and the time to the first
// Pareto front, each also as a ratio to one full scenario evaluation (apply + every analysis before and
// after, what `cio-graph scenario` does) measured in the same run on the same graph. The ratio says
// how many candidates the incremental search evaluates in the time a naive search spends on one.
import { performance } from 'node:perf_hooks';
import { advise } from '../advisor/advise';
import type { OrgGraph } from '../model/types';
import { runScenario } from '../scenarios/diff';

/** Graphs above this size are skipped: one full evaluation alone takes too long to repeat. */
const MAX_NODES = 20_000;

export function benchAdvise(
  graph: OrgGraph,
  log: (line: string) => void = () => {},
): Record<string, unknown> {
  if (graph.order > MAX_NODES) return { skipped: `more than ${MAX_NODES} nodes` };
  const started = performance.now();
  const advice = advise(graph, { maxOps: 2, top: 1, maxCandidates: 3000, timeLimitMs: 60_000 });
  const totalMs = performance.now() - started;
  const s = advice.stats;
  const scenario = advice.proposals[0]?.scenario;
  if (!scenario) return { skipped: 'no proposal to evaluate', evaluated: s.evaluated };
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    runScenario(graph, scenario);
    samples.push(performance.now() - t);
  }
  const fullMs = samples.sort((a, b) => a - b)[1]!;
  const perSecond = s.evaluated / (s.elapsedMs / 1000);
  const row = {
    evaluated: s.evaluated,
    stoppedBy: s.stoppedBy,
    normChecks: s.normChecks,
    searchMs: +s.elapsedMs.toFixed(1),
    adviseMs: +totalMs.toFixed(1),
    proposalsPerSecond: +perSecond.toFixed(1),
    firstFrontMs: +s.firstFrontMs.toFixed(1),
    fullScenarioEvaluationMs: +fullMs.toFixed(1),
    /** Candidates evaluated in the time of one full scenario evaluation. */
    proposalsPerFullEvaluation: +((perSecond * fullMs) / 1000).toFixed(1),
    /** Time to the first front in full scenario evaluations. */
    firstFrontInFullEvaluations: +(s.firstFrontMs / fullMs).toFixed(2),
  };
  log(
    `  advise: ${row.proposalsPerSecond} candidates/s (${row.proposalsPerFullEvaluation} per full scenario evaluation of ${row.fullScenarioEvaluationMs} ms), first front ${row.firstFrontMs} ms`,
  );
  return row;
}
