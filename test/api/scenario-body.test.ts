// The four POST routes that take a scenario hand the worker the body as the client sent it (JSON
// text): the event loop neither parses 2 500 operations nor re-serialises them for a cache key nor
// copies the objects to a worker (issue 11, bounded work per request). Malformed JSON and too many
// operations, now found in the worker, are answered as before.
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../../src/model/load';
import { MAX_OPERATIONS } from '../../src/scenarios/schema';
import { createApp } from '../../src/server/app';
import { InlineRunner } from '../../src/server/pool/pool';
import type { TaskRunner } from '../../src/server/pool/pool';
import type { TaskKind, TaskPayload } from '../../src/server/pool/tasks';
import { GraphService } from '../../src/server/service';
import { MemoryStore } from '../../src/store/memory';

/** Runs tasks on this thread and keeps every payload it was given. */
class RecordingRunner implements TaskRunner {
  readonly seen: { kind: TaskKind; payload: unknown }[] = [];
  private readonly inline = new InlineRunner();
  runTask<K extends TaskKind>(kind: K, payload: TaskPayload<K>) {
    this.seen.push({ kind, payload });
    return this.inline.runTask(kind, payload);
  }
  close() {
    return this.inline.close();
  }
}

const ROUTES = [
  ['/api/scenarios', 'scenario-run'],
  ['/api/diff?from=2021&to=2024', 'scenario-diff'],
  ['/api/export?format=json', 'scenario-export'],
  ['/api/analyses/overlap', 'scenario-analysis'],
] as const;

describe('scenario bodies reach the worker as text', () => {
  let app: ReturnType<typeof createApp>;
  const runner = new RecordingRunner();
  beforeAll(async () => {
    const store = new MemoryStore();
    await store.load(validateDataDirs([DEFAULT_DATA_DIR]).dataset!);
    app = createApp({
      service: new GraphService(store, undefined, undefined, runner),
      version: 'test',
      dataset: { backend: 'memory', name: 'default', nodes: 386, edges: 482 },
      bodyLimit: '1mb',
    });
  });

  it.each(ROUTES)('POST %s sends the body text, byte for byte, to %s', async (path, kind) => {
    // Formatted as no JSON.stringify would: a parse and re-serialise on the event loop would show.
    const text =
      '{ "name" : "t",\n  "operations": [ { "op": "set-reports-to", "role": "BZ/CIO", "to": "BZ/SG" } ] }';
    const res = await request(app).post(path).set('Content-Type', 'application/json').send(text);
    expect(res.status).toBe(200);
    const task = runner.seen.filter((t) => t.kind === kind).at(-1);
    expect(task?.payload).toMatchObject({ text });
    expect(task?.payload).not.toHaveProperty('scenario');
  });

  it.each(ROUTES)('POST %s answers malformed JSON with 400 Bad Request', async (path) => {
    const res = await request(app).post(path).set('Content-Type', 'application/json').send('{"name":');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ title: 'Bad Request', detail: 'The request body is not valid JSON' });
  });

  it.each(ROUTES)('POST %s refuses more operations than the limit at body.operations', async (path) => {
    const operations = Array.from({ length: MAX_OPERATIONS + 1 }, () => ({ op: 'remove-node', id: 'x' }));
    const res = await request(app).post(path).send({ name: 't', operations });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ path: 'body.operations' });
  });

  it('a scenario body in a charset other than UTF-8 is 415, as express.json answers the other routes', async () => {
    const text = '{"name":"t","operations":[]}';
    for (const [path] of ROUTES) {
      const latin1 = await request(app)
        .post(path)
        .set('Content-Type', 'application/json; charset=iso-8859-1')
        .send(text);
      expect(latin1.status).toBe(415);
      expect(latin1.body.detail).toMatch(/UTF-8/);
      const utf8 = await request(app)
        .post(path)
        .set('Content-Type', 'application/json; charset="UTF-8"')
        .send(text);
      expect(utf8.status).toBe(200);
    }
  });

  it('a scenario body in another media type is still 415', async () => {
    for (const [path] of ROUTES) {
      const res = await request(app).post(path).set('Content-Type', 'text/plain').send('{}');
      expect(res.status).toBe(415);
    }
  });
});
