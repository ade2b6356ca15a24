// `cio-graph changes init|list|show|commit|revert`: the change log of a workspace, either directly on
// its directory (the local user is the author, with admin scope: whoever has the files has the data)
// or through a server's API with a token (--server URL, token from CIO_GRAPH_TOKEN or --token).
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parse as parseYaml } from 'yaml';
import { DatasetValidationError } from '../model/errors';
import { buildGraph, validateDataDirs } from '../model/load';
import type { ChangeRecord } from '../workspace/records';
import { ChangeSetSchema } from '../workspace/schema';
import { fingerprint } from '../workspace/fingerprint';
import { SqliteChangeLog, openWorkspaceDb, readMeta, writeMeta } from '../workspace/sqlite';
import { Workspace } from '../workspace/workspace';
import { ChangeSetError, WorkspaceError } from '../workspace/errors';
import { DATA_OPTION, UsageError, dataDirsOf, parse } from './main';
import type { Io } from './main';

const line = (
  r: Pick<ChangeRecord, 'version' | 'kind' | 'author' | 'at' | 'validFrom' | 'reason'> & { reverts?: number },
) =>
  `${r.version}\t${r.at}\t${r.author}\t${r.kind === 'revert' ? `revert of ${r.reverts}: ` : ''}${r.reason} (valid from ${r.validFrom})`;

export async function openLocal(dir: string, data: string[] | undefined) {
  const result = validateDataDirs(dataDirsOf(data));
  if (!result.dataset) throw new DatasetValidationError(result.issues);
  const db = openWorkspaceDb(dir);
  const base = buildGraph(result.dataset);
  if (readMeta(db, 'baseFingerprint') !== fingerprint(base)) {
    db.close();
    throw new WorkspaceError(`cio-graph/workspace: ${dir} was made over other data (--data) than given`);
  }
  const ws = await Workspace.open(base, new SqliteChangeLog(db, true));
  return { ws, close: () => ws.changeLog.close() };
}

async function api(server: string, path: string, init: RequestInit = {}, token?: string): Promise<unknown> {
  const response = await fetch(new URL(path, server), {
    ...init,
    headers: {
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(init.headers as Record<string, string> | undefined),
    },
  });
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) {
    const errors = (body.errors as { path: string; message: string }[] | undefined) ?? [];
    throw new WorkspaceError(
      `cio-graph: ${response.status} ${String(body.title)}: ${String(body.detail)}${errors.map((e) => `\n  ${e.path}: ${e.message}`).join('')}`,
    );
  }
  return body;
}

function readChangeSet(file: string, base: number | undefined) {
  const text = readFileSync(file, 'utf8');
  const raw = (/\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text)) as Record<string, unknown>;
  const parsed = ChangeSetSchema.safeParse({ ...raw, ...(base !== undefined ? { base } : {}) });
  if (!parsed.success)
    throw new ChangeSetError(
      file,
      parsed.error.issues.map((i) => `${file}:${i.path.join('.')}: ${i.message}`).join('\n'),
    );
  return parsed.data;
}

