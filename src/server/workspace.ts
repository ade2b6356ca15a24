// Opening a server's workspace: the SQLite database in the directory (tokens, audit and, on the
// embedded backend, the change log), the change log on Neo4j for --backend neo4j, and the replay of
// the log over the validated dataset. A workspace made over other data is refused with a clear error.
import { buildGraph } from '../model/load';
import type { NormalizedDataset } from '../model/validate';
import { Neo4jStore } from '../store/neo4j/neo4j-store';
import { Neo4jChangeLog } from '../store/neo4j/changes';
import type { GraphStore } from '../store/store';
import { WorkspaceIntegrityError } from '../workspace/errors';
import { fingerprint } from '../workspace/fingerprint';
import type { ChangeLog } from '../workspace/records';
import { SqliteChangeLog, openWorkspaceDb, readMeta } from '../workspace/sqlite';
import { WorkspaceStore } from '../workspace/store';
import { AuditLog, TokenStore } from '../workspace/tokens';
import { Workspace } from '../workspace/workspace';
import type { ServerConfig } from './config';
import type { ServerWorkspace } from './routes/changes';

export interface OpenedWorkspace {
  handle: ServerWorkspace;
  store: GraphStore;
  close(): Promise<void>;
}

export async function openServerWorkspace(
  dir: string,
  config: Pick<ServerConfig, 'backend' | 'neo4j'>,
  dataset: NormalizedDataset,
): Promise<OpenedWorkspace> {
  const db = openWorkspaceDb(dir);
  const base = buildGraph(dataset);
  const recorded = readMeta(db, 'baseFingerprint');
  if (recorded && recorded !== fingerprint(base)) {
    db.close();
    throw new WorkspaceIntegrityError(
      `cio-graph/workspace: ${dir} was made over other data (--data) than the server was given`,
    );
  }
  let log: ChangeLog;
  let store: GraphStore;
  if (config.backend === 'neo4j') {
    log = new Neo4jChangeLog(config.neo4j);
    store = await new Neo4jStore(config.neo4j).connect();
  } else {
    log = new SqliteChangeLog(db);
    store = undefined as unknown as GraphStore;
  }
  try {
    const workspace = await Workspace.open(base, log);
    if (config.backend === 'neo4j' && fingerprint(await store.readGraph()) !== workspace.fingerprint)
      throw new WorkspaceIntegrityError(
        `cio-graph/workspace: the Neo4j dataset '${config.neo4j.dataset}' is not the workspace's version ${workspace.version}; load the same data (cio-graph load --replace) or use another --dataset`,
      );
    if (config.backend !== 'neo4j') store = new WorkspaceStore(workspace);
    return {
      handle: { workspace, tokens: new TokenStore(db), audit: new AuditLog(db) },
      store,
      close: async () => {
        await log.close();
        if (db.open) db.close();
      },
    };
  } catch (error) {
    await log.close();
    if (config.backend === 'neo4j') await store.close();
    db.close();
    throw error;
  }
}
