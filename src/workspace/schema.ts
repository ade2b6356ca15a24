// A change set: the scenario operation vocabulary with a base version, a reason and the sources that
// justify it. One vocabulary and one checker: a scenario is an uncommitted change set.
import { z } from 'zod';
import { OperationSchema } from '../scenarios/schema';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

/** A citation of the document that justifies the change: an organisatiebesluit, a mandate letter. */
export const ChangeSourceSchema = z.strictObject({
  doc: z.string().min(1).max(200),
  locator: z.string().min(1).max(500),
  excerpt: z.string().min(1).max(5000).optional(),
});

/** A document the editor declares, like data/sources.yaml's documents. */
export const ChangeDocumentSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dots, dashes, underscores'),
  title: z.string().min(1).max(500),
  author: z.string().min(1).max(200),
  date: IsoDate,
  kenmerk: z.string().min(1).max(200).optional(),
});

export const ChangeSetSchema = z.strictObject({
  /** The version the editor saw; a commit on any other head is refused (optimistic concurrency). */
  base: z.number().int().min(0),
  reason: z.string().trim().min(1).max(2000),
  /** From when the change holds (default: the commit date); never before the head's. */
  validFrom: IsoDate.optional(),
  sources: z.array(ChangeSourceSchema).min(1).max(50),
  documents: z.array(ChangeDocumentSchema).max(20).default([]),
  operations: z.array(OperationSchema).min(1).max(1000),
});

export type ChangeSet = z.infer<typeof ChangeSetSchema>;
export type ChangeSetInput = z.input<typeof ChangeSetSchema>;
export type ChangeSource = z.infer<typeof ChangeSourceSchema>;
export type ChangeDocument = z.infer<typeof ChangeDocumentSchema>;

export { IsoDate };
