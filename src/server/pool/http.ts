// The HTTP side of work done in the pool: scenario-body errors found in the worker as 400 problems,
// and sending a computed JSON body.
import type { Request, Response } from 'express';
import { HttpProblem } from '../problem';
import type { ScenarioInputError } from './errors';
import type { JsonBody } from './tasks';

/** The 400 a body refused in the worker gets: the same shape as parseOrProblem's on the event loop. */
export function inputProblem(error: ScenarioInputError): HttpProblem {
  return new HttpProblem(
    400,
    'Bad parameter',
    'Invalid body',
    error.issues.map((i) => ({ path: i.path ? `body.${i.path}` : 'body', message: i.message })),
  );
}

/**
 * Sends a scenario result. Not through the precompressed cache: nearly every abusive POST is distinct,
 * and brotli at quality 9 on a 700 kB result took 70-110 ms of a core per request on the thread pool,
 * competing with the event loop; the compression middleware streams it at brotli 4 / gzip instead.
 */
export function sendComputed(req: Request, res: Response, result: JsonBody): void {
  res.set('ETag', result.etag);
  res.set('Cache-Control', 'no-cache');
  if (req.fresh) res.status(304).end();
  else res.type('application/json').send(result.body);
}
