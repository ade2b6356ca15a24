// POST /api/analyses/:id and POST /api/diff: the analyses of the graph after a what-if scenario, which
// the viewer's analysis menu shows during a scenario (issue 13). The answer is the analysis run on the
// graph the scenario leaves, exactly as GET answers it for the data.
import { join } from 'node:path';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAnalysis } from '../../src/analyses/registry';
import { snapshotDiff } from '../../src/analyses/snapshot-diff';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../../src/model/load';
import { applyScenario } from '../../src/scenarios/apply';
import { readScenarioFile } from '../../src/scenarios/load';
import { createApp } from '../../src/server/app';
import { shippedScenarios } from '../../src/server/listen';
import { GraphService } from '../../src/server/service';
import { MemoryStore } from '../../src/store/memory';
import { realGraph } from '../helpers/real';

const scenario = readScenarioFile(join(DEFAULT_DATA_DIR, 'scenarios/merge-acd-into-cio-beraad.yaml'));

describe('analyses of the graph after a scenario', () => {
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const store = new MemoryStore();
    await store.load(validateDataDirs([DEFAULT_DATA_DIR]).dataset!);
    app = createApp({
      service: new GraphService(store, new Map(), shippedScenarios([DEFAULT_DATA_DIR])),
      version: 'test',
      dataset: { backend: 'memory', name: 'default', nodes: 0, edges: 0 },
    });
  });

  it('POST /api/analyses/overlap runs the analysis on the graph after the scenario', async () => {
    const res = await request(app).post('/api/analyses/overlap?snapshot=2024').send(scenario).expect(200);
    const { graph } = applyScenario(realGraph(), scenario);
    expect(res.body).toEqual(
      JSON.parse(JSON.stringify(getAnalysis('overlap').run(graph, { snapshot: '2024' }))),
    );
    const pairs = (res.body as { pairs: { a: string; b: string }[] }).pairs;
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.some((p) => p.a === 'acd' || p.b === 'acd')).toBe(false);
    // The data itself still has the pair the scenario removes.
    const data = await request(app).get('/api/analyses/overlap?snapshot=2024').expect(200);
    expect((data.body as { pairs: { a: string }[] }).pairs.some((p) => p.a === 'acd')).toBe(true);
  });

  it('POST /api/diff is the snapshot diff of the graph after the scenario', async () => {
    const res = await request(app).post('/api/diff?from=2021&to=2024').send(scenario).expect(200);
    const { graph } = applyScenario(realGraph(), scenario);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(snapshotDiff(graph, '2021', '2024'))));
  });

  it('answers an unknown analysis 404, a bad scenario 400, one that cannot apply 422, not JSON 415', async () => {
    expect((await request(app).post('/api/analyses/nope').send(scenario)).status).toBe(404);
    expect((await request(app).post('/api/analyses/overlap').send({ name: 'x' })).status).toBe(400);
    const impossible = await request(app)
      .post('/api/analyses/overlap')
      .send({ name: 'x', operations: [{ op: 'set-chair', body: 'cto-raad', role: 'nobody' }] });
    expect(impossible.status).toBe(422);
    const text = await request(app).post('/api/analyses/overlap').set('Content-Type', 'text/plain').send('x');
    expect(text.status).toBe(415);
    expect((await request(app).post('/api/analyses/overlap?nope=1').send(scenario)).status).toBe(400);
  });
});
