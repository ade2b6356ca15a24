// GET /api/graph/compact: the compact form parses with the contract's schema, holds every node of the
// graph once and exactly the edges of the snapshot asked for, decodes back to the same kinds, labels
// and ministries, is sent cached (ETag, 304) and rejects unknown query parameters.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { CompactGraphResponse } from '../../src/contract/compact-graph';
import type { CompactGraph } from '../../src/contract/compact-graph';
import { createApp } from '../../src/server/app';
import { compactGraph } from '../../src/server/compact-graph';
import { GraphService } from '../../src/server/service';
import { MemoryStore } from '../../src/store/memory';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../../src/model/load';
import type { OrgGraph } from '../../src/model/types';

let app: Express;
let graph: OrgGraph;
beforeAll(async () => {
  const store = new MemoryStore();
  await store.load(validateDataDirs([DEFAULT_DATA_DIR]).dataset!);
  const service = new GraphService(store);
  graph = await service.base();
  app = createApp({
    service,
    version: 'test',
    dataset: { backend: 'memory', name: 'default', nodes: 0, edges: 0 },
  });
});

describe('GET /api/graph/compact', () => {
  it('sends every node once and the edges of the snapshot, by index', async () => {
    const res = await request(app).get('/api/graph/compact?snapshot=2021').expect(200);
    const body: CompactGraph = CompactGraphResponse.parse(res.body);
    expect(body.nodes.id).toHaveLength(graph.order);
    expect(new Set(body.nodes.id).size).toBe(graph.order);
    const expected = graph.filterEdges((_e, a) => a.validIn.includes('2021')).length;
    expect(expected).toBeLessThan(graph.size);
    expect(body.edges.source).toHaveLength(expected);
    for (let i = 0; i < body.nodes.id.length; i++) {
      const a = graph.getNodeAttributes(body.nodes.id[i]!);
      expect(body.kinds[body.nodes.kind[i]!]).toBe(a.kind);
      expect(body.nodes.type[i] === -1 ? undefined : body.types[body.nodes.type[i]!]).toBe(a.type);
      expect(body.nodes.ministry[i] === -1 ? undefined : body.ministries[body.nodes.ministry[i]!]).toBe(
        a.ministries[0],
      );
    }
    const seen = new Set<string>();
    for (let e = 0; e < body.edges.source.length; e++) {
      const s = body.nodes.id[body.edges.source[e]!]!;
      const t = body.nodes.id[body.edges.target[e]!]!;
      const kind = body.edgeKinds[body.edges.kind[e]!]!;
      expect(graph.someEdge(s, t, (_x, a) => a.kind === kind && a.validIn.includes('2021'))).toBe(true);
      seen.add(`${s}|${t}|${kind}`);
    }
    expect(seen.size).toBeGreaterThan(0);
  });

  it('is smaller than the full graph and answers 304 to its ETag', async () => {
    const full = await request(app).get('/api/graph?snapshot=2024').expect(200);
    const res = await request(app).get('/api/graph/compact').expect(200);
    expect(res.body.snapshot).toBe('2024');
    expect(res.text.length).toBeLessThan(full.text.length / 4);
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    await request(app).get('/api/graph/compact').set('If-None-Match', etag).expect(304);
  });

  it('rejects an unknown parameter or snapshot as problem+json', async () => {
    const res = await request(app).get('/api/graph/compact?form=full').expect(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    await request(app).get('/api/graph/compact?snapshot=1999').expect(400);
  });

  it('labels a node by its abbreviation where it has one', () => {
    const c = compactGraph(graph, '2024');
    const i = c.nodes.id.findIndex((id) => {
      const a = graph.getNodeAttributes(id);
      return a.abbreviation && a.abbreviation !== a.name;
    });
    expect(i).toBeGreaterThanOrEqual(0);
    expect(c.nodes.label[i]).toBe(graph.getNodeAttribute(c.nodes.id[i]!, 'abbreviation'));
  });
});
