// Regression tests for the API defects of issue 11: prototype names and impossible scenarios answered
// as client errors (never 500), 405 with Allow for a wrong method, 404 for an unknown analysis, and
// problem titles that match their status.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../../src/model/load';
import { MAX_OPERATIONS } from '../../src/scenarios/schema';
import { createApp } from '../../src/server/app';
import { GraphService } from '../../src/server/service';
import { MemoryStore } from '../../src/store/memory';

async function appWith(options: { bodyLimit?: string } = {}) {
  const store = new MemoryStore();
  await store.load(validateDataDirs([DEFAULT_DATA_DIR]).dataset!);
  return createApp({
    service: new GraphService(store),
    version: 'test',
    dataset: { backend: 'memory', name: 'default', nodes: 386, edges: 482 },
    ...options,
  });
}

const problem = (res: request.Response, status: number, title?: string) => {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.status).toBe(status);
  if (title) expect(res.body.title).toBe(title);
};

const scenario = (operations: unknown[]) => ({ name: 't', operations });

describe('API hardening', () => {
  let app: Awaited<ReturnType<typeof appWith>>;
  beforeAll(async () => {
    app = await appWith({ bodyLimit: '4kb' });
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'POST /api/scenarios with set-fact %s is a 400, not a 500',
    async (property) => {
      const res = await request(app)
        .post('/api/scenarios')
        .send(scenario([{ op: 'set-fact', node: 'BZ/CIO', property, value: true }]));
      problem(res, 400);
      expect(res.body.errors[0].path).toBe('body.operations.0.property');
    },
  );

  it('a self-merge and a reporting cycle are 422 with the located operation', async () => {
    const merge = await request(app)
      .post('/api/scenarios')
      .send(scenario([{ op: 'merge-bodies', bodies: ['acd'], into: 'acd' }]));
    problem(merge, 422);
    expect(merge.body.errors[0].path).toBe('body.operations[0] (merge-bodies).bodies[0]');
    const cycle = await request(app)
      .post('/api/scenarios')
      .send(scenario([{ op: 'set-reports-to', role: 'BZ/SG', to: 'BZ/CIO' }]));
    problem(cycle, 422);
    expect(cycle.body.errors[0].path).toBe('body.operations[0] (set-reports-to).to');
  });

  it('more operations than the limit are a 400 at body.operations', async () => {
    const big = await appWith({ bodyLimit: '1mb' });
    const ops = Array.from({ length: MAX_OPERATIONS + 1 }, () => ({ op: 'remove-node', id: 'x' }));
    const res = await request(big).post('/api/scenarios').send(scenario(ops));
    problem(res, 400);
    expect(res.body.errors[0].path).toBe('body.operations');
  });

  it.each([
    ['delete', '/api/health', ['GET', 'HEAD']],
    ['post', '/api/graph', ['GET', 'HEAD']],
    ['put', '/api/scenarios', ['GET', 'HEAD', 'POST']],
    ['delete', '/api/export', ['GET', 'HEAD', 'POST']],
    ['patch', '/api/nodes/OCW/DUO', ['GET', 'HEAD']],
  ] as const)('%s %s is 405 with Allow', async (method, path, allowed) => {
    const res = await request(app)[method](path);
    problem(res, 405, 'Method Not Allowed');
    expect(
      res.headers
        .allow!.split(',')
        .map((m) => m.trim())
        .sort(),
    ).toEqual([...allowed].sort());
  });

  it('an unknown route is still 404, and an unknown analysis is 404', async () => {
    problem(await request(app).delete('/api/nowhere'), 404, 'Not Found');
    problem(await request(app).get('/api/analyses/nope'), 404);
  });

  it('problem titles match the status', async () => {
    const big = await request(app)
      .post('/api/scenarios')
      .send(scenario([{ op: 'remove-node', id: 'x'.repeat(5000) }]));
    problem(big, 413, 'Payload Too Large');
    const broken = await request(app)
      .post('/api/scenarios')
      .set('Content-Type', 'application/json')
      .send('{"name":');
    problem(broken, 400, 'Bad Request');
    problem(
      await request(app).post('/api/scenarios').set('Content-Type', 'text/plain').send('x'),
      415,
      'Unsupported Media Type',
    );
  });
});
