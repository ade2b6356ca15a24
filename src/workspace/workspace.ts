// The workspace: the base dataset (version 0, the report's picture) plus a log of change sets, each
// the next version with the graph's fingerprint. Backend-neutral: the log is memory, SQLite or Neo4j.
// Versions are replayed from the log; a revert is a new record that deactivates the one it reverts.
import type { OrgGraph } from '../model/types';
import type { ChangeSet } from './schema';
import { applyRecord } from './apply';
import {
  ChangeNotFoundError,
  ChangeSetError,
  RevertConflictError,
  StaleBaseError,
  WorkspaceIntegrityError,
} from './errors';
import { fingerprint } from './fingerprint';
import type { ChangeLog, ChangeRecord } from './records';
import { authorise } from './scope';

export interface WorkspaceOptions {
  now?: () => Date;
}

export interface Author {
  name: string;
  scopes: readonly string[];
}

/** Which change records are in effect after the first `count` records (reverts switch them off and on). */
function activeChanges(records: readonly ChangeRecord[], count: number): ChangeRecord[] {
  const active = new Map<number, boolean>();
  for (const record of records.slice(0, count)) {
    if (record.kind === 'change') active.set(record.version, true);
    else {
      const target = records[record.reverts! - 1]!;
      if (target.kind === 'revert') active.set(target.reverts!, true);
      else active.set(target.version, false);
    }
  }
  return records.slice(0, count).filter((r) => r.kind === 'change' && active.get(r.version));
}

export class Workspace {
  private log: ChangeRecord[] = [];
  private head: OrgGraph;
  private readonly cache = new Map<number, OrgGraph>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;
  readonly baseFingerprint: string;

  private constructor(
    private readonly base: OrgGraph,
    readonly changeLog: ChangeLog,
    options: WorkspaceOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.head = base;
    this.baseFingerprint = fingerprint(base);
  }

  /** Opens a workspace over `base`: replays the log and checks every recorded fingerprint. */
  static async open(base: OrgGraph, log: ChangeLog, options: WorkspaceOptions = {}): Promise<Workspace> {
    const workspace = new Workspace(base.copy() as OrgGraph, log, options);
    await workspace.sync();
    return workspace;
  }

  get version(): number {
    return this.log.length;
  }

  get fingerprint(): string {
    return this.version === 0 ? this.baseFingerprint : this.log[this.version - 1]!.fingerprint;
  }

  /** The current graph (do not change it: copy first). */
  get graph(): OrgGraph {
    return this.head;
  }

  get records(): readonly ChangeRecord[] {
    return this.log;
  }

  record(version: number): ChangeRecord {
    const record = this.log[version - 1];
    if (!Number.isInteger(version) || !record)
      throw new ChangeNotFoundError(`cio-graph/workspace: no change ${version}`);
    return record;
  }

  /** Catches up with records another process appended. */
  async sync(): Promise<void> {
    const records = await this.changeLog.records();
    if (records.length === this.log.length) return;
    for (const record of records.slice(this.log.length)) {
      const graph = this.build(records, record.version);
      if (fingerprint(graph) !== record.fingerprint)
        throw new WorkspaceIntegrityError(
          `cio-graph/workspace: change ${record.version} does not replay to its fingerprint (is the base dataset the one the workspace was made with?)`,
        );
      this.log.push(record);
      this.head = graph;
    }
  }

  /** The graph after the first `version` records, built from the nearest cached version. */
  private build(records: readonly ChangeRecord[], version: number): OrgGraph {
    if (version === 0) return this.base;
    const record = records[version - 1]!;
    if (record.kind === 'change') {
      // `records` extends this.log, so the version before it is ours (the head or a cached one).
      const previous = version - 1 === this.log.length ? this.head : this.graphAt(version - 1);
      return applyRecord(previous, record).graph;
    }
    // A revert: replay what is still in effect from the base.
    let graph = this.base;
    for (const r of activeChanges(records, version)) graph = applyRecord(graph, r).graph;
    return graph;
  }

