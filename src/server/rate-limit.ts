// Rate limits of the API, per client address. Two budgets, because the cost of a request differs by
// three orders of magnitude: cached reads are bytes from memory (precompressed.ts), while POST
// /api/scenarios and POST /api/export apply a scenario and compute every analysis.
// - CIO_GRAPH_RATE_LIMIT (default 6000 a minute): every /api request. A client may send that many at
//   once and then 100 a second (a token bucket refilled continuously): high enough for an office of
//   viewer users behind one NAT address, low enough to stop one client flooding a shared server.
// - CIO_GRAPH_RATE_LIMIT_COMPUTE (default 120 a minute): the POST requests that compute.
// 0 turns a limit off (behind a proxy that limits, or for benchmarks). Over the limit: 429 problem
// with Retry-After.
//
// One instance serves both ways into the API: the express middleware and the fast lane
// (fast-lane.ts), which answers cached reads before express. A request is counted once, wherever it
// is first seen (the decision rides on the request object), so a read cannot dodge the budget by
// taking the fast lane, nor be charged twice when the fast lane hands it on to express.
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { RequestHandler } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import { HttpProblem } from './problem';

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 6000;
export const DEFAULT_COMPUTE_RATE_LIMIT_PER_MINUTE = 120;

export interface RateLimitOptions {
  rateLimitPerMinute?: number | undefined;
  computeRateLimitPerMinute?: number | undefined;
}

export interface Admission {
  allowed: boolean;
  /** `RateLimit` and `RateLimit-Policy` (draft-ietf-httpapi-ratelimit-headers-08), absent without a limit. */
  headers: Record<string, string>;
  /** Seconds until the next request would be allowed (only when refused). */
  retryAfter?: number;
}

const WINDOW_MS = 60_000;

interface Bucket {
  tokens: number;
  at: number;
}

interface Taken {
  allowed: boolean;
  remaining: number;
  /** Seconds until the bucket is full again. */
  reset: number;
  retryAfter: number;
}

/** A token bucket per client: `limit` tokens, refilled at limit per minute. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private swept: number;

  constructor(
    readonly limit: number,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = limit / WINDOW_MS;
    this.swept = now();
  }

  take(key: string): Taken {
    const now = this.now();
    if (now - this.swept > WINDOW_MS) this.sweep(now);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: this.limit, at: now };
      this.buckets.set(key, bucket);
    } else {
      bucket.tokens = Math.min(this.limit, bucket.tokens + (now - bucket.at) * this.perMs);
      bucket.at = now;
    }
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    const seconds = (tokens: number) => Math.max(0, Math.ceil(tokens / this.perMs / 1000));
    return {
      allowed,
      remaining: Math.floor(bucket.tokens),
      reset: seconds(this.limit - bucket.tokens),
      retryAfter: Math.max(1, seconds(1 - bucket.tokens)),
    };
  }

  /** Forgets the buckets that have filled up again: they are what a new client gets anyway. */
  private sweep(now: number): void {
    this.swept = now;
    for (const [key, b] of this.buckets)
      if (b.tokens + (now - b.at) * this.perMs >= this.limit) this.buckets.delete(key);
  }
}

// express-rate-limit's key (req.ip, IPv6 by /56 so one host cannot rotate addresses), taken from the
// socket as req.ip is without 'trust proxy' (the app does not set it); computed once per connection.
const keys = new WeakMap<Socket, string>();
export function clientKey(req: IncomingMessage): string {
  const socket = req.socket;
  let key = keys.get(socket);
  if (key === undefined) {
    key = ipKeyGenerator(socket.remoteAddress ?? '');
    keys.set(socket, key);
  }
  return key;
}

const ADMITTED = Symbol('cio-graph.rate-limit.admitted');
type Counted = IncomingMessage & { [ADMITTED]?: Admission };

/** The API's two budgets, shared by the express middleware and the fast lane. */
export class ApiRateLimits {
  private readonly all: TokenBuckets | undefined;
  private readonly compute: TokenBuckets | undefined;
  private readonly allPolicy: string;
  private readonly bothPolicy: string;

  constructor(options: RateLimitOptions, now: () => number = Date.now) {
    const all = options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
    const compute = options.computeRateLimitPerMinute ?? DEFAULT_COMPUTE_RATE_LIMIT_PER_MINUTE;
    this.all = all > 0 ? new TokenBuckets(all, now) : undefined;
    this.compute = compute > 0 ? new TokenBuckets(compute, now) : undefined;
    const policy = (name: string, b: TokenBuckets | undefined) =>
      b ? [`"${name}";q=${b.limit};w=${WINDOW_MS / 1000}`] : [];
    this.allPolicy = policy('api', this.all).join(', ');
    this.bothPolicy = [...policy('api', this.all), ...policy('compute', this.compute)].join(', ');
  }

  /**
   * Counts a request against its budgets once (a second call returns the first decision): the
   * general one always, the compute one for POST.
   */
  admit(req: IncomingMessage): Admission {
    const counted = req as Counted;
    const known = counted[ADMITTED];
    if (known) return known;
    const computes = req.method === 'POST' && this.compute !== undefined;
    const taken: [string, Taken][] = [];
    if (this.all || computes) {
      const key = clientKey(req);
      if (this.all) taken.push(['api', this.all.take(key)]);
      // A request refused by the general budget does not also spend a compute token.
      if (computes && (taken.length === 0 || taken[0]![1].allowed))
        taken.push(['compute', this.compute!.take(key)]);
    }
    const refused = taken.filter(([, t]) => !t.allowed);
    const admission: Admission = {
      allowed: refused.length === 0,
      headers:
        taken.length === 0
          ? {}
          : {
              'RateLimit-Policy': computes ? this.bothPolicy : this.allPolicy,
              RateLimit: taken.map(([name, t]) => `"${name}";r=${t.remaining};t=${t.reset}`).join(', '),
            },
      ...(refused.length > 0 ? { retryAfter: Math.max(...refused.map(([, t]) => t.retryAfter)) } : {}),
    };
    counted[ADMITTED] = admission;
    return admission;
  }

  /** The express side: headers on every answer, 429 problem (with Retry-After) over a budget. */
  readonly middleware: RequestHandler = (req, res, next) => {
    const admission = this.admit(req);
    for (const name in admission.headers) res.setHeader(name, admission.headers[name]!);
    if (admission.allowed) return next();
    res.setHeader('Retry-After', String(admission.retryAfter));
    next(new HttpProblem(429, 'Too many requests', 'Too many requests; try again in a minute'));
  };
}
