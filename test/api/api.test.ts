// Every endpoint, error shape and header of the API, over real HTTP (supertest) against the real dataset.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAnalysis } from '../../src/analyses/registry';
import { reportTables } from '../../src/analyses/tables';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../../src/model/load';
import { createApp } from '../../src/server/app';
import { GraphService } from '../../src/server/service';
import { shippedScenarios } from '../../src/server/listen';
import { snapshotDiff } from '../../src/analyses/snapshot-diff';
import { readScenarioFile } from '../../src/scenarios/load';
import { runScenario } from '../../src/scenarios/diff';
import { join } from 'node:path';
import { MemoryStore } from '../../src/store/memory';
import { realGraph } from '../helpers/real';

async function appWith(options: { rateLimitPerMinute?: number; bodyLimit?: string } = {}) {
  const store = new MemoryStore();
  await store.load(validateDataDirs([DEFAULT_DATA_DIR]).dataset!);
  const service = new GraphService(
    store,
    new Map([['adr2024', 'Inleiding.  De CIO   valt onder de SG. Einde.']]),
    shippedScenarios([DEFAULT_DATA_DIR]),
  );
  return createApp({
    service,
    version: 'test',
    dataset: { backend: 'memory', name: 'default', nodes: 386, edges: 482 },
    ...options,
  });
}

const expectProblem = (res: request.Response, status: number) => {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
  expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
};

