// GET /api/advice over real HTTP on the real dataset: bounded, validated, cached, and each proposal's
// scenario runs through POST /api/scenarios.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../../src/model/load';
import { createApp } from '../../src/server/app';
import { InlineRunner, TaskPool } from '../../src/server/pool/pool';
import { ADVICE_LIMITS } from '../../src/server/routes/advice';
import { GraphService } from '../../src/server/service';
import { MemoryStore } from '../../src/store/memory';
import { realGraph } from '../helpers/real';

describe('GET /api/advice', () => {
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const store = new MemoryStore();
    await store.load(validateDataDirs([DEFAULT_DATA_DIR]).dataset!);
    app = createApp({
      service: new GraphService(store),
      version: 'test',
      dataset: { backend: 'memory', name: 'default', nodes: 0, edges: 0 },
    });
  });

  it('returns ranked proposals with objectives, rationale and a runnable scenario', async () => {
    const res = await request(app)
      .get('/api/advice?maxOps=2&top=3&objective=reportedOverlap,bodies')
      .expect(200);
    expect(res.body.options).toMatchObject({
      maxOps: 2,
      objectives: ['reportedOverlap', 'bodies'],
      maxCandidates: ADVICE_LIMITS.maxCandidates,
    });
    const [first] = res.body.proposals;
    expect(first.objectives.after.reportedOverlap).toBeLessThan(first.objectives.before.reportedOverlap);
    expect(first.rationale).toMatchObject({ nl: expect.any(String), en: expect.any(String) });
    const run = await request(app).post('/api/scenarios').send(first.scenario).expect(200);
    expect(run.body.diff.structure.after.bodies).toBe(first.objectives.after.bodies);
    // The same query is answered from the cache, with the same ETag.
    const again = await request(app).get('/api/advice?maxOps=2&top=3&objective=reportedOverlap,bodies');
    expect(again.headers.etag).toBe(res.headers.etag);
  });

  it('refuses bounds beyond the server’s and unknown objectives with 400', async () => {
    for (const q of [
      `maxOps=${ADVICE_LIMITS.maxOps + 1}`,
      'top=0',
      'objective=happiness',
      'other=1',
      'keep=nope',
    ])
      expect((await request(app).get(`/api/advice?${q}`)).status).toBe(400);
  });
});

describe('the advice task', () => {
  it('gives in a worker thread the proposals it gives on this thread', async () => {
    const pool = new TaskPool({ threads: 1, maxQueue: 1, timeoutMs: 60_000 });
    try {
      const payload = {
        base: { key: 'k', json: JSON.stringify(realGraph().export()) },
        options: { maxOps: 1, top: 3 },
      };
      const proposals = (body: string) => (JSON.parse(body) as { proposals: unknown[] }).proposals;
      const inWorker = proposals((await pool.runTask('advice', payload)).body);
      expect(inWorker.length).toBeGreaterThan(0);
      expect(inWorker).toEqual(proposals((await new InlineRunner().runTask('advice', payload)).body));
    } finally {
      await pool.close();
    }
  });
});
