// The advisor's settings: defaults, one zod schema for the CLI, the API and the viewer, a resolver.
import { z } from 'zod';
import { resolveOptions } from '../analyses/options';
import { SNAPSHOTS } from '../model/vocabulary';
import { OBJECTIVES } from './objectives';
import type { ObjectiveId } from './objectives';
import type { Snapshot } from '../model/vocabulary';

export { OBJECTIVES, OBJECTIVE_TITLES } from './objectives';
export type { ObjectiveId } from './objectives';

export const ADVISE_DEFAULTS = {
  snapshot: '2024' as Snapshot,
  /** Most moves in one proposal. */
  maxOps: 2,
  /** The objectives the Pareto front is taken over; the first one orders the proposals. */
  objectives: [...OBJECTIVES] as ObjectiveId[],
  top: 10,
  seed: 'cio-graph',
  /** Ids no proposal may touch (e.g. acd, icbr). */
  keep: [] as string[],
  /** States kept per depth of the beam search. */
  beamWidth: 16,
  /** Bound on candidate evaluations; the search stops and reports what it has. */
  maxCandidates: 20_000,
  /** Bound on wall time; a safety net (with it hit, results depend on machine speed). */
  timeLimitMs: 30_000,
  /** The top of the decision chain every prepares_for/decides_for chain must keep reaching. */
  chainRoots: ['icbr'] as string[],
};
export type AdviseOptions = typeof ADVISE_DEFAULTS;

export const AdviseOptionsSchema = z.strictObject({
  snapshot: z.enum(SNAPSHOTS),
  maxOps: z.number().int().min(1).max(6),
  objectives: z.array(z.enum(OBJECTIVES)).min(1),
  top: z.number().int().min(1).max(200),
  seed: z.string().min(1).max(200),
  keep: z.array(z.string().min(1)),
  beamWidth: z.number().int().min(1).max(500),
  maxCandidates: z.number().int().min(1).max(10_000_000),
  timeLimitMs: z.number().int().min(1).max(3_600_000),
  chainRoots: z.array(z.string().min(1)),
});

export function resolveAdviseOptions(options: Partial<AdviseOptions> = {}): AdviseOptions {
  return resolveOptions('advisor', AdviseOptionsSchema, ADVISE_DEFAULTS, options);
}
