// The embedded workspace: one SQLite database (better-sqlite3, WAL mode) in the workspace directory,
// holding the change log, the tokens' hashes and the audit log. A commit is one IMMEDIATE transaction
// that checks the head version inside it, so two processes on one workspace cannot both win, and a
// crash leaves the change wholly in the log or not at all (SQLite's journal).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { StaleBaseError, WorkspaceError } from './errors';
import { ChangeRecordSchema } from './records';
import type { ChangeLog, ChangeRecord } from './records';

export const WORKSPACE_FILE = 'workspace.db';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS changes (
  version INTEGER PRIMARY KEY,
  record TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  touched INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS change_nodes (
  version INTEGER NOT NULL REFERENCES changes(version),
  node TEXT NOT NULL,
  PRIMARY KEY (version, node)
);
CREATE INDEX IF NOT EXISTS change_nodes_node ON change_nodes(node);
CREATE TABLE IF NOT EXISTS tokens (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  scopes TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL,
  revoked TEXT
);
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  method TEXT NOT NULL,
  route TEXT NOT NULL,
  token TEXT,
  outcome TEXT NOT NULL,
  status INTEGER NOT NULL,
  detail TEXT NOT NULL,
  version INTEGER,
  client TEXT
);
`;

/** The workspace database; `create` makes the directory and schema, otherwise it must exist. */
export function openWorkspaceDb(dir: string, options: { create?: boolean } = {}): Db {
  if (options.create) mkdirSync(dir, { recursive: true });
  let db: Db;
  try {
    db = new Database(join(dir, WORKSPACE_FILE), { fileMustExist: !options.create });
  } catch (error) {
    throw new WorkspaceError(
      `cio-graph/workspace: no workspace at ${dir} (create one with cio-graph changes init --workspace ${dir}): ${(error as Error).message}`,
    );
  }
  db.pragma('journal_mode = WAL');
  // FULL: a commit survives power loss, not only a killed process.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 10000');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  return db;
}

export function readMeta(db: Db, key: string): string | undefined {
  return (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)
    ?.value;
}

export function writeMeta(db: Db, key: string, value: string): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export class SqliteChangeLog implements ChangeLog {
  readonly backend = 'sqlite' as const;

  constructor(
    readonly db: Db,
    private readonly ownsDb = false,
  ) {}

  async records(): Promise<ChangeRecord[]> {
    const rows = this.db.prepare('SELECT record FROM changes ORDER BY version').all() as { record: string }[];
    return rows.map((r) => ChangeRecordSchema.parse(JSON.parse(r.record)));
  }

  async append(record: ChangeRecord): Promise<void> {
    const head = this.db.prepare('SELECT coalesce(max(version), 0) AS v FROM changes');
    const insert = this.db.prepare(
      'INSERT INTO changes (version, record, fingerprint, touched) VALUES (?, ?, ?, ?)',
    );
    const insertNode = this.db.prepare('INSERT INTO change_nodes (version, node) VALUES (?, ?)');
    const commit = this.db.transaction(() => {
      const current = (head.get() as { v: number }).v;
      if (current !== record.version - 1) throw new StaleBaseError(record.version - 1, current, []);
      insert.run(record.version, JSON.stringify(record), record.fingerprint, record.touched.length);
      for (const node of record.touched) insertNode.run(record.version, node);
    });
    // IMMEDIATE takes the write lock before the version is read: no other writer can slip in between.
    commit.immediate();
  }

  async close(): Promise<void> {
    if (this.ownsDb) this.db.close();
  }
}
