// GET /api/export sends the converted file once encoded per coding, with a strong ETag: before, every
// request converted nothing but still hashed (express's weak ETag) and gzipped the whole file again,
// which the soak's read mix paid on each GET of the GEXF.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../../src/model/load';
import { createApp } from '../../src/server/app';
import { GraphService } from '../../src/server/service';
import { MemoryStore } from '../../src/store/memory';
import { InlineRunner } from '../../src/server/pool/pool';
import type { TaskKind, TaskPayload, TaskResult } from '../../src/server/pool/tasks';

/** The inline runner, counting the tasks handed to it: the server's pool stands in its place. */
class CountingRunner extends InlineRunner {
  readonly kinds: string[] = [];
  override runTask<K extends TaskKind>(kind: K, payload: TaskPayload<K>): Promise<TaskResult<K>> {
    this.kinds.push(kind);
    return super.runTask(kind, payload);
  }
}

describe('GET /api/export from the cache', () => {
  let app: ReturnType<typeof createApp>;
  let service: GraphService;
  const runner = new CountingRunner();
  beforeAll(async () => {
    const store = new MemoryStore();
    await store.load(validateDataDirs([DEFAULT_DATA_DIR]).dataset!);
    service = new GraphService(store, new Map(), [], runner);
    app = createApp({
      service,
      version: 'test',
      dataset: { backend: 'memory', name: 'default', nodes: 386, edges: 482 },
    });
  });

  it('answers with a strong ETag per file, 304 for it, and the same bytes in every coding', async () => {
    const plain = await request(app)
      .get('/api/export?format=gexf')
      .set('Accept-Encoding', 'identity')
      .expect(200);
    const etag = plain.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(plain.headers['content-type']).toBe('application/gexf+xml; charset=utf-8');
    expect(plain.headers['content-disposition']).toBe('attachment; filename="cio-graph.gexf"');
    const br = await request(app).get('/api/export?format=gexf').set('Accept-Encoding', 'br').expect(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.etag).toBe(etag);
    // superagent decodes the coding the response names.
    expect(br.text).toBe(plain.text);
    const gz = await request(app).get('/api/export?format=gexf').set('Accept-Encoding', 'gzip').expect(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toBe(plain.text);
    await request(app).get('/api/export?format=gexf').set('If-None-Match', etag).expect(304);
    // Each CSV table is its own file with its own ETag.
    const nodes = await request(app).get('/api/export?format=csv').expect(200);
    const edges = await request(app).get('/api/export?format=csv&table=edges').expect(200);
    expect(nodes.headers.etag).not.toBe(edges.headers.etag);
    expect(edges.headers['content-disposition']).toBe('attachment; filename="edges.csv"');
  });

  it('converts in the task runner (off the event loop in the server), once per format', async () => {
    runner.kinds.length = 0;
    service.invalidate();
    await Promise.all([1, 2, 3].map(() => request(app).get('/api/export?format=graphml').expect(200)));
    await request(app).get('/api/export?format=graphml').expect(200);
    expect(runner.kinds).toEqual(['export']);
  });

  it('keeps one encoded file per export file, forgotten when the data changes', async () => {
    const [file] = await service.export('gexf');
    expect(service.cachedExport(file!)).toBe(service.cachedExport(file!));
    service.invalidate();
    const [again] = await service.export('gexf');
    expect(again).not.toBe(file);
  });
});
