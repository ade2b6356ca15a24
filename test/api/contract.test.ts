// The response contract (src/contract) against real responses: what the server sends parses with the
// schemas the viewer takes its types from, and each analysis answers what the registry's output
// schema describes.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANALYSES } from '../../src/analyses/registry';
import {
  NodeDetailResponse,
  ScenarioListResponse,
  ScenarioResultResponse,
  SourceResponse,
} from '../../src/contract/responses';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../../src/model/load';
import { createApp } from '../../src/server/app';
import { shippedScenarios } from '../../src/server/listen';
import { GraphService } from '../../src/server/service';
import { MemoryStore } from '../../src/store/memory';
import { NODE_KINDS } from '../../src/model/vocabulary';
import { realGraph } from '../helpers/real';

describe('API response contract', () => {
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

  it('node details parse with NodeDetailResponse', async () => {
    // One node of every kind, and one with contested facts.
    const graph = realGraph();
    const ids = new Set(NODE_KINDS.map((k) => graph.findNode((_n, a) => a.kind === k)!));
    ids.add(graph.findNode((n) => Object.keys(graph.getNodeAttribute(n, 'facts') ?? {}).length > 3)!);
    for (const id of ids) {
      const res = await request(app).get(`/api/nodes/${encodeURIComponent(id)}`);
      expect(res.status).toBe(200);
      expect(NodeDetailResponse.safeParse(res.body).error).toBeUndefined();
    }
  });

  it('the scenario list and a scenario run parse with their schemas', async () => {
    const list = await request(app).get('/api/scenarios');
    const scenarios = ScenarioListResponse.parse(list.body);
    expect(scenarios.length).toBeGreaterThan(0);
    const shipped = await request(app).get(`/api/scenarios/${scenarios[0]!.id}`);
    const run = await request(app).post('/api/scenarios').send(shipped.body);
    expect(run.status).toBe(200);
    expect(ScenarioResultResponse.safeParse(run.body).error).toBeUndefined();
  });

  it('a source with a passage parses with SourceResponse', async () => {
    const res = await request(app).get('/api/sources/adr2024?excerpt=CIO');
    expect(res.status).toBe(200);
    expect(SourceResponse.safeParse(res.body).error).toBeUndefined();
  });

  it.each(ANALYSES.map((a) => [a.id, a] as const))('analysis %s answers its output schema', async (id, a) => {
    const res = await request(app).get(`/api/analyses/${id}`);
    expect(res.status).toBe(200);
    expect(a.outputSchema.safeParse(res.body).error).toBeUndefined();
  });
});
