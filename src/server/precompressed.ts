// Cached API responses as bytes: each cached JSON body is encoded once per content coding (brotli, gzip,
// identity), chosen by the request's Accept-Encoding, and sent with its ETag and Content-Length
// straight to the socket. The compression middleware sees a Content-Encoding already set and leaves
// the response alone, so a 10 MB graph is not gzipped again on every request.
//
// The ETag is the same for every coding: it is the dataset's fingerprint (/api/health cites it), and
// `Vary: Accept-Encoding` keeps shared caches from handing one coding to a client that asked another.
//
// The same functions (coding, freshness, headers) serve the fast lane (fast-lane.ts), which replays
// these answers before express: one definition, so the two lanes cannot drift apart.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import express from 'express';
import type { Request, RequestHandler, Response } from 'express';
import type { CachedJson } from './service';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export type Coding = 'br' | 'gzip' | 'identity';
/** Bodies smaller than this go uncompressed, as the compression middleware does (its threshold). */
const THRESHOLD = 1024;

interface Encoded {
  identity: Buffer;
  br?: Promise<Buffer>;
  gzip?: Promise<Buffer>;
  /** The same bytes once compressed, for the fast lane's synchronous answer. */
  brReady?: Buffer;
  gzipReady?: Buffer;
}

// Keyed by the cached object itself: when the service's bounded cache drops an entry, its bytes go too.
const encodings = new WeakMap<CachedJson, Encoded>();

function encodedOf(cached: CachedJson): Encoded {
  let entry = encodings.get(cached);
  if (!entry) {
    entry = { identity: Buffer.from(cached.body, 'utf8') };
    encodings.set(cached, entry);
  }
  return entry;
}

/** The body in one coding, compressed on first use and kept. Brotli at quality 5 for large bodies: 11 takes seconds on 10 MB. */
export function bodyIn(cached: CachedJson, coding: Coding): Promise<Buffer> {
  const entry = encodedOf(cached);
  if (coding === 'identity') return Promise.resolve(entry.identity);
  if (coding === 'br')
    return (entry.br ??= brotli(entry.identity, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: entry.identity.length > 1 << 20 ? 5 : 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: entry.identity.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }).then((bytes) => (entry.brReady = bytes)));
  return (entry.gzip ??= gzipAsync(entry.identity).then((bytes) => (entry.gzipReady = bytes)));
}

// Negotiation of Accept-Encoding is express's own (req.acceptsEncodings, negotiator's q-values and
// order), run once per distinct header value: both the express route and the fast lane ask here, so
// they cannot disagree, and a busy client pays a Map lookup, not a parse.
const negotiated = new Map<string, Coding>();
const NEGOTIATED_LIMIT = 256;

function negotiate(acceptEncoding: string): Coding {
  let coding = negotiated.get(acceptEncoding);
  if (coding === undefined) {
    const accepted = express.request.acceptsEncodings.call(
      { headers: { 'accept-encoding': acceptEncoding } } as unknown as Request,
      'br',
      'gzip',
      'identity',
    );
    coding = accepted === 'br' || accepted === 'gzip' ? accepted : 'identity';
    // Arbitrary header values must not grow memory: past the limit they are parsed each time.
    if (negotiated.size < NEGOTIATED_LIMIT) negotiated.set(acceptEncoding, coding);
  }
  return coding;
}

/** The coding to send for an Accept-Encoding header: brotli or gzip when taken and worth it. */
export function codingFor(acceptEncoding: string | undefined, size: number): Coding {
  return size < THRESHOLD ? 'identity' : negotiate(acceptEncoding ?? '');
}

/** The coding to send: brotli or gzip when the client takes them and the body is worth it. */
export function chooseCoding(req: Request, size: number): Coding {
  return codingFor(req.headers['accept-encoding'], size);
}

const NO_CACHE = /(?:^|,)\s*?no-cache\s*?(?:,|$)/;

/**
 * Whether the client's copy is current: the `fresh` package's rule that express's req.fresh applies,
 * for a response with an ETag and no Last-Modified (If-Modified-Since alone is never enough then).
 */
export function isFresh(headers: IncomingHttpHeaders, etag: string): boolean {
  const noneMatch = headers['if-none-match'];
  if (!noneMatch) return false;
  const cacheControl = headers['cache-control'];
  if (cacheControl && NO_CACHE.test(cacheControl)) return false;
  if (noneMatch === '*') return true;
  for (const raw of noneMatch.split(',')) {
    const match = raw.trim();
    if (match === etag || match === `W/${etag}` || `W/${match}` === etag) return true;
  }
  return false;
}

