// Rate limits of the API, per client address. Two budgets, because the cost of a request differs by
// three orders of magnitude: cached reads are bytes from memory (precompressed.ts), while POST
// /api/scenarios and POST /api/export apply a scenario and compute every analysis.
// - CIO_GRAPH_RATE_LIMIT (default 6000 a minute, 100 a second): every /api request. High enough for
//   an office of viewer users behind one NAT address, low enough to stop one client flooding.
// - CIO_GRAPH_RATE_LIMIT_COMPUTE (default 120 a minute): the POST requests that compute.
// 0 turns a limit off (behind a proxy that limits, or for benchmarks). Over the limit: 429 problem.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpProblem } from './problem';

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 6000;
export const DEFAULT_COMPUTE_RATE_LIMIT_PER_MINUTE = 120;

export interface RateLimitOptions {
  rateLimitPerMinute?: number | undefined;
  computeRateLimitPerMinute?: number | undefined;
}

function limiter(limit: number, skip?: (method: string) => boolean): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    ...(skip ? { skip: (req) => skip(req.method) } : {}),
    handler: (_req, _res, next) =>
      next(new HttpProblem(429, 'Too many requests', 'Too many requests; try again in a minute')),
  });
}

/** One middleware: the general budget, then the compute budget; a limit of 0 is left out. */
export function apiRateLimits(options: RateLimitOptions): RequestHandler {
  const all = options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
  const compute = options.computeRateLimitPerMinute ?? DEFAULT_COMPUTE_RATE_LIMIT_PER_MINUTE;
  const chain = [
    ...(all > 0 ? [limiter(all)] : []),
    ...(compute > 0 ? [limiter(compute, (method) => method !== 'POST')] : []),
  ];
  return (req, res, next) => {
    let i = 0;
    const step = (error?: unknown): void => {
      if (error !== undefined || i === chain.length) return next(error);
      void chain[i++]!(req, res, step);
    };
    step();
  };
}
