// Crash test: a child process committing large change sets is killed with SIGKILL in the middle of a
// commit. The log then holds every change it had committed and possibly the one in flight, wholly:
// it replays to every recorded fingerprint, and on Neo4j the stored graph is the head's.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_DATA_DIR, buildGraph, validateDataDirs } from '../../src/model/load';
import { Neo4jChangeLog } from '../../src/store/neo4j/changes';
import { neo4jConfig } from '../../src/store/neo4j/config';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { fingerprint } from '../../src/workspace/fingerprint';
import type { ChangeLog } from '../../src/workspace/records';
import { SqliteChangeLog, openWorkspaceDb } from '../../src/workspace/sqlite';
import { Workspace } from '../../src/workspace/workspace';

const real = validateDataDirs([DEFAULT_DATA_DIR]).dataset!;

/** Runs the commit loop until `kills` commits have started after `after` finished ones, then SIGKILLs it. */
async function killMidCommit(args: string[], after: number): Promise<{ committed: number; started: number }> {
  const child = spawn(process.execPath, ['test/integration/fixtures/commit-loop.mjs', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let committed = 0;
  let started = 0;
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      for (const line of d.toString().split('\n')) {
        const [word, n] = line.split(' ');
        if (word === 'committed') committed = Number(n);
        if (word === 'committing') {
          started = Number(n);
          // Kill while this commit is being written (a few ms into it).
          if (committed >= after) setTimeout(() => child.kill('SIGKILL'), 5 + (started % 7) * 3);
        }
      }
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`commit loop ended on its own: ${stderr}`)),
    );
  });
  return { committed, started };
}

async function checkLog(log: ChangeLog, killed: { committed: number; started: number }) {
  const records = await log.records();
  // Everything reported committed is there; the one in flight is there wholly or not at all.
  expect(records.length).toBeGreaterThanOrEqual(killed.committed);
  expect(records.length).toBeLessThanOrEqual(killed.started);
  // Opening replays every record and checks its fingerprint: half a change would not match.
  const ws = await Workspace.open(buildGraph(real), log);
  expect(ws.version).toBe(records.length);
  return ws;
}

describe('kill -9 mid-commit', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('SQLite: the log has the change or not, never half of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cio-graph-crash-'));
    dirs.push(dir);
    const killed = await killMidCommit(['sqlite', dir], 2);
    const db = openWorkspaceDb(dir);
    const log = new SqliteChangeLog(db, true);
    const ws = await checkLog(log, killed);
    // Every change's node index rows were written with it.
    for (const r of ws.records) {
      const { n } = db.prepare('SELECT count(*) AS n FROM change_nodes WHERE version = ?').get(r.version) as {
        n: number;
      };
      expect(n).toBe(r.touched.length);
    }
    await log.close();
  });

  it('Neo4j: the stored graph and log are the head version, never part of the killed change', async () => {
    const config = neo4jConfig({ uri: inject('neo4jUri'), dataset: `test-crash-${randomUUID()}` });
    const store = await new Neo4jStore(config).connect();
    await store.load(real);
    try {
      const killed = await killMidCommit(['neo4j', config.uri, config.dataset], 1);
      const log = new Neo4jChangeLog(config);
      const ws = await checkLog(log, killed);
      expect(fingerprint(await store.readGraph())).toBe(ws.fingerprint);
      await log.close();
    } finally {
      await store.drop();
      await store.close();
    }
  });
});
