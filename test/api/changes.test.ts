// The workspace API over real HTTP (supertest) on a SQLite workspace over the real dataset: read-only
// without tokens, bearer tokens and scopes, stale bases, 422 with the located operation, versions and
// as-of, history, diffs, revert, the audit log, failed-attempt limiting and the OpenAPI security.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { GraphService } from '../../src/server/service';
import { MemoryStore } from '../../src/store/memory';
import { openWorkspaceDb } from '../../src/workspace/sqlite';
import { AuditLog } from '../../src/workspace/tokens';
import { addDecentralCio, setFulltime } from '../helpers/changes';
import { makeWorkspaceDir, realDataset, workspaceApp } from '../helpers/workspace-app';
import type { OpenedWorkspace } from '../../src/server/workspace';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('API without a workspace', () => {
  it('is read-only: writes get 403 with a clear message, reads answer version 0', async () => {
    const store = new MemoryStore();
    await store.load(realDataset());
    const app = createApp({
      service: new GraphService(store),
      version: 'test',
      dataset: { backend: 'memory', name: 'default', nodes: 0, edges: 0 },
    });
    const res = await request(app).post('/api/changes').send(addDecentralCio(0)).expect(403);
    expect(res.body.title).toBe('Read-only');
    expect((await request(app).get('/api/workspace').expect(200)).body).toMatchObject({
      enabled: false,
      writable: false,
      version: 0,
    });
    expect((await request(app).get('/api/changes').expect(200)).body.changes).toEqual([]);
    expect((await request(app).get('/api/graph?version=0').expect(200)).body.nodes.length).toBeGreaterThan(
      300,
    );
  });

  it('a workspace without an active token is read-only too', async () => {
    const { dir } = makeWorkspaceDir();
    const { app, opened } = await workspaceApp(dir);
    const res = await request(app).post('/api/changes').send(addDecentralCio(0)).expect(403);
    expect(res.body.title).toBe('Read-only');
    await opened.close();
  });
});

