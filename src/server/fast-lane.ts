// The fast lane: cached API answers replayed by a plain node:http handler before express. Profiling
// `/api/health` and `/api/analyses/deviations` under autocannon (node --cpu-prof) put about a third
// of the server's busy time in express and its middleware for bytes that were already encoded:
// router matching (~14%), helmet setting its ten headers (~7%), body-parser looking for a body on a
// GET (~5%), the rate limiter and the response helpers; the socket writes themselves were ~19%.
//
// What the lane answers: a GET or HEAD of exactly a URL that express answered with sendCached
// (precompressed.ts) at the current data version, when the chosen coding's bytes are ready. It sends
// the same answer express would: the same helmet headers (captured from the very middleware the app
// mounts), the same rate-limit headers from the same limiter instance (a request is counted once,
// in whichever lane sees it first), the same ETag/304 rule, coding negotiation and Vary. Anything
// else (a miss, POSTs, errors, a refused rate limit, the workspace routes) goes on to express
// untouched, which then teaches the lane the URL when it answers it with sendCached.
//
// Staleness: every entry belongs to one data version (the workspace's version; 0 without a
// workspace). When the version moves (a change set committed here, or another process's commit that
// a sync caught up with), the lane empties itself and tells the service to forget its caches too, and
// an answer computed while the version moved is not remembered.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { REPLAY, cachedHeaders, codingFor, identitySize, isFresh, readyBytes } from './precompressed';
import type { Coding, Replayable } from './precompressed';
import type { ApiRateLimits } from './rate-limit';
import type { CachedJson } from './service';

export interface FastLaneOptions {
  /** The limiter the express side mounts: one budget per client for both lanes. */
  limits: ApiRateLimits;
  /** helmet as the app mounts it: run once here to learn its headers (they depend on no request). */
  security: RequestHandler;
  /** The data version the cached answers belong to. */
  version: () => number;
  /** Called when the version moved under the caches. */
  onVersionChange?: () => void;
  /** URLs remembered (default 128, as the service's cache): arbitrary query strings cannot grow it. */
  maxEntries?: number;
}

interface Entry {
  cached: CachedJson;
  cacheControl: string;
  size: number;
  /** Flat header lists (name, value, …) per status and coding, built on first use. */
  heads: Partial<Record<Coding | 'fresh', string[]>>;
}

/** The headers a middleware sets on every response, learned by running it once on a stub. */
export function staticHeaders(middleware: RequestHandler): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => delete headers[name],
  };
  let passed = false;
  middleware({ method: 'GET', url: '/', headers: {} } as never, res as never, () => (passed = true));
  if (!passed) throw new Error('cio-graph/server: the security middleware did not pass a plain GET');
  return headers;
}

export class FastLane {
  private readonly entries = new Map<string, Entry>();
  private readonly security: string[];
  private readonly maxEntries: number;
  private version: number;

  constructor(private readonly options: FastLaneOptions) {
    this.security = Object.entries(staticHeaders(options.security)).flat();
    this.maxEntries = options.maxEntries ?? 128;
    this.version = options.version();
  }

  /** How many URLs the lane can answer now (for tests and diagnostics). */
  get size(): number {
    return this.entries.size;
  }

  /** Answers the request if it can (true); otherwise prepares it to teach the lane and returns false. */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const method = req.method;
    if (method !== 'GET' && method !== 'HEAD') return false;
    const url = req.url ?? '';
    if (!url.startsWith('/api/')) return false;
    const version = this.options.version();
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
      this.options.onVersionChange?.();
    }
    const entry = this.entries.get(url);
    if (entry && this.answer(entry, req, res)) return true;
    (req as Replayable)[REPLAY] = (cached, cacheControl) => {
      // An answer computed while a change was committed may hold the old data: not kept.
      if (this.options.version() === version && this.version === version)
        this.remember(url, cached, cacheControl);
    };
    return false;
  }

  /** A request listener for node:http: the lane first, express for everything it does not answer. */
  listener(app: RequestListener): RequestListener {
    return (req, res) => {
      if (!this.handle(req, res)) app(req, res);
    };
  }

  private answer(entry: Entry, req: IncomingMessage, res: ServerResponse): boolean {
    const fresh = isFresh(req.headers, entry.cached.etag);
    const coding = fresh ? 'fresh' : codingFor(req.headers['accept-encoding'], entry.size);
    const bytes = coding === 'fresh' ? undefined : readyBytes(entry.cached, coding);
    // Bytes still being compressed: express awaits them (and the request is not yet counted).
    if (coding !== 'fresh' && !bytes) return false;
    const admission = this.options.limits.admit(req);
    // Refused: express sends the 429 problem from the decision already taken.
    if (!admission.allowed) return false;
    let head = entry.heads[coding];
    if (!head) {
      const own = cachedHeaders(
        entry.cached,
        entry.cacheControl,
        coding === 'fresh' ? undefined : coding,
        bytes?.length,
      );
      head = entry.heads[coding] = [...this.security, ...Object.entries(own).flat()];
    }
    const limitHeaders = admission.headers;
    let headers = head;
    for (const name in limitHeaders) {
      if (headers === head) headers = head.slice();
      headers.push(name, limitHeaders[name]!);
    }
    res.writeHead(fresh ? 304 : 200, headers);
    res.end(fresh || req.method === 'HEAD' ? undefined : bytes);
    return true;
  }

  private remember(url: string, cached: CachedJson, cacheControl: string): void {
    const known = this.entries.get(url);
    if (known && known.cached === cached && known.cacheControl === cacheControl) return;
    this.entries.delete(url);
    this.entries.set(url, { cached, cacheControl, size: identitySize(cached), heads: {} });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