  /** The graph at a version (0 = the base dataset). */
  graphAt(version: number): OrgGraph {
    if (!Number.isInteger(version) || version < 0 || version > this.log.length)
      throw new ChangeNotFoundError(
        `cio-graph/workspace: no version ${version} (the current version is ${this.version})`,
      );
    if (version === 0) return this.base;
    if (version === this.log.length) return this.head;
    const hit = this.cache.get(version);
    if (hit) return hit;
    const graph = this.build(this.log, version);
    this.cache.set(version, graph);
    if (this.cache.size > 16) this.cache.delete(this.cache.keys().next().value!);
    return graph;
  }

  /** The last version whose change holds on `date` (YYYY-MM-DD): the log is in validFrom order. */
  versionAsOf(date: string): number {
    let version = 0;
    for (const r of this.log) if (r.validFrom <= date) version = r.version;
    return version;
  }

  /** Records that touched a node, oldest first. */
  history(node: string): ChangeRecord[] {
    return this.log.filter((r) => r.touched.includes(node));
  }

  /** Runs commits one at a time in this process; the log's own check covers other processes. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Checks and applies a change set without committing it: the preview (a scenario of the head). */
  prepare(changeSet: ChangeSet, author: Author, kind: 'change' | 'revert' = 'change', reverts?: number) {
    if (changeSet.base !== this.version)
      throw new StaleBaseError(changeSet.base, this.version, this.log.slice(Math.max(0, changeSet.base)));
    if (kind === 'change') authorise(author.scopes, this.head, changeSet.operations);
    const at = this.now().toISOString();
    const today = at.slice(0, 10);
    const previous = this.log[this.version - 1]?.validFrom ?? '0000-00-00';
    const validFrom = changeSet.validFrom ?? (today < previous ? previous : today);
    if (validFrom < previous)
      throw new ChangeSetError('validFrom', `${validFrom} is before the current version's ${previous}`);
    const draft: ChangeRecord = {
      version: this.version + 1,
      kind,
      ...(reverts !== undefined ? { reverts } : {}),
      base: changeSet.base,
      author: author.name,
      at,
      validFrom,
      reason: changeSet.reason,
      sources: changeSet.sources,
      documents: changeSet.documents,
      operations: changeSet.operations,
      touched: [],
      fingerprint: '',
    };
    let graph: OrgGraph;
    let touched: string[];
    if (kind === 'change') ({ graph, touched } = applyRecord(this.head, draft));
    else {
      try {
        graph = this.build([...this.log, draft], draft.version);
      } catch (error) {
        throw new RevertConflictError(
          `cio-graph/workspace: change ${reverts} cannot be reverted: a later change depends on it (${(error as Error).message})`,
        );
      }
      touched = this.record(reverts!).touched;
    }
    const record: ChangeRecord = { ...draft, touched, fingerprint: fingerprint(graph) };
    return { record, graph };
  }

  /** Commits a change set: the next version, or StaleBaseError when the base is not the head. */
  commit(changeSet: ChangeSet, author: Author): Promise<ChangeRecord> {
    return this.serial(async () => {
      await this.sync();
      const { record, graph } = this.prepare(changeSet, author);
      return this.append(record, graph);
    });
  }

  /** Reverts a change as a new record; reverting the head gives back the previous fingerprint. */
  revert(version: number, author: Author, reason: string, base?: number): Promise<ChangeRecord> {
    return this.serial(async () => {
      await this.sync();
      const target = this.record(version);
      const already = activeChanges(this.log, this.log.length);
      if (target.kind === 'change' && !already.includes(target))
        throw new RevertConflictError(`cio-graph/workspace: change ${version} is already reverted`);
      const { record, graph } = this.prepare(
        {
          base: base ?? this.version,
          reason,
          sources: target.sources,
          documents: [],
          operations: [],
        },
        author,
        'revert',
        version,
      );
      return this.append(record, graph);
    });
  }

  private async append(record: ChangeRecord, graph: OrgGraph): Promise<ChangeRecord> {
    try {
      await this.changeLog.append(record, this.head, graph);
    } catch (error) {
      if (error instanceof StaleBaseError) {
        await this.sync();
        throw new StaleBaseError(record.base, this.version, this.log.slice(record.base));
      }
      throw error;
    }
    this.log.push(record);
    this.head = graph;
    return record;
  }
}