describe('API', () => {
  let app: Awaited<ReturnType<typeof appWith>>;
  beforeAll(async () => {
    app = await appWith();
  });

  it('GET /api/health reports the dataset', async () => {
    const res = await request(app).get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', backend: 'memory', nodes: 386, edges: 482 });
    // The fingerprint is the graph's ETag: the same data gives the same fingerprint.
    const graph = await request(app).get('/api/graph');
    expect(`"${res.body.fingerprint}"`).toBe(graph.headers.etag);
  });

  it('GET /api/graph is graphology JSON of the whole graph, and a snapshot keeps only its relations', async () => {
    const all = (await request(app).get('/api/graph').expect(200)).body;
    const graph = realGraph();
    expect(all.nodes).toHaveLength(graph.order);
    expect(all.edges).toHaveLength(graph.size);
    const y2021 = (await request(app).get('/api/graph?snapshot=2021').expect(200)).body;
    expect(y2021.edges.length).toBeLessThan(all.edges.length);
    expect(
      y2021.edges.every((e: { attributes: { validIn: string[] } }) => e.attributes.validIn.includes('2021')),
    ).toBe(true);
  });

  it('sends an ETag and answers 304 when the graph has not changed', async () => {
    const first = await request(app).get('/api/graph').expect(200);
    expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    await request(app).get('/api/graph').set('If-None-Match', first.headers.etag!).expect(304);
  });

  it('compresses large responses', async () => {
    const res = await request(app).get('/api/graph').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('GET /api/nodes/:id gives attributes, claims with sources, resolved facts and neighbours (ids with slashes)', async () => {
    const plain = (await request(app).get('/api/nodes/OCW/DUO').expect(200)).body;
    const encoded = (await request(app).get('/api/nodes/OCW%2FDUO').expect(200)).body;
    expect(encoded).toEqual(plain);
    expect(plain.attributes.name).toBe('DUO');
    expect(plain.attributes.sources.length).toBeGreaterThan(0);
    expect(plain.neighbours.length).toBeGreaterThan(0);
    const bz = (await request(app).get('/api/nodes/OCW/CIO').expect(200)).body;
    expect(bz.resolved).toBeTypeOf('object');
    expectProblem(await request(app).get('/api/nodes/NOPE/nothing'), 404);
  });

  it('shows a contested fact with both claims and their sources', async () => {
    const ocw = (await request(app).get('/api/nodes/OCW/CIO').expect(200)).body;
    const seat = ocw.resolved.inBestuursraad;
    expect(seat.contested).toBe(true);
    expect(seat.claims.length).toBe(2);
    for (const claim of seat.claims) expect(claim.sources[0].locator).toBeTruthy();
  });

  it('GET /api/analyses lists the registry; GET /api/analyses/:id equals the pure analysis', async () => {
    const list = (await request(app).get('/api/analyses').expect(200)).body;
    expect(list.map((a: { id: string }) => a.id)).toEqual([
      'deviations',
      'overlap',
      'fragmentation',
      'centrality',
      'contradictions',
    ]);
    const graph = realGraph();
    for (const id of ['deviations', 'overlap', 'fragmentation', 'contradictions']) {
      const res = await request(app).get(`/api/analyses/${id}`).expect(200);
      expect(res.body).toEqual(JSON.parse(JSON.stringify(getAnalysis(id).run(graph))));
    }
    const filtered = (
      await request(app)
        .get('/api/analyses/deviations?snapshot=2021&statuses=deviation,explained')
        .expect(200)
    ).body;
    expect(filtered).toEqual(
      JSON.parse(
        JSON.stringify(
          getAnalysis('deviations').run(graph, { snapshot: '2021', statuses: ['deviation', 'explained'] }),
        ),
      ),
    );
  });

  it('answers bad parameters with 400 problems and unknown analyses or routes with 404', async () => {
    expectProblem(await request(app).get('/api/analyses/overlap?topicWeight=2'), 400);
    expectProblem(await request(app).get('/api/analyses/overlap?nonsense=1'), 400);
    expectProblem(await request(app).get('/api/analyses/nope'), 404);
    expectProblem(await request(app).get('/api/graph?snapshot=1999'), 400);
    const extra = await request(app).get('/api/tables?foo=bar');
    expectProblem(extra, 400);
    expect(extra.body.errors.length).toBeGreaterThan(0);
    expectProblem(await request(app).get('/api/does-not-exist'), 404);
    expectProblem(await request(app).get('/nothing-here'), 404);
  });

  it('GET /api/tables equals the report tables computed from the graph', async () => {
    const res = await request(app).get('/api/tables?snapshot=2021').expect(200);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(reportTables(realGraph(), '2021'))));
  });

  it('GET /api/sources/:id lists citations and finds the passage of an excerpt', async () => {
    const res = await request(app)
      .get('/api/sources/adr2024')
      .query({ excerpt: 'De CIO valt onder de SG.' })
      .expect(200);
    expect(res.body.document.title).toMatch(/Evaluatie CIO-stelsel/);
    expect(res.body.citations[0]).toMatchObject({ locator: expect.any(String), count: expect.any(Number) });
    expect(res.body.passage).toEqual({ found: true, text: 'Inleiding. De CIO valt onder de SG. Einde.' });
    expectProblem(await request(app).get('/api/sources/unknown'), 404);
  });

  it('serves an OpenAPI 3.1 document describing every endpoint and analysis parameter', async () => {
    const doc = (await request(app).get('/api/openapi.json').expect(200)).body;
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/health',
      '/api/graph',
      '/api/nodes/{id}',
      '/api/analyses',
      '/api/tables',
      '/api/sources/{id}',
      '/api/analyses/overlap',
    ])
      expect(doc.paths[path], path).toBeDefined();
    const params = doc.paths['/api/analyses/overlap'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toContain('topicWeight');
    expect(doc.paths['/api/graph'].get.parameters[0].schema.enum).toEqual(['2021', '2024']);
  });

  it('sets security headers with a strict Content-Security-Policy', async () => {
    const res = await request(app).get('/api/health');
    const csp = res.headers['content-security-policy']!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('rate-limits a client that sends too many requests', async () => {
    const limited = await appWith({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++) await request(limited).get('/api/health').expect(200);
    expectProblem(await request(limited).get('/api/health'), 429);
  });

  it('refuses bodies above the size limit and bodies that are not JSON', async () => {
    const small = await appWith({ bodyLimit: '1kb' });
    expectProblem(
      await request(small)
        .post('/api/analyses')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ x: 'y'.repeat(5000) })),
      413,
    );
    expectProblem(
      await request(small).post('/api/analyses').set('Content-Type', 'application/json').send('{nope'),
      400,
    );
  });

  it('GET /api/scenarios lists the shipped scenarios; GET /api/scenarios/:id gives one', async () => {
    const list = (await request(app).get('/api/scenarios').expect(200)).body;
    expect(list.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining([
        'merge-acd-into-cio-beraad',
        'cio-rijk-chairs-cto-raad',
        'cio-under-sg-in-bestuursraad',
        'cto-in-cio-office',
      ]),
    );
    const one = (await request(app).get('/api/scenarios/merge-acd-into-cio-beraad').expect(200)).body;
    expect(one.operations[0].op).toBe('merge-bodies');
    expectProblem(await request(app).get('/api/scenarios/nope'), 404);
  });

  it('POST /api/scenarios returns the same diff as the CLI, with the graph after it', async () => {
    const scenario = readScenarioFile(join(DEFAULT_DATA_DIR, 'scenarios/merge-acd-into-cio-beraad.yaml'));
    const res = await request(app).post('/api/scenarios').send(scenario).expect(200);
    const expected = runScenario(realGraph(), scenario, 'x');
    expect(res.body.diff).toEqual(JSON.parse(JSON.stringify(expected.diff)));
    expect(res.body.changes.removedNodes).toEqual(['acd']);
    expect(res.body.graph.nodes).toHaveLength(realGraph().order - 1);
    expect(res.body.diff.overlap.removed.map((p: { a: string; b: string }) => `${p.a}|${p.b}`)).toContain(
      'acd|cio-beraad',
    );
  });

  it('POST /api/scenarios refuses invalid bodies (400), impossible operations (422) and other media types (415)', async () => {
    const bad = await request(app)
      .post('/api/scenarios')
      .send({ name: 'x', operations: [{ op: 'set-chair', body: 'cto-raad' }] });
    expectProblem(bad, 400);
    expect(bad.body.errors[0].path).toBe('body.operations.0.role');
    const impossible = await request(app)
      .post('/api/scenarios')
      .send({ name: 'x', operations: [{ op: 'set-chair', body: 'cto-raad', role: 'nobody' }] });
    expectProblem(impossible, 422);
    expect(impossible.body.errors[0].path).toContain('operations[0]');
    expectProblem(
      await request(app).post('/api/scenarios').set('Content-Type', 'text/plain').send('name: x'),
      415,
    );
  });

  it('GET /api/diff lists what changed between the snapshots', async () => {
    const res = await request(app).get('/api/diff?from=2021&to=2024').expect(200);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(snapshotDiff(realGraph(), '2021', '2024'))));
    expectProblem(await request(app).get('/api/diff?from=2019'), 400);
  });

  it('GET /api/export serves every format as an attachment', async () => {
    for (const [query, type, name] of [
      ['format=json', /application\/json/, 'cio-graph.json'],
      ['format=gexf', /application\/gexf\+xml/, 'cio-graph.gexf'],
      ['format=graphml', /application\/graphml\+xml/, 'cio-graph.graphml'],
      ['format=cypher', /text\/plain/, 'cio-graph.cypher'],
      ['format=csv&table=edges', /text\/csv/, 'edges.csv'],
    ] as const) {
      const res = await request(app).get(`/api/export?${query}`).expect(200);
      expect(res.headers['content-type']).toMatch(type);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${name}"`);
      expect(res.text.length).toBeGreaterThan(1000);
    }
    expectProblem(await request(app).get('/api/export?format=pdf'), 400);
  });

  it('POST /api/export exports the graph after a scenario', async () => {
    const scenario = readScenarioFile(join(DEFAULT_DATA_DIR, 'scenarios/merge-acd-into-cio-beraad.yaml'));
    const res = await request(app).post('/api/export?format=json').send(scenario).expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="scenario-cio-graph.json"');
    const graph = JSON.parse(res.text);
    expect(graph.nodes.some((n: { key: string }) => n.key === 'acd')).toBe(false);
    const csv = await request(app).post('/api/export?format=csv&table=edges').send(scenario).expect(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="scenario-edges.csv"');
    expectProblem(
      await request(app)
        .post('/api/export?format=gexf')
        .send({ name: 'x', operations: [{ op: 'remove-node', id: 'nope' }] }),
      422,
    );
  });

  it('answers 503 at / when the viewer is not built', async () => {
    expectProblem(await request(app).get('/'), 503);
  });
});

describe('response cache', () => {
  it('computes an unchanged analysis once, and reads the graph from the store once', async () => {
    const store = new MemoryStore();
    await store.load(validateDataDirs([DEFAULT_DATA_DIR]).dataset!);
    let runs = 0;
    let reads = 0;
    const run = store.runAnalysis.bind(store);
    const read = store.readGraph.bind(store);
    store.runAnalysis = async (id, params) => {
      runs++;
      return run(id, params);
    };
    store.readGraph = async () => {
      reads++;
      return read();
    };
    const app = createApp({
      service: new GraphService(store),
      version: 'test',
      dataset: { backend: 'memory', name: 'default', nodes: 386, edges: 482 },
    });
    for (let i = 0; i < 3; i++) {
      await request(app).get('/api/analyses/overlap?minScore=0.1').expect(200);
      await request(app).get('/api/graph').expect(200);
      await request(app).get('/api/tables').expect(200);
    }
    expect(runs).toBe(1);
    // One read for the graph and the tables, one inside the single analysis run.
    expect(reads).toBe(2);
  });
});