describe('API with a workspace', () => {
  let app: Awaited<ReturnType<typeof workspaceApp>>['app'];
  let opened: OpenedWorkspace;
  let tokens: Record<string, string>;
  let dir: string;
  beforeAll(async () => {
    ({ dir, tokens } = makeWorkspaceDir({ jenv: ['edit:JenV'], admin: ['admin'] }));
    ({ app, opened } = await workspaceApp(dir));
  });
  afterAll(async () => opened.close());

  it('refuses writes without a valid bearer token (401) and audits them without the token', async () => {
    await request(app).post('/api/changes').send(addDecentralCio(0)).expect(401);
    const res = await request(app)
      .post('/api/changes')
      .set(bearer('cio_wrong'))
      .send(addDecentralCio(0))
      .expect(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('commits a JenV change set: 201, the next version, the graph serves it, version 0 does not', async () => {
    const res = await request(app)
      .post('/api/changes')
      .set(bearer(tokens.jenv!))
      .send(addDecentralCio(0))
      .expect(201);
    expect(res.body).toMatchObject({ version: 1, author: 'jenv', kind: 'change' });
    expect(res.headers.etag).toBe('"1"');
    const graph = (await request(app).get('/api/graph').expect(200)).body;
    expect(graph.nodes.some((n: { key: string }) => n.key === 'JenV/CIO-X')).toBe(true);
    const v0 = (await request(app).get('/api/graph?version=0').expect(200)).body;
    expect(v0.nodes.some((n: { key: string }) => n.key === 'JenV/CIO-X')).toBe(false);
    const asOf = await request(app).get('/api/graph?asOf=2024-09-24').expect(200);
    expect(asOf.headers['x-version']).toBe('0');
    expect((await request(app).get('/api/graph?asOf=2025-03-01').expect(200)).headers['x-version']).toBe('1');
    const node = (await request(app).get('/api/nodes/JenV/CIO-X').expect(200)).body;
    expect(node.attributes.sources[0]).toMatchObject({
      doc: 'test-organisatiebesluit',
      change: { version: 1, author: 'jenv' },
    });
  });

  it('an edit:JenV token cannot change a BZK record: 403 naming the record', async () => {
    const res = await request(app)
      .post('/api/changes')
      .set(bearer(tokens.jenv!))
      .send(setFulltime(1, 'BZK/CIO'))
      .expect(403);
    expect(res.body).toMatchObject({ title: 'Outside your scope', record: 'BZK/CIO' });
  });

  it('refuses a stale base with 412, the current version and what changed since', async () => {
    const res = await request(app)
      .post('/api/changes')
      .set(bearer(tokens.jenv!))
      .send(addDecentralCio(0, 'Y'))
      .expect(412);
    expect(res.body).toMatchObject({ current: 1, since: [{ version: 1, author: 'jenv' }] });
    // If-Match names the base when the body does not; disagreeing with the body is a bad request.
    const { base: _b, ...noBase } = setFulltime(0);
    await request(app)
      .post('/api/changes')
      .set(bearer(tokens.jenv!))
      .set('If-Match', '"0"')
      .send(noBase)
      .expect(412);
    await request(app)
      .post('/api/changes')
      .set(bearer(tokens.jenv!))
      .set('If-Match', '"0"')
      .send(setFulltime(1))
      .expect(400);
  });

  it('gives 422 with the located operation and field for an impossible change set', async () => {
    const bad = {
      ...setFulltime(1),
      operations: [{ op: 'set-fact', node: 'JenV/CIO', property: 'fulltime', value: 'x' }],
    };
    const res = await request(app).post('/api/changes').set(bearer(tokens.jenv!)).send(bad).expect(422);
    expect(res.body.errors[0].path).toBe('body.operations[0] (set-fact).value');
    const noDoc = { ...setFulltime(1), sources: [{ doc: 'undeclared', locator: 'art. 1' }] };
    expect(
      (await request(app).post('/api/changes').set(bearer(tokens.jenv!)).send(noDoc).expect(422)).body
        .errors[0].path,
    ).toBe('body.sources[0].doc');
  });

  it('lists changes, the history of a node, one change with its diff, and diffs between versions', async () => {
    await request(app)
      .post('/api/changes')
      .set(bearer(tokens.jenv!))
      .set('If-Match', '1')
      .send(setFulltime(1))
      .expect(201);
    const list = (await request(app).get('/api/changes').expect(200)).body;
    expect(list.changes.map((c: { version: number }) => c.version)).toEqual([1, 2]);
    const history = (await request(app).get('/api/changes?node=JenV/CIO-X').expect(200)).body;
    expect(history.changes.map((c: { version: number }) => c.version)).toEqual([1]);
    const one = (await request(app).get('/api/changes/2').expect(200)).body;
    expect(one.diff.records.changedFacts).toEqual(['JenV/CIO']);
    const diff = (await request(app).get('/api/versions/diff?from=0&to=2').expect(200)).body;
    expect(diff.records.addedNodes).toEqual(['JenV/ORG-X', 'JenV/CIO-X']);
    expect(diff.analyses.structure.after.memberships).toBe(diff.analyses.structure.before.memberships + 1);
    await request(app).get('/api/changes/9').expect(404);
  });

  it('reverts for admins only; reverting the head restores the previous fingerprint', async () => {
    await request(app)
      .post('/api/changes/2/revert')
      .set(bearer(tokens.jenv!))
      .send({ reason: 'undo' })
      .expect(403);
    const before = (await request(app).get('/api/changes/1').expect(200)).body.fingerprint;
    const res = await request(app)
      .post('/api/changes/2/revert')
      .set(bearer(tokens.admin!))
      .send({ reason: 'undo' })
      .expect(201);
    expect(res.body).toMatchObject({ version: 3, kind: 'revert', reverts: 2, fingerprint: before });
    expect((await request(app).get('/api/workspace').expect(200)).body).toMatchObject({
      version: 3,
      fingerprint: before,
    });
  });

  it('audits every write attempt, accepted or refused, with the token name and never its value', () => {
    const db = openWorkspaceDb(dir);
    const entries = new AuditLog(db).list();
    db.close();
    const text = JSON.stringify(entries);
    for (const token of Object.values(tokens)) expect(text).not.toContain(token);
    expect(entries.filter((e) => e.outcome === 'accepted').map((e) => e.version)).toEqual([3, 2, 1]);
    expect(entries.some((e) => e.status === 401 && e.token === null)).toBe(true);
    expect(entries.some((e) => e.status === 403 && e.token === 'jenv')).toBe(true);
    expect(entries.some((e) => e.status === 412)).toBe(true);
  });

  it('declares the bearer scheme on the write routes in the OpenAPI document', async () => {
    const doc = (await request(app).get('/api/openapi.json').expect(200)).body;
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.paths['/api/changes'].post.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/api/changes/{id}/revert'].post.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/api/changes'].get.security).toBeUndefined();
  });

  it('limits failed attempts harder than reads', async () => {
    for (let i = 0; i < 8; i++)
      await request(app).post('/api/changes').set(bearer('cio_wrong')).send({}).expect(401);
    await request(app).post('/api/changes').set(bearer('cio_wrong')).send({}).expect(429);
    await request(app).get('/api/changes').expect(200);
  });
});
