// The change-log contract, written once and run against every log backend (memory, SQLite, Neo4j):
// the same log gives the same versions, graphs and fingerprints; exactly one of two commits on one
// base wins; a reopened log replays to the same graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgGraph } from '../../src/model/types';
import { StaleBaseError } from '../../src/workspace/errors';
import { fingerprint } from '../../src/workspace/fingerprint';
import type { ChangeLog } from '../../src/workspace/records';
import type { ChangeSet } from '../../src/workspace/schema';
import { Workspace } from '../../src/workspace/workspace';
import { ADMIN, JENV, TEST_DOC, addDecentralCio, setFulltime } from '../helpers/changes';

export interface ChangeLogFixture {
  /** A fresh, empty log over `base` (a second call gives a second handle on the same log). */
  open(): Promise<ChangeLog>;
  /** The graph the backend itself stores, when it stores one (Neo4j). */
  storedGraph?(): Promise<OrgGraph>;
  cleanup?(): Promise<void>;
}

/** A log touching every kind of write: new nodes and edges, facts, a merge, a removal and a revert. */
export function contractLog(): {
  changeSet: (base: number) => ChangeSet;
  author: typeof ADMIN | typeof JENV;
}[] {
  const sourced = (base: number, reason: string, operations: ChangeSet['operations']): ChangeSet => ({
    base,
    reason,
    validFrom: '2025-09-01',
    sources: [{ doc: TEST_DOC.id, locator: 'art. 3', excerpt: 'fictitious test text' }],
    documents: [TEST_DOC],
    operations,
  });
  return [
    { changeSet: (b) => addDecentralCio(b, 'A'), author: JENV },
    { changeSet: (b) => setFulltime(b), author: JENV },
    {
      changeSet: (b) =>
        sourced(b, 'Test: merge the ACD into the CIO-beraad', [
          { op: 'merge-bodies', bodies: ['acd'], into: 'cio-beraad' },
        ]),
      author: ADMIN,
    },
    {
      changeSet: (b) =>
        sourced(b, 'Test: the new CIO leaves the CIO-raad, the BZK CIO moves', [
          { op: 'remove-membership', role: 'JenV/CIO-A', body: 'JenV/cio-raad' },
          { op: 'set-fact', node: 'BZK/CIO', property: 'inBestuursraad', value: true },
        ]),
      author: ADMIN,
    },
  ];
}

export function describeChangeLogContract(
  name: string,
  base: () => OrgGraph,
  makeFixture: () => Promise<ChangeLogFixture>,
) {
  describe(`change-log contract: ${name}`, () => {
    let fixture: ChangeLogFixture;
    let reference: string[];
    beforeAll(async () => {
      fixture = await makeFixture();
      // The reference: the same log on a plain in-process replay.
      const { MemoryChangeLog } = await import('../../src/workspace/memory-log');
      const ws = await Workspace.open(base(), new MemoryChangeLog(), { now: fixedClock() });
      reference = [ws.fingerprint];
      for (const step of contractLog())
        reference.push((await ws.commit(step.changeSet(ws.version), step.author)).fingerprint);
      reference.push((await ws.revert(ws.version, ADMIN, 'Test: revert the last change')).fingerprint);
    });
    afterAll(async () => {
      await fixture.cleanup?.();
    });

    it('gives the same versions and fingerprints as the reference, and stores the same graph', async () => {
      const log = await fixture.open();
      const ws = await Workspace.open(base(), log, { now: fixedClock() });
      expect(ws.fingerprint).toBe(reference[0]);
      for (const [i, step] of contractLog().entries()) {
        const record = await ws.commit(step.changeSet(ws.version), step.author);
        expect(record.version).toBe(i + 1);
        expect(record.fingerprint).toBe(reference[i + 1]);
        if (fixture.storedGraph) expect(fingerprint(await fixture.storedGraph())).toBe(record.fingerprint);
      }
      const revert = await ws.revert(ws.version, ADMIN, 'Test: revert the last change');
      expect(revert.fingerprint).toBe(reference.at(-1));
      expect(revert.fingerprint).toBe(reference.at(-3));
      if (fixture.storedGraph) expect(fingerprint(await fixture.storedGraph())).toBe(revert.fingerprint);
      await log.close();
    });

    it('replays the stored log on open to the same graph', async () => {
      const log = await fixture.open();
      const ws = await Workspace.open(base(), log);
      expect(ws.version).toBe(contractLog().length + 1);
      expect(fingerprint(ws.graph)).toBe(reference.at(-1));
      expect((await log.records()).map((r) => r.version)).toEqual([1, 2, 3, 4, 5]);
      await log.close();
    });

    it('lets exactly one of two writers on the same base win; the other gets the current version', async () => {
      const [logA, logB] = [await fixture.open(), await fixture.open()];
      const [a, b] = [await Workspace.open(base(), logA), await Workspace.open(base(), logB)];
      const head = a.version;
      const results = await Promise.allSettled([
        a.commit({ ...addDecentralCio(head, 'P'), validFrom: '2026-02-01' }, JENV),
        b.commit({ ...addDecentralCio(head, 'Q'), validFrom: '2026-02-01' }, JENV),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toBeInstanceOf(StaleBaseError);
      expect((lost[0]!.reason as StaleBaseError).current).toBe(head + 1);
      expect((await logA.records()).length).toBe(head + 1);
      if (fixture.storedGraph) {
        const stored = await fixture.storedGraph();
        expect(stored.hasNode('JenV/CIO-P') !== stored.hasNode('JenV/CIO-Q')).toBe(true);
        expect(fingerprint(stored)).toBe((await logA.records()).at(-1)!.fingerprint);
      }
      await logA.close();
      await logB.close();
    });
  });
}

/** Commit times fixed per run, so every backend stamps the same `at` and the fingerprints can agree. */
export function fixedClock(): () => Date {
  let t = Date.parse('2026-01-10T09:00:00Z');
  return () => new Date((t += 60_000));
}
