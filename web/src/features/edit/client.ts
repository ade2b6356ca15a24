// The edit mode's calls to the workspace API: who the token is (GET /api/workspace), the log and a
// version's diff, and the writes (a change set or a revert) with Bearer and If-Match of the base.
import { commitOutcomeOf } from './answers';
import type { CommitOutcome } from './answers';

export interface WorkspaceInfo {
  enabled: boolean;
  writable: boolean;
  version: number;
  fingerprint: string | null;
  token: { name: string; scopes: string[] } | null;
}

export const bearer = (token: string | null): Record<string, string> =>
  token ? { Authorization: `Bearer ${token}` } : {};

/** GET /api/workspace, naming the token when one is given; a refused token is reported, not thrown. */
export async function workspaceInfo(
  token: string | null,
): Promise<{ info: WorkspaceInfo | null; refused: boolean }> {
  const get = (t: string | null) =>
    fetch('/api/workspace', { headers: { Accept: 'application/json', ...bearer(t) }, cache: 'no-store' });
  let res = await get(token);
  let refused = false;
  if (token && (res.status === 401 || res.status === 403)) {
    refused = true;
    res = await get(null);
  }
  if (!res.ok) return { info: null, refused };
  return { info: (await res.json()) as WorkspaceInfo, refused };
}

export async function json<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  if (!res.ok)
    throw new Error(((await res.json().catch(() => ({}))) as { detail?: string }).detail ?? `${res.status}`);
  return (await res.json()) as T;
}

/** POSTs a change set or a revert on `base`; the answer as what it means (producers.commitOutcomeOf). */
export async function postChange(
  path: string,
  body: unknown,
  token: string,
  base: number,
): Promise<CommitOutcome> {
  const res = await fetch(path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'If-Match': `"${base}"`,
      ...bearer(token),
    },
    body: JSON.stringify(body),
  });
  return commitOutcomeOf(res.status, await res.json().catch(() => null));
}
