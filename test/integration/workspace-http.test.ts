// Optimistic concurrency with real concurrent HTTP requests: two servers on one workspace (SQLite) and
// two servers on one Neo4j dataset each get a commit on the same base at the same time; exactly one
// wins (201), the other gets 412 with the winner's version, and nothing is lost.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { neo4jConfig } from '../../src/store/neo4j/config';
import type { Neo4jConfig } from '../../src/store/neo4j/config';
import { fingerprint } from '../../src/workspace/fingerprint';
import { addDecentralCio } from '../helpers/changes';
import { makeWorkspaceDir, realDataset, workspaceApp } from '../helpers/workspace-app';

async function listen(
  app: Awaited<ReturnType<typeof workspaceApp>>['app'],
): Promise<{ url: string; server: Server }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }),
    );
  });
}

async function race(config: { backend: 'memory' | 'neo4j'; neo4j: Neo4jConfig }) {
  const { dir, tokens } = makeWorkspaceDir({ jenv: ['edit:JenV'] });
  const apps = [await workspaceApp(dir, config), await workspaceApp(dir, config)];
  const servers = await Promise.all(apps.map((a) => listen(a.app)));
  try {
    const post = (url: string, suffix: string) =>
      fetch(`${url}/api/changes`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${tokens.jenv}`,
          'if-match': '"0"',
        },
        body: JSON.stringify(addDecentralCio(0, suffix)),
      });
    const responses = await Promise.all([post(servers[0]!.url, 'P'), post(servers[1]!.url, 'Q')]);
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 412]);
    const refused = (await responses.find((r) => r.status === 412)!.json()) as {
      current: number;
      since: unknown[];
    };
    expect(refused.current).toBe(1);
    expect(refused.since).toHaveLength(1);
    // Both servers agree on the one winner afterwards.
    const states = await Promise.all(
      servers.map(async (s) => (await fetch(`${s.url}/api/workspace`)).json()),
    );
    expect(states[0]).toEqual(states[1]);
    expect(states[0]).toMatchObject({ version: 1 });
    return { apps, fingerprint: (states[0] as { fingerprint: string }).fingerprint };
  } finally {
    for (const s of servers) await new Promise((ok) => s.server.close(ok));
    for (const a of apps) {
      await a.opened.close();
      await a.opened.store.close();
    }
  }
}

describe('two servers, one base, two concurrent commits', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  it('SQLite workspace: exactly one wins', async () => {
    await race({ backend: 'memory', neo4j: neo4jConfig() });
  });

  it('Neo4j: exactly one wins and Neo4j stores the winner', async () => {
    const config = neo4jConfig({ uri: inject('neo4jUri'), dataset: `test-ws-http-${randomUUID()}` });
    const store = await new Neo4jStore(config).connect();
    cleanups.push(async () => {
      await store.drop();
      await store.close();
    });
    await store.load(realDataset());
    const { fingerprint: head } = await race({ backend: 'neo4j', neo4j: config });
    const stored = await store.readGraph();
    expect(fingerprint(stored)).toBe(head);
    expect(stored.hasNode('JenV/CIO-P') !== stored.hasNode('JenV/CIO-Q')).toBe(true);
  });
});
