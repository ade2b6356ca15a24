// A server app around a fresh SQLite workspace over the real dataset, for the API and e2e tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../../src/model/load';
import { createApp } from '../../src/server/app';
import { GraphService } from '../../src/server/service';
import { openServerWorkspace } from '../../src/server/workspace';
import type { OpenedWorkspace } from '../../src/server/workspace';
import type { ServerConfig } from '../../src/server/config';
import { neo4jConfig } from '../../src/store/neo4j/config';
import { fingerprint } from '../../src/workspace/fingerprint';
import { buildGraph } from '../../src/model/load';
import { openWorkspaceDb, writeMeta } from '../../src/workspace/sqlite';
import { TokenStore } from '../../src/workspace/tokens';

export const realDataset = () => validateDataDirs([DEFAULT_DATA_DIR]).dataset!;

/** A workspace directory as `cio-graph changes init` leaves it, with tokens by name → scopes. */
export function makeWorkspaceDir(tokens: Record<string, string[]> = {}): {
  dir: string;
  tokens: Record<string, string>;
} {
  const dir = mkdtempSync(join(tmpdir(), 'cio-graph-ws-api-'));
  const db = openWorkspaceDb(dir, { create: true });
  writeMeta(db, 'baseFingerprint', fingerprint(buildGraph(realDataset())));
  const store = new TokenStore(db);
  const values = Object.fromEntries(
    Object.entries(tokens).map(([name, scopes]) => [name, store.create(name, scopes).token]),
  );
  db.close();
  return { dir, tokens: values };
}

export async function workspaceApp(
  dir: string,
  config: Pick<ServerConfig, 'backend' | 'neo4j'> = { backend: 'memory', neo4j: neo4jConfig() },
  options: { rateLimitPerMinute?: number } = {},
): Promise<{ app: ReturnType<typeof createApp>; opened: OpenedWorkspace; service: GraphService }> {
  const opened = await openServerWorkspace(dir, config, realDataset());
  const service = new GraphService(opened.store);
  const app = createApp({
    service,
    version: 'test',
    dataset: { backend: config.backend, name: 'default', nodes: 0, edges: 0 },
    workspace: opened.handle,
    ...options,
  });
  return { app, opened, service };
}
