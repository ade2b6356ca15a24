// /api/health on a server with a workspace names the head version and its fingerprint, the same as
// /api/workspace and the change log: a number cited with it can be traced to one version of the
// history. On Neo4j a second server sees another server's commit in its health and its graph.
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { neo4jConfig } from '../../src/store/neo4j/config';
import type { Neo4jConfig } from '../../src/store/neo4j/config';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { addDecentralCio } from '../helpers/changes';
import { makeWorkspaceDir, realDataset, workspaceApp } from '../helpers/workspace-app';

type App = Awaited<ReturnType<typeof workspaceApp>>;

const commit = (app: App['app'], token: string, base: number, suffix: string) =>
  request(app)
    .post('/api/changes')
    .set('authorization', `Bearer ${token}`)
    .set('if-match', `"${base}"`)
    .send(addDecentralCio(base, suffix))
    .expect(201);

async function expectHealthIsHead(app: App['app'], version: number) {
  const health = (await request(app).get('/api/health').expect(200)).body;
  const workspace = (await request(app).get('/api/workspace').expect(200)).body;
  expect(workspace.version).toBe(version);
  expect(health.fingerprint).toBe(workspace.fingerprint);
  expect(health.workspaceVersion).toBe(version);
}

describe('/api/health serving a workspace', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  async function open(dir: string, config?: { backend: 'memory' | 'neo4j'; neo4j: Neo4jConfig }) {
    const app = await workspaceApp(dir, config);
    cleanups.push(async () => {
      await app.opened.close();
      await app.opened.store.close();
    });
    return app;
  }

  it('SQLite: the head fingerprint, before and after a commit', async () => {
    const { dir, tokens } = makeWorkspaceDir({ jenv: ['edit:JenV'] });
    const { app } = await open(dir);
    await expectHealthIsHead(app, 0);
    await commit(app, tokens.jenv!, 0, 'H');
    await expectHealthIsHead(app, 1);
  });

  it("Neo4j: a second server's health and graph follow the first server's commit", async () => {
    const config = neo4jConfig({ uri: inject('neo4jUri'), dataset: `test-ws-health-${randomUUID()}` });
    const store = await new Neo4jStore(config).connect();
    cleanups.push(async () => {
      await store.drop();
      await store.close();
    });
    await store.load(realDataset());
    const { dir, tokens } = makeWorkspaceDir({ jenv: ['edit:JenV'] });
    const [a, b] = [
      await open(dir, { backend: 'neo4j', neo4j: config }),
      await open(dir, { backend: 'neo4j', neo4j: config }),
    ];
    await expectHealthIsHead(b.app, 0);
    // B has served (and cached) the graph at version 0 when A commits.
    expect((await request(b.app).get('/api/nodes/JenV%2FCIO-H')).status).toBe(404);
    await commit(a.app, tokens.jenv!, 0, 'H');
    await expectHealthIsHead(b.app, 1);
    await expectHealthIsHead(a.app, 1);
    const graph = (await request(b.app).get('/api/graph').expect(200)).body as { nodes: { key: string }[] };
    expect(graph.nodes.some((n) => n.key === 'JenV/CIO-H')).toBe(true);
  }, 180_000);
});
