// The workspace on the real dataset with the in-memory log: versions, fingerprints, claims kept with
// their dates, scopes, stale bases, reverts, history and as-of.
import { describe, expect, it } from 'vitest';
import { realGraph } from '../helpers/real';
import { ADMIN, JENV, addDecentralCio, setFulltime } from '../helpers/changes';
import { Workspace } from '../../src/workspace/workspace';
import { MemoryChangeLog } from '../../src/workspace/memory-log';
import { fingerprint } from '../../src/workspace/fingerprint';
import { ChangeSetError, RevertConflictError, ScopeError, StaleBaseError } from '../../src/workspace/errors';
import { ScenarioError } from '../../src/scenarios/apply';
import { resolveFact } from '../../src/model/facts';

const clock = () => {
  let t = Date.parse('2026-01-10T09:00:00Z');
  return () => new Date((t += 60_000));
};
const open = () => Workspace.open(realGraph(), new MemoryChangeLog(), { now: clock() });

describe('workspace', () => {
  it('starts at version 0 with the fingerprint of the dataset', async () => {
    const ws = await open();
    expect(ws.version).toBe(0);
    expect(ws.fingerprint).toBe(fingerprint(realGraph()));
  });

  it('commits a change set as the next version; what it adds carries the source, author, time and change', async () => {
    const ws = await open();
    const record = await ws.commit(addDecentralCio(0), JENV);
    expect(record).toMatchObject({ version: 1, author: 'test-jenv', validFrom: '2025-03-01' });
    expect(record.fingerprint).toBe(fingerprint(ws.graph));
    expect(record.fingerprint).not.toBe(ws.baseFingerprint);
    const node = ws.graph.getNodeAttributes('JenV/CIO-X');
    expect(node.ministries).toEqual(['JenV']);
    expect(node.sources).toEqual([
      {
        doc: 'test-organisatiebesluit',
        locator: 'art. 1',
        change: { version: 1, author: 'test-jenv', at: record.at },
      },
    ]);
    expect(ws.graph.getAttribute('documents').map((d) => d.id)).toContain('test-organisatiebesluit');
    expect(record.touched).toEqual(
      expect.arrayContaining(['JenV/CIO-X', 'JenV/ORG-X', 'JenV/CIO', 'JenV/cio-raad']),
    );
    // The base is untouched.
    expect(realGraph().hasNode('JenV/CIO-X')).toBe(false);
  });

  it('keeps the claim an edit replaces, dated, so the report picture and the current one both answer', async () => {
    const ws = await open();
    expect(resolveFact(realGraph(), 'JenV/CIO', 'fulltime')).toMatchObject({ value: false });
    await ws.commit(setFulltime(0), ADMIN);
    expect(resolveFact(ws.graph, 'JenV/CIO', 'fulltime')).toMatchObject({ value: true });
    const claims = ws.graph.getNodeAttribute('JenV/CIO', 'facts').fulltime!;
    expect(claims).toHaveLength(2);
    expect(claims[0]).toMatchObject({
      value: false,
      validIn: ['2021'],
      until: '2025-06-01',
      supersededBy: 1,
    });
    expect(claims[1]).toMatchObject({ value: true, validIn: ['2024'] });
    expect(ws.versionAsOf('2024-09-24')).toBe(0);
    expect(ws.versionAsOf('2025-07-01')).toBe(1);
    expect(resolveFact(ws.graphAt(ws.versionAsOf('2024-09-24')), 'JenV/CIO', 'fulltime')).toMatchObject({
      value: false,
    });
  });

  it('refuses a stale base with the current version and the changes since', async () => {
    const ws = await open();
    await ws.commit(addDecentralCio(0, 'A'), JENV);
    const error = await ws.commit(addDecentralCio(0, 'B'), JENV).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleBaseError);
    expect((error as StaleBaseError).current).toBe(1);
    expect((error as StaleBaseError).since.map((r) => r.version)).toEqual([1]);
    expect(ws.version).toBe(1);
  });

  it('lets exactly one of two concurrent commits on the same base win', async () => {
    const ws = await open();
    const results = await Promise.allSettled([
      ws.commit(addDecentralCio(0, 'A'), JENV),
      ws.commit(addDecentralCio(0, 'B'), JENV),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(StaleBaseError);
  });

  it('an edit:JenV scope cannot change a BZK record, and names it', async () => {
    const ws = await open();
    const error = await ws.commit(setFulltime(0, 'BZK/CIO'), JENV).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScopeError);
    expect((error as ScopeError).record).toBe('BZK/CIO');
    await expect(ws.commit(addDecentralCio(0, 'Y', 'BZK'), JENV)).rejects.toBeInstanceOf(ScopeError);
    // A JenV role may join a Rijk body (its membership is JenV's record); it may not chair one.
    await expect(
      ws.commit(
        { ...setFulltime(0), operations: [{ op: 'add-membership', role: 'JenV/CIO', body: 'cto-raad' }] },
        JENV,
      ),
    ).resolves.toMatchObject({ version: 1 });
    await expect(
      ws.commit(
        { ...setFulltime(1), operations: [{ op: 'set-chair', role: 'JenV/CIO', body: 'cto-raad' }] },
        JENV,
      ),
    ).rejects.toBeInstanceOf(ScopeError);
    expect(ws.version).toBe(1);
  });

  it('checks operations with the scenario checker and sources against declared documents', async () => {
    const ws = await open();
    await expect(
      ws.commit({ ...setFulltime(0), operations: [{ op: 'remove-node', id: 'JenV/NOPE' }] }, ADMIN),
    ).rejects.toBeInstanceOf(ScenarioError);
    await expect(ws.commit({ ...setFulltime(0), documents: [] }, ADMIN)).rejects.toBeInstanceOf(
      ChangeSetError,
    );
    await ws.commit(setFulltime(0), ADMIN);
    await expect(ws.commit(setFulltime(1, 'JenV/CIO', false, '2025-01-01'), ADMIN)).rejects.toBeInstanceOf(
      ChangeSetError,
    );
    expect(ws.version).toBe(1);
  });

  it('reverts as a new version: reverting the head restores the previous fingerprint', async () => {
    const ws = await open();
    const first = await ws.commit(addDecentralCio(0, 'A'), JENV);
    await ws.commit(setFulltime(1), ADMIN);
    const revert = await ws.revert(2, ADMIN, 'Test: undo');
    expect(revert).toMatchObject({ version: 3, kind: 'revert', reverts: 2 });
    expect(revert.fingerprint).toBe(first.fingerprint);
    // Reverting the first change while nothing depends on it: the CIO goes, the rest stays.
    const again = await ws.revert(1, ADMIN, 'Test: undo the CIO');
    expect(again.fingerprint).toBe(ws.baseFingerprint);
    await expect(ws.revert(1, ADMIN, 'twice')).rejects.toBeInstanceOf(RevertConflictError);
    // Reverting a revert re-applies the change.
    const redo = await ws.revert(4, ADMIN, 'Test: redo');
    expect(redo.fingerprint).toBe(first.fingerprint);
  });

  it('refuses to revert a change a later one depends on', async () => {
    const ws = await open();
    await ws.commit(addDecentralCio(0, 'A'), JENV);
    await ws.commit(setFulltime(1, 'JenV/CIO-A'), ADMIN);
    await expect(ws.revert(1, ADMIN, 'Test')).rejects.toBeInstanceOf(RevertConflictError);
  });

  it('gives the history of a node and any version back', async () => {
    const ws = await open();
    const a = await ws.commit(addDecentralCio(0, 'A'), JENV);
    await ws.commit(setFulltime(1), ADMIN);
    expect(ws.history('JenV/CIO').map((r) => r.version)).toEqual([1, 2]);
    expect(ws.history('JenV/CIO-A').map((r) => r.version)).toEqual([1]);
    expect(fingerprint(ws.graphAt(1))).toBe(a.fingerprint);
    expect(fingerprint(ws.graphAt(0))).toBe(ws.baseFingerprint);
  });

  it('replays a log on open to the same graph and refuses a log that does not replay', async () => {
    const log = new MemoryChangeLog();
    const ws = await Workspace.open(realGraph(), log, { now: clock() });
    await ws.commit(addDecentralCio(0, 'A'), JENV);
    await ws.commit(setFulltime(1), ADMIN);
    const reopened = await Workspace.open(realGraph(), log);
    expect(reopened.version).toBe(2);
    expect(fingerprint(reopened.graph)).toBe(ws.fingerprint);
    const other = realGraph().copy();
    other.dropNode('JenV/cio-raad');
    await expect(Workspace.open(other as typeof ws.graph, log)).rejects.toThrow();
  });
});
