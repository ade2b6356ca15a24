// Cached API responses as bytes: each cached JSON body is encoded once per content coding (brotli, gzip,
// identity), chosen by the request's Accept-Encoding, and sent with its ETag and Content-Length
// straight to the socket. The compression middleware sees a Content-Encoding already set and leaves
// the response alone, so a 10 MB graph is not gzipped again on every request.
//
// The ETag is the same for every coding: it is the dataset's fingerprint (/api/health cites it), and
// `Vary: Accept-Encoding` keeps shared caches from handing one coding to a client that asked another.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
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
    }));
  return (entry.gzip ??= gzipAsync(entry.identity));
}

/** The coding to send: brotli or gzip when the client takes them and the body is worth it. */
export function chooseCoding(req: Request, size: number): Coding {
  if (size < THRESHOLD) return 'identity';
  const accepted = req.acceptsEncodings('br', 'gzip', 'identity');
  return accepted === 'br' || accepted === 'gzip' ? accepted : 'identity';
}

/** Sends a cached JSON response: 304 when the client has it, else the bytes in the chosen coding. */
export async function sendCached(req: Request, res: Response, cached: CachedJson): Promise<void> {
  res.set('ETag', cached.etag);
  res.set('Cache-Control', 'no-cache');
  res.set('Vary', 'Accept-Encoding');
  res.type('application/json');
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  const coding = chooseCoding(req, encodedOf(cached).identity.length);
  const bytes = await bodyIn(cached, coding);
  if (coding !== 'identity') res.set('Content-Encoding', coding);
  res.set('Content-Length', String(bytes.length));
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** API routes whose GET answers are cached bytes (sendCached) or too small to compress. */
const PRECOMPRESSED = /^\/api\/(health|graph|analyses|tables|scenarios|diff)(\/|\?|$)/;

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
