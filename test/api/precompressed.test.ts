// Cached responses as precompressed bytes: the coding follows Accept-Encoding, the bytes decode to the
// same JSON the identity response carries, the ETag is the same for every coding, and the security
// headers are all still there.
import { get } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../../src/server/app';
import { GraphService } from '../../src/server/service';
import { MemoryStore } from '../../src/store/memory';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../../src/model/load';

let app: Express;
beforeAll(async () => {
  const store = new MemoryStore();
  await store.load(validateDataDirs([DEFAULT_DATA_DIR]).dataset!);
  app = createApp({
    service: new GraphService(store),
    version: 'test',
    dataset: { backend: 'memory', name: 'default', nodes: 0, edges: 0 },
  });
});

// Raw bytes over a real socket (superagent would decode them), so the test sees what went over the wire.
interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}
function raw(path: string, encoding: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      get({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          server.close();
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) });
        });
      }).on('error', reject);
    });
  });
}

describe('precompressed cached responses', () => {
  it.each(['/api/graph', '/api/analyses/deviations', '/api/tables'])(
    '%s: brotli, gzip and identity carry the same JSON and the same ETag',
    async (path) => {
      const [identity, br, gz] = await Promise.all([
        raw(path, 'identity'),
        raw(path, 'br, gzip'),
        raw(path, 'gzip'),
      ]);
      expect([identity.status, br.status, gz.status]).toEqual([200, 200, 200]);
      expect(identity.headers['content-encoding']).toBeUndefined();
      expect(br.headers['content-encoding']).toBe('br');
      expect(gz.headers['content-encoding']).toBe('gzip');
      const text = identity.body.toString('utf8');
      expect(brotliDecompressSync(br.body).toString('utf8')).toBe(text);
      expect(gunzipSync(gz.body).toString('utf8')).toBe(text);
      expect(Number(br.headers['content-length'])).toBe(br.body.length);
      expect(Number(br.headers['content-length'])).toBeLessThan(text.length);
      expect(new Set([identity, br, gz].map((r) => r.headers.etag)).size).toBe(1);
      expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    },
  );

  it('answers 304 for the ETag whatever the coding asked', async () => {
    const first = await raw('/api/graph', 'br');
    await request(app)
      .get('/api/graph')
      .set('Accept-Encoding', 'gzip')
      .set('If-None-Match', first.headers.etag!)
      .expect(304);
  });

  it('keeps every security header on precompressed responses', async () => {
    const res = await raw('/api/graph', 'br');
    expect(res.status).toBe(200);
    for (const header of [
      'content-security-policy',
      'x-content-type-options',
      'strict-transport-security',
      'x-frame-options',
      'referrer-policy',
      'cross-origin-opener-policy',
    ])
      expect(res.headers[header], header).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
