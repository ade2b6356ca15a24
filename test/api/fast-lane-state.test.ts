// The fast lane and state: the rate limit counts its answers in the same budget as express (so it
// cannot be dodged, nor charged twice), and a change of the data version (a change set committed here
// or by another process) empties it, so it never serves the graph of an older version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { FastLane } from '../../src/server/fast-lane';
import { REPLAY } from '../../src/server/precompressed';
import type { Replayable } from '../../src/server/precompressed';
import { ApiRateLimits } from '../../src/server/rate-limit';
import { GraphService, cachedJson } from '../../src/server/service';
import { openServerWorkspace } from '../../src/server/workspace';
import type { OpenedWorkspace } from '../../src/server/workspace';
import { MemoryStore } from '../../src/store/memory';
import { neo4jConfig } from '../../src/store/neo4j/config';
import { addDecentralCio } from '../helpers/changes';
import { makeWorkspaceDir, realDataset, workspaceApp } from '../helpers/workspace-app';
import { twoLanes } from './fast-lane-helpers';
import type { TwoLanes } from './fast-lane-helpers';
import type { IncomingMessage, ServerResponse } from 'node:http';

const remaining = (header: string | string[] | undefined) => Number(/r=(\d+)/.exec(String(header))![1]);

describe('the fast lane and the rate limit', () => {
  let lanes: TwoLanes;
  beforeAll(async () => {
    const store = new MemoryStore();
    await store.load(realDataset());
    const app = createApp({
      service: new GraphService(store),
      version: 'test',
      dataset: { backend: 'memory', name: 'default', nodes: 0, edges: 0 },
      rateLimitPerMinute: 8,
    });
    lanes = await twoLanes(app);
  });
  afterAll(() => lanes.close());

  it('counts each fast-lane answer once in the budget express uses, and refuses past it', async () => {
    const seen: number[] = [];
    // Express answers the first (and teaches the lane); the lane the rest.
    for (let i = 0; i < 4; i++) seen.push(remaining((await lanes.laned('/api/health')).headers.ratelimit));
    expect(lanes.passedOn).toBe(1);
    // Express alone spends from the same bucket, and the lane after it.
    seen.push(remaining((await lanes.express('/api/health')).headers.ratelimit));
    for (let i = 0; i < 3; i++) seen.push(remaining((await lanes.laned('/api/health')).headers.ratelimit));
    // One token a request, whichever lane (a token refills every 7.5 s at 8 a minute).
    expect(seen).toEqual([7, 6, 5, 4, 3, 2, 1, 0]);
    const refused = await lanes.laned('/api/health');
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(refused.body.toString('utf8')).status).toBe(429);
    expect(remaining(refused.headers.ratelimit)).toBe(0);
    // A conditional request is no way around it either.
    const etag = (await lanes.express('/api/health')).headers.etag;
    expect((await lanes.laned('/api/health', { 'if-none-match': String(etag) })).status).toBe(429);
  });

  it('refills by the minute: a token bucket over a clock', () => {
    let now = 0;
    const limits = new ApiRateLimits({ rateLimitPerMinute: 60, computeRateLimitPerMinute: 0 }, () => now);
    const req = () => ({ method: 'GET', socket: { remoteAddress: '10.0.0.1' } }) as IncomingMessage;
    for (let i = 0; i < 60; i++) expect(limits.admit(req()).allowed).toBe(true);
    const refused = limits.admit(req());
    expect(refused).toMatchObject({ allowed: false, retryAfter: 1 });
    now += 1000;
    expect(limits.admit(req()).allowed).toBe(true);
    expect(limits.admit(req()).allowed).toBe(false);
    // Another client, and the same client over IPv6 in the same /56, keyed like express-rate-limit.
    const v6 = (a: string) => ({ method: 'GET', socket: { remoteAddress: a } }) as IncomingMessage;
    expect(limits.admit(v6('2001:db8:0:1::1')).allowed).toBe(true);
    for (let i = 0; i < 59; i++) limits.admit(v6(`2001:db8:0:1::${i + 2}`));
    expect(limits.admit(v6('2001:db8:0:ff::1')).allowed).toBe(false);
  });
});