/** The body's bytes in a coding if they are already encoded (the fast lane cannot wait). */
export function readyBytes(cached: CachedJson, coding: Coding): Buffer | undefined {
  const entry = encodedOf(cached);
  return coding === 'identity' ? entry.identity : coding === 'br' ? entry.brReady : entry.gzipReady;
}

/** The size of the identity body, which decides whether compressing is worth it. */
export function identitySize(cached: CachedJson): number {
  return encodedOf(cached).identity.length;
}

export const JSON_TYPE = 'application/json; charset=utf-8';

/** The headers of a cached answer besides the security and rate-limit headers, in both lanes. */
export function cachedHeaders(
  cached: CachedJson,
  cacheControl: string,
  coding: Coding | undefined,
  length: number | undefined,
): Record<string, string> {
  return {
    ETag: cached.etag,
    'Cache-Control': cacheControl,
    Vary: 'Accept-Encoding',
    'Content-Type': JSON_TYPE,
    ...(coding && coding !== 'identity' ? { 'Content-Encoding': coding } : {}),
    ...(length !== undefined ? { 'Content-Length': String(length) } : {}),
  };
}

/**
 * Set by the fast lane on requests it hands to express: called when a cached answer was sent, so the
 * next request for the same URL is answered before express. A route sending with sendCached promises
 * its body is a function of the URL and the data version alone (not of a token or other headers);
 * `replay: false` opts a response out.
 */
export const REPLAY = Symbol('cio-graph.fast-lane.replay');
export type Replayable = IncomingMessage & {
  [REPLAY]?: (cached: CachedJson, cacheControl: string) => void;
};

export interface SendCachedOptions {
  /** Default `no-cache`: revalidate with the ETag every time. */
  cacheControl?: string;
  /** false: never answer this URL from the fast lane. */
  replay?: boolean;
}

/** Sends a cached JSON response: 304 when the client has it, else the bytes in the chosen coding. */
export async function sendCached(
  req: Request,
  res: Response,
  cached: CachedJson,
  options: SendCachedOptions = {},
): Promise<void> {
  const cacheControl = options.cacheControl ?? 'no-cache';
  const read = req.method === 'GET' || req.method === 'HEAD';
  // As req.fresh: a POST (a scenario run) is never answered 304.
  if (read && isFresh(req.headers, cached.etag)) {
    res.set(cachedHeaders(cached, cacheControl, undefined, undefined));
    res.status(304).end();
  } else {
    const coding = chooseCoding(req, identitySize(cached));
    const bytes = await bodyIn(cached, coding);
    res.set(cachedHeaders(cached, cacheControl, coding, bytes.length));
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }
  if (read && options.replay !== false) (req as Replayable)[REPLAY]?.(cached, cacheControl);
}

/**
 * Sends a cached file (an export) as an attachment: as sendCached, with the file's media type and
 * name. Never replayed by the fast lane, whose headers are those of JSON answers.
 */
export async function sendCachedFile(
  req: Request,
  res: Response,
  cached: CachedJson,
  file: { name: string; mediaType: string },
): Promise<void> {
  // The Content-Type express's res.send gave these files: the media type with charset=utf-8.
  const type = /;\s*charset=/i.test(file.mediaType) ? file.mediaType : `${file.mediaType}; charset=utf-8`;
  res.set('Content-Disposition', `attachment; filename="${file.name}"`);
  if (isFresh(req.headers, cached.etag)) {
    res.set({ ...cachedHeaders(cached, 'no-cache', undefined, undefined), 'Content-Type': type });
    res.status(304).end();
    return;
  }
  const coding = chooseCoding(req, identitySize(cached));
  const bytes = await bodyIn(cached, coding);
  res.set({ ...cachedHeaders(cached, 'no-cache', coding, bytes.length), 'Content-Type': type });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** API routes whose GET answers are cached bytes (sendCached) or too small to compress. */
const PRECOMPRESSED = /^\/api\/(health|graph|analyses|tables|scenarios|diff|export|openapi\.json)(\/|\?|$)/;

/**
 * The compression middleware, skipped for the routes that send precompressed bytes: it would only
 * wrap the response to find a Content-Encoding already set.
 */
export function compressionExceptPrecompressed(compress: RequestHandler): RequestHandler {
  return (req, res, next) =>
    (req.method === 'GET' || req.method === 'HEAD') && PRECOMPRESSED.test(req.originalUrl)
      ? next()
      : compress(req, res, next);
}
