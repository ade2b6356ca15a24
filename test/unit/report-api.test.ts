// /api/reports on a real server: reports are rendered in the worker pool, so requests beyond its
// queue get 503 with Retry-After at once while /api/health answers before any report is done; and
// ?version= renders a workspace version, with the edit footnoted, version 0 without it.
import type { Server } from 'node:http';
import { rmSync } from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../../src/model/load';
import { createApp } from '../../src/server/app';
import { TaskPool } from '../../src/server/pool/pool';
import { GraphService } from '../../src/server/service';
import { MemoryStore } from '../../src/store/memory';
import { ADMIN, TEST_DOC, addDecentralCio } from '../helpers/changes';
import { makeWorkspaceDir, workspaceApp } from '../helpers/workspace-app';

describe('report rendering in the worker pool', () => {
  const pool = new TaskPool({ threads: 1, maxQueue: 1, timeoutMs: 60_000 });
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const store = new MemoryStore();
    await store.load(validateDataDirs([DEFAULT_DATA_DIR]).dataset!);
    const app = createApp({
      service: new GraphService(store, new Map(), [], pool),
      version: 'test',
      dataset: { backend: 'memory', name: 'default', nodes: 0, edges: 0 },
    });
    server = await new Promise<Server>((ok) => {
      const s = app.listen(0, '127.0.0.1', () => ok(s));
    });
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }, 60_000);

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
    await pool.close();
  });

  it('refuses reports beyond the queue with 503 and Retry-After, and health answers meanwhile', async () => {
    const finished: string[] = [];
    // Different documents, so none is answered from another's cached promise.
    const targets = ['stelsel', 'JenV', 'BZ', 'SZW', 'AZ'];
    const reports = targets.map((t) =>
      fetch(`${url}/api/reports/${t}`).then(async (res) => {
        finished.push(`report ${res.status}`);
        return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.text() };
      }),
    );
    await new Promise((r) => setTimeout(r, 100));
    const health = await fetch(`${url}/api/health`);
    finished.push(`health ${health.status}`);
    const results = await Promise.all(reports);
    expect(health.status).toBe(200);
    // One runs and one waits; the rest are refused at once, before any render is done.
    expect(results.filter((r) => r.status === 200)).toHaveLength(2);
    const refused = results.filter((r) => r.status === 503);
    expect(refused).toHaveLength(3);
    for (const r of refused) {
      expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(r.body)).toMatchObject({ status: 503 });
    }
    // Health did not wait for a render: it answered before the first report came back.
    expect(finished.indexOf('health 200')).toBeLessThan(finished.indexOf('report 200'));
    expect(results.find((r) => r.status === 200)!.body).toContain('<html lang="nl">');
  }, 120_000);

  it('keeps typed errors typed across the thread: an unknown ministry is 404, not 500', async () => {
    const res = await fetch(`${url}/api/reports/XX`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { detail: string }).detail).toContain("no ministry 'XX'");
  }, 60_000);
});

describe('GET /api/reports?version=', () => {
  let dir: string;
  let ws: Awaited<ReturnType<typeof workspaceApp>>;

  beforeAll(async () => {
    dir = makeWorkspaceDir().dir;
    ws = await workspaceApp(dir);
    await ws.opened.handle.workspace.commit(addDecentralCio(0, 'Q'), ADMIN);
  }, 60_000);

  afterAll(async () => {
    await ws.opened.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders the version with the edit footnoted, and version 0 without it', async () => {
    const record = ws.opened.handle.workspace.record(1);
    const v1 = await request(ws.app).get('/api/reports/JenV?version=1&format=md&lang=en').expect(200);
    expect(v1.headers['x-version']).toBe('1');
    expect(v1.text).toContain('Test organisation Q');
    expect(v1.text).toContain(
      `${TEST_DOC.title}, art. 1 (workspace change 1, test-admin, ${record.at.slice(0, 10)})`,
    );
    expect(v1.text).toContain(`workspace version 1, fingerprint ${record.fingerprint}`);
    const v0 = await request(ws.app).get('/api/reports/JenV?version=0&format=md&lang=en').expect(200);
    expect(v0.text).not.toContain('Test organisation Q');
    expect(v0.text).not.toContain('workspace change');
    expect(v0.text).toContain(
      `workspace version 0, fingerprint ${ws.opened.handle.workspace.baseFingerprint}`,
    );
    // Without a version: the current graph, the head, with its edit.
    const head = await request(ws.app).get('/api/reports/JenV?format=md&lang=en').expect(200);
    expect(head.text).toContain('Test organisation Q');
  });

  it('answers 404 for a version the workspace lacks and 400 for a version with snapshot 2021', async () => {
    const missing = await request(ws.app).get('/api/reports/JenV?version=9');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    const both = await request(ws.app).get('/api/reports/stelsel?version=1&snapshot=2021');
    expect(both.status).toBe(400);
    expect(both.body.detail).toContain('snapshot 2021 has no versions');
  });
});
