// The edit mode's reading of the server: what a commit's answer means for the user, and the rows of
// the history panel from the change log. Pure, like producers.ts; split from it by concern.
import type { ChangeSource } from '../../../../src/workspace/schema';

export interface Problem {
  title?: string;
  detail?: string;
  record?: string;
  current?: number;
  since?: { version: number; author: string; at: string; reason: string }[];
  errors?: { path: string; message: string }[];
}

export type CommitOutcome =
  | { kind: 'committed'; version: number }
  | { kind: 'stale'; current: number; since: NonNullable<Problem['since']> }
  | { kind: 'scope'; record: string; detail: string }
  | { kind: 'unauthorised'; detail: string }
  | { kind: 'readOnly'; detail: string }
  | { kind: 'invalid'; detail: string }
  | { kind: 'error'; status: number; detail: string };

/** What a commit's (or revert's) response means; the UI words each kind in the user's language. */
export function commitOutcomeOf(status: number, body: unknown): CommitOutcome {
  const p = (body ?? {}) as Problem & { version?: number };
  const detail = [p.detail, ...(p.errors ?? []).map((e) => `${e.path}: ${e.message}`)]
    .filter(Boolean)
    .join('; ');
  if (status === 201 && typeof p.version === 'number') return { kind: 'committed', version: p.version };
  if (status === 412 && typeof p.current === 'number')
    return { kind: 'stale', current: p.current, since: p.since ?? [] };
  if (status === 403 && p.record) return { kind: 'scope', record: p.record, detail };
  if (status === 403) return { kind: 'readOnly', detail };
  if (status === 401) return { kind: 'unauthorised', detail };
  if (status === 422 || status === 400 || status === 409) return { kind: 'invalid', detail };
  return { kind: 'error', status, detail: detail || `HTTP ${status}` };
}

// ---- history ---------------------------------------------------------------------------------

export interface ChangeSummary {
  version: number;
  kind: 'change' | 'revert';
  reverts?: number;
  author: string;
  at: string;
  validFrom: string;
  reason: string;
  sources: ChangeSource[];
  operations: number;
  touched: string[];
  fingerprint: string;
}

export interface HistoryRow {
  version: number;
  who: string;
  /** The commit time as YYYY-MM-DD HH:MM (UTC). */
  when: string;
  why: string;
  revertOf?: number;
  sources: string[];
  /** Whether a revert of this version makes sense: a change not reverted since. */
  revertable: boolean;
}

/** The history panel's rows, newest first. */
export function historyRows(changes: readonly ChangeSummary[]): HistoryRow[] {
  const reverted = new Set<number>();
  // A revert switches its target off, a revert of a revert on again: walk oldest first.
  for (const c of changes)
    if (c.kind === 'revert' && c.reverts !== undefined) {
      const target = changes.find((x) => x.version === c.reverts);
      if (target?.kind === 'revert' && target.reverts !== undefined) reverted.delete(target.reverts);
      else reverted.add(c.reverts);
    }
  return [...changes].reverse().map((c) => ({
    version: c.version,
    who: c.author,
    when: c.at.replace('T', ' ').slice(0, 16),
    why: c.reason,
    ...(c.kind === 'revert' && c.reverts !== undefined ? { revertOf: c.reverts } : {}),
    sources: c.sources.map((s) => `${s.doc} (${s.locator})`),
    revertable: c.kind === 'change' && !reverted.has(c.version),
  }));
}

export function isAdmin(scopes: readonly string[] | undefined): boolean {
  return !!scopes?.includes('admin');
}
