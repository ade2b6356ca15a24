// The fast lane answers cached reads before express, and must answer exactly as express does: the
// same headers (helmet's included), the same 304 rule, the same coding for every Accept-Encoding, the
// same HEAD; and it must leave everything it does not know to express.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import type { App } from '../../src/server/app';
import { GraphService } from '../../src/server/service';
import { MemoryStore } from '../../src/store/memory';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../../src/model/load';
import { comparable, twoLanes } from './fast-lane-helpers';
import type { TwoLanes } from './fast-lane-helpers';

let app: App;
let lanes: TwoLanes;
beforeAll(async () => {
  const store = new MemoryStore();
  await store.load(validateDataDirs([DEFAULT_DATA_DIR]).dataset!);
  app = createApp({
    service: new GraphService(store),
    version: 'test',
    dataset: { backend: 'memory', name: 'default', nodes: 0, edges: 0 },
  });
  lanes = await twoLanes(app);
});
afterAll(() => lanes.close());

const PATHS = ['/api/health', '/api/graph', '/api/analyses/deviations', '/api/tables?snapshot=2021'];
const ENCODINGS = ['br, gzip', 'gzip', 'identity', 'gzip, deflate, br, zstd', 'br;q=0.5, gzip;q=0.9', ''];

/** Asks until the lane answers without express (the first asks teach it each coding). */
async function fromLane(path: string, headers: Record<string, string>, method = 'GET') {
  for (let i = 0; i < 3; i++) {
    const before = lanes.passedOn;
    const res = await lanes.laned(path, headers, method);
    if (lanes.passedOn === before) return res;
  }
  throw new Error(`the fast lane never answered ${method} ${path}`);
}

describe('the fast lane', () => {
  it.each(PATHS)('%s: the same status, headers and bytes as express, for every coding', async (path) => {
    for (const encoding of ENCODINGS) {
      const headers = { 'accept-encoding': encoding };
      const lane = await fromLane(path, headers);
      const express = await lanes.express(path, headers);
      expect(lane.status).toBe(200);
      expect(express.status).toBe(200);
      expect(comparable(lane.headers)).toEqual(comparable(express.headers));
      expect(lane.body.equals(express.body)).toBe(true);
      // Both carry the rate-limit headers, from one budget (the counters differ by the request between).
      expect(lane.headers.ratelimit).toMatch(/^"api";r=\d+;t=\d+$/);
      expect(express.headers.ratelimit).toMatch(/^"api";r=\d+;t=\d+$/);
    }
  });

  it('keeps every security header of the express side', async () => {
    const lane = await fromLane('/api/graph', { 'accept-encoding': 'br' });
    for (const name of [
      'content-security-policy',
      'strict-transport-security',
      'x-content-type-options',
      'x-frame-options',
      'referrer-policy',
      'cross-origin-opener-policy',
      'cross-origin-resource-policy',
    ])
      expect(lane.headers[name], name).toBeTruthy();
    expect(lane.headers['content-security-policy']).toContain("default-src 'self'");
    expect(lane.headers['x-powered-by']).toBeUndefined();
  });

  it('sends bytes that decode to the identity JSON, with Vary and one ETag for every coding', async () => {
    const [identity, br, gz] = await Promise.all(
      ['identity', 'br', 'gzip'].map((e) => fromLane('/api/graph', { 'accept-encoding': e })),
    );
    expect(identity!.headers['content-encoding']).toBeUndefined();
    expect(br!.headers['content-encoding']).toBe('br');
    expect(gz!.headers['content-encoding']).toBe('gzip');
    const text = identity!.body.toString('utf8');
    expect(brotliDecompressSync(br!.body).toString('utf8')).toBe(text);
    expect(gunzipSync(gz!.body).toString('utf8')).toBe(text);
    expect(new Set([identity, br, gz].map((r) => r!.headers.etag)).size).toBe(1);
    for (const r of [identity, br, gz]) {
      expect(r!.headers.vary).toBe('Accept-Encoding');
      expect(Number(r!.headers['content-length'])).toBe(r!.body.length);
    }
  });

  it('answers 304 as express does: strong, weak and listed ETags; never with Cache-Control: no-cache', async () => {
    const { etag } = (await fromLane('/api/analyses/deviations', {})).headers;
    for (const match of [etag!, `W/${etag}`, `"nope", ${etag}`, '*']) {
      const lane = await fromLane('/api/analyses/deviations', {
        'if-none-match': match,
        'accept-encoding': 'br',
      });
      const express = await lanes.express('/api/analyses/deviations', {
        'if-none-match': match,
        'accept-encoding': 'br',
      });
      expect(lane.status, match).toBe(304);
      expect(express.status, match).toBe(304);
      expect(lane.body.length).toBe(0);
      expect(comparable(lane.headers)).toEqual(comparable(express.headers));
    }
    const unconditional: Record<string, string>[] = [
      { 'if-none-match': '"other"' },
      { 'if-none-match': etag!, 'cache-control': 'no-cache' },
      { 'if-modified-since': new Date().toUTCString() },
    ];
    for (const headers of unconditional) {
      const lane = await fromLane('/api/analyses/deviations', headers);
      expect(lane.status).toBe(200);
      expect((await lanes.express('/api/analyses/deviations', headers)).status).toBe(200);
    }
  });

  it('answers HEAD with the GET headers and no body', async () => {
    for (const encoding of ['br', 'identity']) {
      const head = await fromLane('/api/graph', { 'accept-encoding': encoding }, 'HEAD');
      const express = await lanes.express('/api/graph', { 'accept-encoding': encoding }, 'HEAD');
      const get = await fromLane('/api/graph', { 'accept-encoding': encoding });
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      expect(comparable(head.headers)).toEqual(comparable(express.headers));
      expect(head.headers['content-length']).toBe(get.headers['content-length']);
    }
  });

  it('leaves uncached answers, errors and POSTs to express, and does not learn them', async () => {
    const size = app.fastLane.size;
    const asks: [string, string, number, string?][] = [
      ['GET', '/api/nodes/BZK', 200],
      ['GET', '/api/analyses/nope', 404],
      ['GET', '/api/graph?snapshot=1999', 400],
      ['GET', '/api/openapi.json', 200],
      ['GET', '/api/graph?version=0', 200],
      ['POST', '/api/scenarios', 200, JSON.stringify({ name: 'x', operations: [] })],
      ['DELETE', '/api/graph', 405],
      ['GET', '/API/GRAPH', 200],
    ];
    for (const [method, path, status, body] of asks)
      for (let i = 0; i < 2; i++) {
        const before = lanes.passedOn;
        const headers: Record<string, string> = body ? { 'content-type': 'application/json' } : {};
        const res = await lanes.laned(path, headers, method, body);
        expect(res.status, `${method} ${path}`).toBe(status);
        expect(lanes.passedOn, `${method} ${path} reached express`).toBe(before + 1);
      }
    expect(app.fastLane.size).toBe(size);
  });
});
