// GET /api/advice?maxOps=&objective=&top=&seed=&keep=&snapshot=: the advisor's proposals for the
// dataset the server holds. The search is CPU-heavy: the server bounds it (candidates, time, moves,
// proposals) and runs it in the worker pool (src/server/pool, task 'advice'), so a search never holds
// up the event loop; a full pool answers 503 with Retry-After. Answers are cached by canonical query.
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { OBJECTIVES } from '../../advisor/objectives';
import type { AdviseOptions } from '../../advisor/options';
import { SNAPSHOTS } from '../../model/vocabulary';
import { contentLanguage } from '../lang';
import { LangField } from '../lang-field';
import { parseOrProblem } from '../schemas';
import type { GraphService } from '../service';
import type { JsonBody } from '../pool/tasks';

/** The server's bounds on one search, whatever the query asks. */
export const ADVICE_LIMITS = { maxOps: 3, top: 20, maxCandidates: 5_000, timeLimitMs: 5_000 };
/** The task's budget: the search's own bound plus re-running and checking every proposal. */
const TASK_TIMEOUT_MS = 40_000;

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
  /** Accepted like everywhere; the proposals' rationales carry both languages. */
  ...LangField,
});
export type AdviceQuery = z.infer<typeof AdviceQuery>;

export function adviceOptions(q: AdviceQuery): Partial<AdviseOptions> {
  return {
    ...(q.maxOps ? { maxOps: q.maxOps } : {}),
    ...(q.top ? { top: q.top } : {}),
    ...(q.objective ? { objectives: q.objective } : {}),
    ...(q.seed ? { seed: q.seed } : {}),
    ...(q.keep ? { keep: q.keep } : {}),
    ...(q.snapshot ? { snapshot: q.snapshot } : {}),
    maxCandidates: ADVICE_LIMITS.maxCandidates,
    timeLimitMs: ADVICE_LIMITS.timeLimitMs,
  };
}

export function adviceRouter(service: GraphService): express.Router {
  const router = express.Router();
  // Promises, so identical requests arriving together share one search; failures are not kept.
  const cache = new Map<string, Promise<JsonBody>>();
  router.get('/', (req: Request, res: Response, next: NextFunction) => {
    void (async () => {
      const q = parseOrProblem(AdviceQuery, req.query, 'query');
      const base = await service.graphJson(undefined);
      const key = JSON.stringify([base.etag, q.maxOps, q.top, q.objective, q.seed, q.keep, q.snapshot]);
      let pending = cache.get(key);
      if (!pending) {
        pending = service.runner.runTask(
          'advice',
          { base: { key: base.etag, json: base.body }, options: adviceOptions(q) },
          { timeoutMs: TASK_TIMEOUT_MS },
        );
        cache.set(key, pending);
        pending.catch(() => cache.delete(key));
        if (cache.size > 16) cache.delete(cache.keys().next().value!);
      }
      const hit = await pending;
      res.set('ETag', hit.etag);
      res.set('Cache-Control', 'no-cache');
      contentLanguage(res, q.lang);
      if (req.fresh) res.status(304).end();
      else res.type('application/json').send(hit.body);
    })().catch(next);
  });
  return router;
}
