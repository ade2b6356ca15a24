// The change log in this process only: for scenarios previews, tests and a server without a workspace.
import { StaleBaseError } from './errors';
import type { ChangeLog, ChangeRecord } from './records';

export class MemoryChangeLog implements ChangeLog {
  readonly backend = 'memory' as const;
  private readonly log: ChangeRecord[] = [];

  async records(): Promise<ChangeRecord[]> {
    return this.log.map((r) => structuredClone(r));
  }

  async append(record: ChangeRecord): Promise<void> {
    if (record.version !== this.log.length + 1)
      throw new StaleBaseError(record.version - 1, this.log.length, this.log.slice(record.version - 1));
    this.log.push(structuredClone(record));
  }

  async close(): Promise<void> {}
}
