// The two rate-limit budgets: every /api request, and the POST requests that compute; 0 turns one off;
// both come from the environment with documented defaults.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { serverConfig } from '../../src/server/config';
import {
  DEFAULT_COMPUTE_RATE_LIMIT_PER_MINUTE,
  DEFAULT_RATE_LIMIT_PER_MINUTE,
} from '../../src/server/rate-limit';
import { GraphService } from '../../src/server/service';
import { MemoryStore } from '../../src/store/memory';
import { InvalidArgumentError } from '../../src/model/errors';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../../src/model/load';

const store = new MemoryStore();
await store.load(validateDataDirs([DEFAULT_DATA_DIR]).dataset!);
const appWith = (limits: { rateLimitPerMinute?: number; computeRateLimitPerMinute?: number }) =>
  createApp({
    service: new GraphService(store),
    version: 'test',
    dataset: { backend: 'memory', name: 'default', nodes: 0, edges: 0 },
    ...limits,
  });

const scenario = { name: 'x', operations: [] };

describe('API rate limits', () => {
  it('limits the computing POST requests on their own budget, not the cached reads', async () => {
    const app = appWith({ rateLimitPerMinute: 100, computeRateLimitPerMinute: 2 });
    for (let i = 0; i < 2; i++) await request(app).post('/api/scenarios').send(scenario);
    const limited = await request(app).post('/api/scenarios').send(scenario);
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/application\/problem\+json/);
    await request(app).get('/api/analyses').expect(200);
  });

  it('turns a limit off with 0', async () => {
    const app = appWith({ rateLimitPerMinute: 0, computeRateLimitPerMinute: 0 });
    for (let i = 0; i < 5; i++) await request(app).get('/api/analyses').expect(200);
    expect((await request(app).get('/api/analyses')).headers.ratelimit).toBeUndefined();
  });

  it('reads both limits from the environment, with the documented defaults', () => {
    expect(serverConfig({}, {})).toMatchObject({
      rateLimitPerMinute: DEFAULT_RATE_LIMIT_PER_MINUTE,
      computeRateLimitPerMinute: DEFAULT_COMPUTE_RATE_LIMIT_PER_MINUTE,
    });
    expect(serverConfig({}, { CIO_GRAPH_RATE_LIMIT: '0', CIO_GRAPH_RATE_LIMIT_COMPUTE: '30' })).toMatchObject(
      { rateLimitPerMinute: 0, computeRateLimitPerMinute: 30 },
    );
    expect(() => serverConfig({}, { CIO_GRAPH_RATE_LIMIT: '-1' })).toThrow(InvalidArgumentError);
  });
});
