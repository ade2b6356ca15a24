// The change-log contract on memory, SQLite and a real Neo4j over Bolt.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { DEFAULT_DATA_DIR, validateDataDirs, buildGraph } from '../../src/model/load';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { neo4jConfig } from '../../src/store/neo4j/config';
import { Neo4jChangeLog } from '../../src/store/neo4j/changes';
import { MemoryChangeLog } from '../../src/workspace/memory-log';
import { SqliteChangeLog, openWorkspaceDb } from '../../src/workspace/sqlite';
import type { ChangeLog } from '../../src/workspace/records';
import { describeChangeLogContract } from './changelog-contract';

const real = validateDataDirs([DEFAULT_DATA_DIR]).dataset!;
const base = () => buildGraph(real);

describeChangeLogContract('memory', base, async () => {
  const shared = new MemoryChangeLog();
  // Every handle is the same log; closing one must not lose it.
  const handle = (): ChangeLog => ({
    backend: 'memory',
    records: () => shared.records(),
    append: (r) => shared.append(r),
    close: async () => {},
  });
  return { open: async () => handle() };
});

describeChangeLogContract('sqlite', base, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cio-graph-ws-'));
  return {
    open: async () => new SqliteChangeLog(openWorkspaceDb(dir, { create: true }), true),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describeChangeLogContract('neo4j', base, async () => {
  const config = neo4jConfig({ uri: inject('neo4jUri'), dataset: `test-ws-${randomUUID()}` });
  const store = await new Neo4jStore(config).connect();
  await store.load(real);
  return {
    open: async () => new Neo4jChangeLog(config),
    storedGraph: () => store.readGraph(),
    cleanup: async () => {
      await store.drop();
      await store.close();
    },
  };
});
