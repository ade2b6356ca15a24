// `?lang=nl|en` on every endpoint that renders text (issue 11): the CLI has `--lang`, the API refused
// `lang` on /api/tables and /api/graph with a 400. Now every such endpoint takes it, renders words in
// that language where the answer has them (the same renderer as the CLI), and refuses any other value
// with a 400 problem naming `query.lang`.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { analysisCsv } from '../../src/analyses/csv';
import { getAnalysis } from '../../src/analyses/registry';
import { reportTables } from '../../src/analyses/tables';
import { renderTables } from '../../src/analyses/tables-text';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../../src/model/load';
import { label } from '../../src/model/labels';
import { createApp } from '../../src/server/app';
import { shippedScenarios } from '../../src/server/listen';
import { GraphService } from '../../src/server/service';
import { MemoryStore } from '../../src/store/memory';
import { realGraph } from '../helpers/real';

/** Every GET that answers with text or labels, by a path that exists. */
const TEXT_ENDPOINTS = [
  '/api/graph',
  '/api/tables',
  '/api/analyses',
  '/api/analyses/deviations',
  '/api/scenarios',
  '/api/nodes/OCW/DUO',
  '/api/diff',
  '/api/sources/adr2024',
];

describe('lang on the API', () => {
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const store = new MemoryStore();
    await store.load(validateDataDirs([DEFAULT_DATA_DIR]).dataset!);
    const service = new GraphService(store, new Map(), shippedScenarios([DEFAULT_DATA_DIR]));
    app = createApp({
      service,
      version: 'test',
      dataset: { backend: 'memory', name: 'default', nodes: 0, edges: 0 },
    });
  });

  it.each(TEXT_ENDPOINTS.flatMap((path) => ['nl', 'en'].map((lang) => [path, lang])))(
    'GET %s?lang=%s is accepted and says its language',
    async (path, lang) => {
      const res = await request(app).get(`${path}?lang=${lang}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-language']).toBe(lang);
    },
  );

  it.each(TEXT_ENDPOINTS)('GET %s?lang=fr is a 400 problem naming query.lang', async (path) => {
    const res = await request(app).get(`${path}?lang=fr`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain('query.lang');
  });

  it('POST /api/scenarios and GET /api/advice take lang too, and refuse a bad one by name', async () => {
    const scenario = { name: 't', operations: [] };
    const ok = await request(app).post('/api/scenarios?lang=en').send(scenario);
    expect(ok.status).toBe(200);
    expect(ok.headers['content-language']).toBe('en');
    const bad = await request(app).post('/api/scenarios?lang=xx').send(scenario);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('query.lang');
    const advice = await request(app).get('/api/advice?lang=english');
    expect(advice.status).toBe(400);
    expect(advice.body.errors.map((e: { path: string }) => e.path)).toContain('query.lang');
  });

  it('GET /api/tables?format=md|csv&lang= answers what `cio-graph tables --format md|csv --lang` prints', async () => {
    const graph = realGraph();
    for (const lang of ['nl', 'en'] as const)
      for (const format of ['md', 'csv'] as const) {
        const res = await request(app).get(`/api/tables?snapshot=2021&format=${format}&lang=${lang}`);
        expect(res.status).toBe(200);
        expect(res.headers['content-type']).toMatch(format === 'md' ? /^text\/markdown/ : /^text\/csv/);
        expect(res.text).toBe(renderTables(graph, reportTables(graph, '2021'), format, lang));
      }
    const en = await request(app).get('/api/tables?format=md&lang=en');
    expect(en.text).toContain('Table 1. Function, position');
    const nl = await request(app).get('/api/tables?format=md');
    expect(nl.text).toContain('Tabel 1. Functie, positionering');
  });

  it('GET /api/tables?lang=en adds the tables in words; without lang the JSON is unchanged', async () => {
    const plain = await request(app).get('/api/tables');
    expect(plain.body.rendered).toBeUndefined();
    const en = await request(app).get('/api/tables?lang=en');
    expect(en.body.tabel1).toEqual(plain.body.tabel1);
    expect(en.body.rendered.map((t: { id: string }) => t.id)).toEqual(['tabel1', 'tabel3', 'tabel4']);
    expect(en.body.rendered[0].headers[0]).toBe('Ministry');
    expect(en.body.rendered[0].rows).toHaveLength(plain.body.tabel1.length);
    expect(en.headers.etag).not.toBe(plain.headers.etag);
  });

  it('GET /api/graph?lang= labels the codes the graph uses; the plain graph keeps its ETag', async () => {
    const plain = await request(app).get('/api/graph');
    const en = await request(app).get('/api/graph?lang=en');
    const nl = await request(app).get('/api/graph?lang=nl');
    expect(plain.body.attributes.labels).toBeUndefined();
    expect(en.body.nodes).toEqual(plain.body.nodes);
    expect(en.body.attributes.labels.edgeKind.reports_to).toBe(label('edgeKind', 'reports_to', 'en'));
    expect(nl.body.attributes.labels.edgeKind.reports_to).toBe(label('edgeKind', 'reports_to', 'nl'));
    expect(en.body.attributes.labels.nodeKind.ministry).toBe(label('nodeKind', 'ministry', 'en'));
    const health = await request(app).get('/api/health');
    expect(`"${health.body.fingerprint}"`).toBe(plain.headers.etag);
  });

  it('GET /api/analyses/:id?format=csv&lang= answers what `cio-graph analyse ID --format csv --lang` prints', async () => {
    const json = await request(app).get('/api/analyses/deviations?snapshot=2021');
    const csv = await request(app).get('/api/analyses/deviations?snapshot=2021&format=csv&lang=en');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text).toBe(analysisCsv(getAnalysis('deviations'), json.body, 'en'));
    expect(csv.text.split('\n')[0]).toContain('Expected');
    const nl = await request(app).get('/api/analyses/deviations?snapshot=2021&format=csv');
    expect(nl.text.split('\n')[0]).toContain('Verwacht');
    const bad = await request(app).get('/api/analyses/deviations?format=pdf');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('query.format');
  });

  it('the OpenAPI document lists lang on every endpoint that takes it', async () => {
    const doc = (await request(app).get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, { parameters?: { name: string; schema: { enum?: string[] } }[] }>>;
    };
    const langOf = (path: string, method = 'get') =>
      doc.paths[path]?.[method]?.parameters?.find((p) => p.name === 'lang');
    for (const path of [
      '/api/graph',
      '/api/tables',
      '/api/analyses',
      '/api/analyses/deviations',
      '/api/scenarios',
      '/api/scenarios/{id}',
      '/api/nodes/{id}',
      '/api/diff',
      '/api/sources/{id}',
    ])
      expect(langOf(path)?.schema.enum, path).toEqual(['nl', 'en']);
    expect(langOf('/api/scenarios', 'post')?.schema.enum).toEqual(['nl', 'en']);
  });
});
