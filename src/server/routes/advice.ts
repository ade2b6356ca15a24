// GET /api/advice?maxOps=&objective=&top=&seed=&keep=&snapshot=: the advisor's proposals for the
// dataset the server holds. The search is CPU-heavy, so the server bounds it (candidates, time, moves,
// proposals), runs one search at a time (a second, different request meanwhile gets 503 with
// Retry-After), and caches answers by their canonical query. Until the generic worker pool of issue 11
// is in main the search runs on the request thread; its bounds keep that to a few seconds.
import { createHash } from 'node:crypto';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { advise, proposalSummary } from '../../advisor/advise';
import type { Advice } from '../../advisor/advise';
import { OBJECTIVES } from '../../advisor/options';
import { SNAPSHOTS } from '../../model/vocabulary';
import { HttpProblem } from '../problem';
import { parseOrProblem } from '../schemas';
import type { GraphService } from '../service';

/** The server's bounds on one search, whatever the query asks. */
export const ADVICE_LIMITS = { maxOps: 3, top: 20, maxCandidates: 5_000, timeLimitMs: 5_000 };

const list = z
  .string()
  .max(2000)
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );
const int = (max: number) => z.coerce.number().int().min(1).max(max);

export const AdviceQuery = z.strictObject({
  maxOps: int(ADVICE_LIMITS.maxOps).optional(),
  top: int(ADVICE_LIMITS.top).optional(),
  objective: list.pipe(z.array(z.enum(OBJECTIVES)).min(1)).optional(),
  seed: z.string().min(1).max(200).optional(),
  keep: list.optional(),
  snapshot: z.enum(SNAPSHOTS).optional(),
});
export type AdviceQuery = z.infer<typeof AdviceQuery>;

/** What the viewer needs per proposal: the scenario (it runs it through /api/scenarios), the numbers, the why. */
export function adviceJson(advice: Advice) {
  return {
    options: advice.options,
    base: advice.base,
    stats: { ...advice.stats, rejected: advice.stats.rejected.length },
    proposals: advice.proposals.map(proposalSummary),
  };
}

export function adviceRouter(service: GraphService): express.Router {
  const router = express.Router();
  const cache = new Map<string, { body: string; etag: string }>();
  let busy: string | undefined;
  router.get('/', (req: Request, res: Response, next: NextFunction) => {
    void (async () => {
      const q = parseOrProblem(AdviceQuery, req.query, 'query');
      const key = JSON.stringify([q.maxOps, q.top, q.objective, q.seed, q.keep, q.snapshot]);
      let hit = cache.get(key);
      if (!hit) {
        if (busy !== undefined && busy !== key)
          throw new HttpProblem(503, 'Advisor busy', 'Another advice search is running; try again shortly');
        busy = key;
        try {
          const graph = await service.store.readGraph();
          const advice = advise(graph, {
            ...(q.maxOps ? { maxOps: q.maxOps } : {}),
            ...(q.top ? { top: q.top } : {}),
            ...(q.objective ? { objectives: q.objective } : {}),
            ...(q.seed ? { seed: q.seed } : {}),
            ...(q.keep ? { keep: q.keep } : {}),
            ...(q.snapshot ? { snapshot: q.snapshot } : {}),
            maxCandidates: ADVICE_LIMITS.maxCandidates,
            timeLimitMs: ADVICE_LIMITS.timeLimitMs,
          });
          const body = JSON.stringify(adviceJson(advice));
          hit = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
          cache.set(key, hit);
          if (cache.size > 16) cache.delete(cache.keys().next().value!);
        } finally {
          busy = undefined;
        }
      }
      res.set('ETag', hit.etag);
      res.set('Cache-Control', 'no-cache');
      if (req.fresh) res.status(304).end();
      else res.type('application/json').send(hit.body);
    })().catch((error: unknown) => {
      if (error instanceof HttpProblem && error.status === 503) res.set('Retry-After', '5');
      next(error);
    });
  });
  return router;
}
