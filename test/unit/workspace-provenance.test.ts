// Issue 12, item 1: what a committed change adds or changes carries its source, author, time and
// change id, and where it disagrees with the report the graph holds both, dated: a relation it ends
// stays in the graph (no longer valid in the current snapshot, `until` the change's date) and is
// answerable as of any date before it.
import { describe, expect, it } from 'vitest';
import type { OrgGraph } from '../../src/model/types';
import { CURRENT_SNAPSHOT } from '../../src/model/vocabulary';
import { fingerprint } from '../../src/workspace/fingerprint';
import { MemoryChangeLog } from '../../src/workspace/memory-log';
import type { ChangeRecord } from '../../src/workspace/records';
import type { ChangeSet } from '../../src/workspace/schema';
import { Workspace } from '../../src/workspace/workspace';
import { ADMIN, TEST_DOC } from '../helpers/changes';
import { realGraph } from '../helpers/real';

const clock = () => {
  let t = Date.parse('2026-01-10T09:00:00Z');
  return () => new Date((t += 60_000));
};
const open = () => Workspace.open(realGraph(), new MemoryChangeLog(), { now: clock() });

const change = (base: number, operations: ChangeSet['operations']): ChangeSet => ({
  base,
  reason: 'Test: every kind of operation',
  validFrom: '2025-09-01',
  sources: [{ doc: TEST_DOC.id, locator: 'art. 4' }],
  documents: [TEST_DOC],
  operations,
});