export async function changesCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    ...DATA_OPTION,
    workspace: { type: 'string' },
    server: { type: 'string' },
    token: { type: 'string' },
    node: { type: 'string' },
    base: { type: 'string' },
    reason: { type: 'string' },
    author: { type: 'string' },
    format: { type: 'string' },
  });
  const [action, arg] = positionals;
  const dir = values.workspace as string | undefined;
  const server = values.server as string | undefined;
  const data = values.data as string[] | undefined;
  const json = values.format === 'json';
  const token = (values.token as string | undefined) ?? process.env.CIO_GRAPH_TOKEN;
  const base = values.base !== undefined ? Number(values.base) : undefined;
  if (base !== undefined && !Number.isInteger(base)) throw new UsageError('cio-graph changes: --base N');
  if (action === 'init') {
    if (!dir) throw new UsageError('cio-graph changes init --workspace DIR [--data DIR]...');
    const result = validateDataDirs(dataDirsOf(data));
    if (!result.dataset) throw new DatasetValidationError(result.issues);
    const db = openWorkspaceDb(dir, { create: true });
    const print = fingerprint(buildGraph(result.dataset));
    const existing = readMeta(db, 'baseFingerprint');
    if (existing && existing !== print) {
      db.close();
      throw new WorkspaceError(`cio-graph/workspace: ${dir} already holds a workspace over other data`);
    }
    writeMeta(db, 'baseFingerprint', print);
    db.close();
    io.err(
      `cio-graph: workspace ${dir} ready over ${print}; next: cio-graph token create --workspace ${dir} …`,
    );
    return 0;
  }
  if (!dir === !server) throw new UsageError('cio-graph changes: give --workspace DIR or --server URL');
  const author = {
    name: (values.author as string | undefined) ?? `local:${userInfo().username}`,
    scopes: ['admin'],
  };

  switch (action) {
    case 'list': {
      const node = values.node as string | undefined;
      let changes: (ChangeRecord | Record<string, unknown>)[];
      if (server) {
        const body = (await api(
          server,
          `/api/changes${node ? `?node=${encodeURIComponent(node)}` : ''}`,
        )) as {
          changes: ChangeRecord[];
        };
        changes = body.changes;
      } else {
        const { ws, close } = await openLocal(dir!, data);
        changes = node ? ws.history(node) : [...ws.records];
        await close();
      }
      if (json) io.out(JSON.stringify(changes, null, 2));
      else for (const c of changes as ChangeRecord[]) io.out(line(c));
      return 0;
    }
    case 'show': {
      const version = Number(arg);
      if (!Number.isInteger(version) || version < 1) throw new UsageError('cio-graph changes show N');
      let record: unknown;
      if (server) record = await api(server, `/api/changes/${version}`);
      else {
        const { ws, close } = await openLocal(dir!, data);
        record = ws.record(version);
        await close();
      }
      io.out(JSON.stringify(record, null, 2));
      return 0;
    }
    case 'commit': {
      if (!arg) throw new UsageError('cio-graph changes commit FILE');
      let record: unknown;
      if (server) {
        if (!token)
          throw new UsageError('cio-graph changes commit --server: set CIO_GRAPH_TOKEN (or --token)');
        const current = ((await api(server, '/api/workspace')) as { version: number }).version;
        const changeSet = readChangeSet(arg, base ?? current);
        record = await api(
          server,
          '/api/changes',
          { method: 'POST', body: JSON.stringify(changeSet) },
          token,
        );
      } else {
        const { ws, close } = await openLocal(dir!, data);
        try {
          record = await ws.commit(readChangeSet(arg, base ?? ws.version), author);
        } finally {
          await close();
        }
      }
      if (json) io.out(JSON.stringify(record, null, 2));
      else io.out(line(record as ChangeRecord));
      return 0;
    }
    case 'revert': {
      const version = Number(arg);
      const reason = values.reason as string | undefined;
      if (!Number.isInteger(version) || version < 1 || !reason)
        throw new UsageError('cio-graph changes revert N --reason TEXT');
      let record: unknown;
      if (server) {
        if (!token)
          throw new UsageError('cio-graph changes revert --server: set CIO_GRAPH_TOKEN (or --token)');
        record = await api(
          server,
          `/api/changes/${version}/revert`,
          { method: 'POST', body: JSON.stringify({ reason, ...(base !== undefined ? { base } : {}) }) },
          token,
        );
      } else {
        const { ws, close } = await openLocal(dir!, data);
        try {
          record = await ws.revert(version, author, reason, base);
        } finally {
          await close();
        }
      }
      io.out(json ? JSON.stringify(record, null, 2) : line(record as ChangeRecord));
      return 0;
    }
    default:
      throw new UsageError('cio-graph changes: init|list|show N|commit FILE|revert N');
  }
}
