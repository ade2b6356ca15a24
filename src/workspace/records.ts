// What the log holds: one record per accepted change set (or revert), and the interface each backend
// (memory, SQLite, Neo4j) implements. Appending checks the version inside the backend's transaction.
import { z } from 'zod';
import type { OrgGraph } from '../model/types';
import { OperationSchema } from '../scenarios/schema';
import { ChangeDocumentSchema, ChangeSourceSchema, IsoDate } from './schema';

export const ChangeRecordSchema = z.strictObject({
  version: z.number().int().min(1),
  kind: z.enum(['change', 'revert']),
  /** For a revert: the version it reverts. */
  reverts: z.number().int().min(1).optional(),
  base: z.number().int().min(0),
  author: z.string().min(1),
  /** When it was committed (ISO timestamp). */
  at: z.string().min(1),
  validFrom: IsoDate,
  reason: z.string().min(1),
  sources: z.array(ChangeSourceSchema),
  documents: z.array(ChangeDocumentSchema),
  operations: z.array(OperationSchema),
  /** The nodes the change touched (its operations' records), for history per node. */
  touched: z.array(z.string()),
  /** The graph's fingerprint after this change. */
  fingerprint: z.string().min(1),
});

export type ChangeRecord = z.infer<typeof ChangeRecordSchema>;

export interface ChangeLog {
  readonly backend: 'memory' | 'sqlite' | 'neo4j';
  /** Every record in version order. */
  records(): Promise<ChangeRecord[]>;
  /**
   * Appends one record atomically: inside the backend's transaction the head must still be
   * `record.version - 1`, otherwise nothing is written and StaleBaseError is thrown. `before` and
   * `after` are the graphs around the change, for backends that store the graph itself (Neo4j).
   */
  append(record: ChangeRecord, before: OrgGraph, after: OrgGraph): Promise<void>;
  close(): Promise<void>;
}