const EVERY_OPERATION: ChangeSet['operations'] = [
  { op: 'add-node', id: 'JenV/ORG-T', kind: 'organisation', type: 'unit_or_agency', name: 'Test org T' },
  { op: 'add-node', id: 'JenV/CIO-T', kind: 'role', type: 'decentral_cio', name: 'CIO test T' },
  { op: 'add-edge', kind: 'hosted_by', from: 'JenV/CIO-T', to: 'JenV/ORG-T' },
  { op: 'set-reports-to', role: 'JenV/CISO', to: 'JenV/SG' },
  { op: 'move-role', role: 'JenV/CISO', host: 'JenV/CIO-office' },
  { op: 'set-chair', body: 'JenV/cio-raad', role: 'JenV/CIO' },
  { op: 'add-membership', role: 'JenV/CTO', body: 'JenV/ciso-board' },
  { op: 'remove-membership', role: 'JenV/CIO', body: 'JenV/cio-raad' },
  { op: 'add-topic', body: 'JenV/cio-raad', topic: 'topic/rijksnetwerken' },
  { op: 'set-fact', node: 'JenV/CIO', property: 'fulltime', value: true },
  { op: 'merge-bodies', bodies: ['acd'], into: 'cio-beraad' },
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const stamped = (sources: { change?: { version: number } }[], r: ChangeRecord) =>
  sources.some((s) => s.change?.version === r.version);
const dated = (a: { until?: string; supersededBy?: number; validIn: string[] }, r: ChangeRecord) =>
  a.until === r.validFrom && a.supersededBy === r.version && !a.validIn.includes(CURRENT_SNAPSHOT);

/** Every record, relation and claim that differs between the versions is the change's, or dated by it. */
function expectEveryDifferenceIsTheChanges(before: OrgGraph, after: OrgGraph, r: ChangeRecord) {
  const problems: string[] = [];
  after.forEachNode((id, a) => {
    if (!before.hasNode(id)) {
      if (!stamped(a.sources, r)) problems.push(`node ${id} added without the change's source`);
      return;
    }
    const old = Object.values(before.getNodeAttribute(id, 'facts')).flat();
    for (const [property, claims] of Object.entries(a.facts))
      for (const claim of claims)
        if (!old.some((c) => same(c, claim)) && !stamped(claim.sources, r) && !dated(claim, r))
          problems.push(`claim ${id}.${property} changed without the change's source or date`);
  });
  after.forEachEdge((id, a) => {
    if (!before.hasEdge(id)) {
      if (!stamped(a.sources, r)) problems.push(`relation ${id} added without the change's source`);
    } else if (!same(a, before.getEdgeAttributes(id)) && !stamped(a.sources, r) && !dated(a, r))
      problems.push(`relation ${id} changed without the change's source or date`);
  });
  // Only the relations of a removed node (here the merged body) leave the graph.
  before.forEachEdge((id, _a, s, t) => {
    if (!after.hasEdge(id) && after.hasNode(s) && after.hasNode(t)) problems.push(`relation ${id} dropped`);
  });
  expect(problems).toEqual([]);
}

describe('workspace provenance and dated relations', () => {
  it('every operation: what it adds or changes carries the source, author, time and change id', async () => {
    const ws = await open();
    const record = await ws.commit(change(0, EVERY_OPERATION), ADMIN);
    expectEveryDifferenceIsTheChanges(ws.graphAt(0), ws.graph, record);
    const stamp = { version: 1, author: 'test-admin', at: record.at };
    expect(ws.graph.getNodeAttribute('JenV/CIO-T', 'sources')).toEqual([
      { doc: TEST_DOC.id, locator: 'art. 4', change: stamp },
    ]);
  });

  it('a removed relation stays, dated, and answers as of a date before the removal', async () => {
    const ws = await open();
    const edge = 'JenV/CIO->JenV/cio-raad:member_of';
    expect(ws.graph.getEdgeAttribute(edge, 'validIn')).toContain(CURRENT_SNAPSHOT);
    await ws.commit(change(0, [{ op: 'remove-membership', role: 'JenV/CIO', body: 'JenV/cio-raad' }]), ADMIN);
    // Held beside the current picture, dated: no longer valid now, ended by change 1 on its date.
    expect(ws.graph.getEdgeAttributes(edge)).toMatchObject({ until: '2025-09-01', supersededBy: 1 });
    expect(ws.graph.getEdgeAttribute(edge, 'validIn')).not.toContain(CURRENT_SNAPSHOT);
    const current = ws.graph.filterOutEdges(
      'JenV/CIO',
      (_e, a, _s, t) =>
        t === 'JenV/cio-raad' && a.kind === 'member_of' && a.validIn.includes(CURRENT_SNAPSHOT),
    );
    expect(current).toEqual([]);
    // As of the report's date the membership holds, as the report says.
    const asOf = ws.graphAt(ws.versionAsOf('2024-09-24'));
    expect(asOf.getEdgeAttribute(edge, 'validIn')).toContain(CURRENT_SNAPSHOT);
    expect(asOf.getEdgeAttribute(edge, 'until')).toBeUndefined();
    // Removing it again finds nothing current to remove.
    await expect(
      ws.commit(change(1, [{ op: 'remove-membership', role: 'JenV/CIO', body: 'JenV/cio-raad' }]), ADMIN),
    ).rejects.toThrow(/is not a member/);
  });

  it('a replaced reporting line stays, dated; re-adding the relation makes a new one; revert restores the report', async () => {
    const ws = await open();
    const old = ws.graph.filterOutEdges('JenV/CIO', (_e, a) => a.kind === 'reports_to');
    expect(old.length).toBeGreaterThan(0);
    await ws.commit(change(0, [{ op: 'set-reports-to', role: 'JenV/CIO', to: 'JenV/SG' }]), ADMIN);
    // The report's line (2021 and 2024) keeps 2021 and is dated; the edit's line is a new relation.
    for (const e of old)
      expect(ws.graph.getEdgeAttributes(e)).toMatchObject({ validIn: ['2021'], supersededBy: 1 });
    const now = ws.graph.filterOutEdges(
      'JenV/CIO',
      (_e, a) => a.kind === 'reports_to' && a.validIn.includes(CURRENT_SNAPSHOT),
    );
    expect(now.map((e) => ws.graph.target(e))).toEqual(['JenV/SG']);
    expect(old).not.toContain(now[0]);
    const revert = await ws.revert(1, ADMIN, 'Test: back to the report');
    expect(revert.fingerprint).toBe(fingerprint(realGraph()));
  });
});
