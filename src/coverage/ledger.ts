// The coverage ledger (data/_coverage.yaml): for every candidate body name the finder sees in the
// report, either the node ids that model it or the reason it is not modelled. Checking it against the
// finder and the dataset is a pure function, so the golden test and any command share one definition.
import { z } from 'zod';
import { foldName } from './candidates';
import type { Candidate } from './candidates';

const nonEmpty = z.string().trim().min(1);

export const LedgerEntry = z.union([
  z.strictObject({
    name: nonEmpty,
    modelled: z.union([nonEmpty, z.array(nonEmpty).min(1)]),
    note: nonEmpty.optional(),
  }),
  z.strictObject({ name: nonEmpty, not_modelled: nonEmpty }),
]);
export type LedgerEntry = z.infer<typeof LedgerEntry>;

export const Ledger = z.strictObject({ candidates: z.array(LedgerEntry) });
export type Ledger = z.infer<typeof Ledger>;

export class LedgerFormatError extends Error {
  constructor(message: string) {
    super(`cio-graph/coverage: ${message}`);
    this.name = 'LedgerFormatError';
  }
}

/** Parses the ledger's YAML value; a bad entry is an error naming the entry and the field. */
export function parseLedger(value: unknown, file: string): Ledger {
  const result = Ledger.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new LedgerFormatError(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
}

export function modelledIds(entry: LedgerEntry): string[] {
  if (!('modelled' in entry)) return [];
  return typeof entry.modelled === 'string' ? [entry.modelled] : entry.modelled;
}

export interface CoverageReport {
  /** Candidates in the report the ledger does not account for. */
  unaccounted: Candidate[];
  /** Ledger entries whose name the report no longer mentions. */
  stale: LedgerEntry[];
  /** Ledger entries naming an id the dataset does not have. */
  unknownIds: { name: string; id: string }[];
  /** Names entered twice (after folding). */
  duplicates: string[];
  modelled: number;
  notModelled: number;
}

export function checkCoverage(
  candidates: readonly Candidate[],
  ledger: Ledger,
  hasNode: (id: string) => boolean,
): CoverageReport {
  const byKey = new Map<string, LedgerEntry>();
  const duplicates: string[] = [];
  for (const entry of ledger.candidates) {
    const key = foldName(entry.name);
    if (byKey.has(key)) duplicates.push(entry.name);
    else byKey.set(key, entry);
  }
  const found = new Set(candidates.map((c) => c.key));
  const unaccounted = candidates.filter((c) => !byKey.has(c.key));
  const stale = [...byKey.entries()].filter(([key]) => !found.has(key)).map(([, entry]) => entry);
  const unknownIds = ledger.candidates.flatMap((entry) =>
    modelledIds(entry)
      .filter((id) => !hasNode(id))
      .map((id) => ({ name: entry.name, id })),
  );
  const accounted = ledger.candidates.filter((e) => found.has(foldName(e.name)));
  return {
    unaccounted,
    stale,
    unknownIds,
    duplicates,
    modelled: accounted.filter((e) => 'modelled' in e).length,
    notModelled: accounted.filter((e) => 'not_modelled' in e).length,
  };
}
