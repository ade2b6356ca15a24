// A body sent many times, with its strong ETag: computed once when the body is made. The server's
// caches (GraphService, the compact graph, exported files) and the pool's tasks all make their bodies
// here, so an ETag means the same everywhere and a 304 from one path is right for every other.
import { createHash } from 'node:crypto';

export interface CachedBody {
  body: string;
  etag: string;
}

/** `body` with its strong ETag (SHA-256 of the text, base64url, 27 characters). */
export function cachedText(body: string): CachedBody {
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/** A value serialised as JSON once, with its strong ETag. */
export function cachedJson(value: unknown): CachedBody {
  return cachedText(JSON.stringify(value));
}