describe('the fast lane and the data version', () => {
  let lanes: TwoLanes;
  let opened: OpenedWorkspace;
  let dir: string;
  let tokens: Record<string, string>;
  beforeAll(async () => {
    ({ dir, tokens } = makeWorkspaceDir({ jenv: ['edit:JenV'] }));
    const made = await workspaceApp(dir);
    opened = made.opened;
    lanes = await twoLanes(made.app);
  });
  afterAll(async () => {
    await lanes.close();
    await opened.close();
  });

  const hasNode = (body: Buffer, key: string) =>
    (JSON.parse(body.toString('utf8')) as { nodes: { key: string }[] }).nodes.some((n) => n.key === key);

  it('serves the committed graph, not the cached one, right after a change set', async () => {
    for (let i = 0; i < 3; i++) await lanes.laned('/api/graph', { 'accept-encoding': 'identity' });
    const before = await lanes.laned('/api/graph', { 'accept-encoding': 'identity' });
    const health = await lanes.laned('/api/health');
    await lanes.laned('/api/health');
    expect(hasNode(before.body, 'JenV/CIO-X')).toBe(false);
    const commit = await lanes.laned(
      '/api/changes',
      { authorization: `Bearer ${tokens.jenv}`, 'content-type': 'application/json' },
      'POST',
      JSON.stringify(addDecentralCio(0)),
    );
    expect(commit.status).toBe(201);
    const after = await lanes.laned('/api/graph', { 'accept-encoding': 'identity' });
    expect(hasNode(after.body, 'JenV/CIO-X')).toBe(true);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    // Old ETags no longer get 304: the client must fetch the new graph.
    expect((await lanes.laned('/api/graph', { 'if-none-match': before.headers.etag! })).status).toBe(200);
    const newHealth = await lanes.laned('/api/health');
    expect(JSON.parse(newHealth.body.toString()).fingerprint).not.toBe(
      JSON.parse(health.body.toString()).fingerprint,
    );
  });

  it("serves another process's commit once a sync caught up with it", async () => {
    const other = await openServerWorkspace(dir, { backend: 'memory', neo4j: neo4jConfig() }, realDataset());
    try {
      const current = opened.handle.workspace.version;
      await other.handle.workspace.commit(addDecentralCio(current, 'Y'), {
        name: 'other',
        scopes: ['admin'],
      });
    } finally {
      await other.close();
    }
    for (let i = 0; i < 2; i++) await lanes.laned('/api/graph', { 'accept-encoding': 'identity' });
    // GET /api/workspace syncs with the log; the next read must see the new version.
    expect((await lanes.laned('/api/workspace')).status).toBe(200);
    const after = await lanes.laned('/api/graph', { 'accept-encoding': 'identity' });
    expect(hasNode(after.body, 'JenV/CIO-Y')).toBe(true);
  });

  it('does not remember an answer computed while the version moved', () => {
    let version = 0;
    const lane = new FastLane({
      limits: new ApiRateLimits({ rateLimitPerMinute: 0 }),
      security: (_req, _res, next) => next(),
      version: () => version,
    });
    const req = { method: 'GET', url: '/api/graph', headers: {} } as Replayable;
    expect(lane.handle(req, {} as ServerResponse)).toBe(false);
    version = 1;
    req[REPLAY]!(cachedJson({ stale: true }), 'no-cache');
    expect(lane.size).toBe(0);
    const next = { method: 'GET', url: '/api/graph', headers: {} } as Replayable;
    expect(lane.handle(next, {} as ServerResponse)).toBe(false);
    next[REPLAY]!(cachedJson({ fresh: true }), 'no-cache');
    expect(lane.size).toBe(1);
  });
});
