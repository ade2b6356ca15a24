// GET /api/workspace with a Bearer token says whose token it is (for the viewer's edit mode: who is
// editing, revert for admins only); a bad token is 401 and no token answers as before.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedWorkspace } from '../../src/server/workspace';
import { makeWorkspaceDir, workspaceApp } from '../helpers/workspace-app';

describe('GET /api/workspace with a token', () => {
  let app: Awaited<ReturnType<typeof workspaceApp>>['app'];
  let opened: OpenedWorkspace;
  let tokens: Record<string, string>;
  beforeAll(async () => {
    let dir: string;
    ({ dir, tokens } = makeWorkspaceDir({ jenv: ['edit:JenV'], boss: ['admin'] }));
    ({ app, opened } = await workspaceApp(dir));
  });
  afterAll(async () => opened.close());

  it('names the token and its scopes, never echoes it', async () => {
    const res = await request(app)
      .get('/api/workspace')
      .set('authorization', `Bearer ${tokens.jenv}`)
      .expect(200);
    expect(res.body).toMatchObject({
      enabled: true,
      writable: true,
      token: { name: 'jenv', scopes: ['edit:JenV'] },
    });
    expect(JSON.stringify(res.body)).not.toContain(tokens.jenv);
    const admin = await request(app).get('/api/workspace').set('authorization', `Bearer ${tokens.boss}`);
    expect(admin.body.token).toEqual({ name: 'boss', scopes: ['admin'] });
  });

  it('answers token null without one and 401 for an unknown one', async () => {
    expect((await request(app).get('/api/workspace').expect(200)).body.token).toBeNull();
    const res = await request(app).get('/api/workspace').set('authorization', 'Bearer cio_wrong').expect(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  });
});
