// The edit mode's pure part: forms to operations, the pending list's producers, the change set a
// commit sends (sources and documents once each), what the server's answers mean, and the history.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { FACT_NAMES } from '../../src/model/schema';
import type { OrgEdgeAttributes, OrgNodeAttributes } from '../../src/model/types';
import { ChangeSetSchema } from '../../src/workspace/schema';
import type { DataGraph } from '../../web/src/graph/visibility';
import {
  EMPTY_EDIT_STATE,
  addPending,
  changeSetOf,
  cioOperations,
  clearPending,
  cxoOperations,
  departmentalCioOf,
  documentOf,
  editStateOf,
  factOperations,
  factValueOf,
  membershipOperations,
  nodeOptions,
  removePending,
  reportingOperations,
  sourceProblems,
} from '../../web/src/features/edit/producers';
import type { SourceInput } from '../../web/src/features/edit/producers';
import { commitOutcomeOf, historyRows } from '../../web/src/features/edit/answers';
import type { ChangeSummary } from '../../web/src/features/edit/answers';

function graph(): DataGraph {
  const g: DataGraph = new MultiDirectedGraph<OrgNodeAttributes, OrgEdgeAttributes>();
  const node = (id: string, kind: string, name: string, type?: string) =>
    g.addNode(id, {
      kind,
      name,
      type,
      ministries: id.includes('/') ? [id.split('/')[0]!] : [id],
      sources: [],
      facts: {},
    } as OrgNodeAttributes);
  node('JenV', 'ministry', 'Ministerie van JenV');
  node('JenV/CIO', 'role', 'Departementale CIO JenV', 'departmental_cio');
  node('JenV/BD', 'organisation', 'BD', 'unit_or_agency');
  node('JenV/CIO-BD', 'role', 'CIO BD', 'decentral_cio');
  node('JenV/cio-raad', 'body', 'CIO-raad JenV', 'council');
  node('BZK/CIO', 'role', 'CIO BZK', 'departmental_cio');
  return g;
}

const src: SourceInput = {
  kind: 'organisatiebesluit',
  title: 'Organisatiebesluit JenV 2026',
  author: 'SG JenV',
  date: '2026-11-01',
  locator: 'art. 4',
};

describe('edit mode producers', () => {
  it('a decentral CIO with its organisation: new records hosted, reporting and seated', () => {
    const r = cioOperations(graph(), {
      ministry: 'JenV',
      organisation: 'Dienst Digitale Zaken',
      abbreviation: 'DDZ',
      organisationType: 'unit_or_agency',
      cioName: '',
      reportsTo: 'JenV/CIO',
      body: 'JenV/cio-raad',
    });
    expect('operations' in r && r.operations).toEqual([
      expect.objectContaining({ op: 'add-node', id: 'JenV/DDZ', kind: 'organisation', abbreviation: 'DDZ' }),
      expect.objectContaining({ op: 'add-node', id: 'JenV/CIO-DDZ', type: 'decentral_cio', name: 'CIO DDZ' }),
      { op: 'add-edge', kind: 'hosted_by', from: 'JenV/CIO-DDZ', to: 'JenV/DDZ' },
      { op: 'set-reports-to', role: 'JenV/CIO-DDZ', to: 'JenV/CIO' },
      { op: 'add-membership', role: 'JenV/CIO-DDZ', body: 'JenV/cio-raad' },
    ]);
    const taken = cioOperations(graph(), {
      ministry: 'JenV',
      organisation: 'Beheer',
      abbreviation: 'BD',
      organisationType: '',
      cioName: '',
      reportsTo: '',
      body: '',
    });
    expect(taken).toEqual({ error: 'exists', field: 'abbreviation' });
    expect(
      cioOperations(graph(), {
        ministry: 'JenV',
        organisation: ' ',
        abbreviation: '',
        organisationType: '',
        cioName: '',
        reportsTo: '',
        body: '',
      }),
    ).toEqual({ error: 'required', field: 'organisation' });
  });

  it('places a new CxO or moves an existing role; reporting lines, memberships, chairs, facts', () => {
    const g = graph();
    const placed = cxoOperations(g, {
      ministry: 'JenV',
      role: '',
      newType: 'CISO',
      newName: '',
      host: 'JenV/BD',
      placement: '',
    });
    expect('operations' in placed && placed.operations.map((o) => o.op)).toEqual(['add-node', 'move-role']);
    expect(
      cxoOperations(g, {
        ministry: 'JenV',
        role: 'JenV/CIO-BD',
        newType: '',
        newName: '',
        host: 'JenV',
        placement: 'elsewhere_in_ministry',
      }),
    ).toEqual({
      operations: [
        { op: 'move-role', role: 'JenV/CIO-BD', host: 'JenV', placement: 'elsewhere_in_ministry' },
      ],
    });
    expect(reportingOperations('JenV/CIO', 'JenV/CIO')).toEqual({ error: 'same', field: 'to' });
    expect(membershipOperations('end-chair', 'JenV/CIO', 'JenV/cio-raad')).toEqual({
      operations: [{ op: 'remove-edge', kind: 'chairs', from: 'JenV/CIO', to: 'JenV/cio-raad' }],
    });
    expect(factOperations('JenV/CIO-BD', 'fulltime', 'nee')).toEqual({
      operations: [{ op: 'set-fact', node: 'JenV/CIO-BD', property: 'fulltime', value: false }],
    });
    expect(factOperations('JenV/CIO-BD', 'cioFunction', 'x')).toEqual({
      error: 'badValue',
      field: 'property',
    });
    expect([factValueOf('12'), factValueOf('["a","b"]'), factValueOf('maandelijks')]).toEqual([
      12,
      ['a', 'b'],
      'maandelijks',
    ]);
  });

  it('offers the fact names of the model, and the records of the focus by name', async () => {
    const { FACT_PROPERTIES } = await import('../../web/src/features/edit/producers');
    expect(FACT_PROPERTIES).toEqual([...FACT_NAMES].sort());
    const g = graph();
    const focus = new Set(g.filterNodes((id) => id.startsWith('JenV')));
    expect(nodeOptions(g, focus, ['role']).map((o) => o.id)).toEqual(['JenV/CIO-BD', 'JenV/CIO']);
    expect(departmentalCioOf(g, 'JenV')).toBe('JenV/CIO');
  });

  it('keeps a pending list and sends one valid change set citing each source once', () => {
    let state = addPending({
      form: 'fact',
      summary: 'a',
      operations: [{ op: 'set-fact', node: 'JenV/CIO', property: 'fulltime', value: true }],
      source: src,
    })(EMPTY_EDIT_STATE);
    state = addPending({
      form: 'reports',
      summary: 'b',
      operations: [{ op: 'set-reports-to', role: 'JenV/CIO-BD', to: 'JenV/CIO' }],
      source: src,
    })(state);
    state = addPending({
      form: 'fact',
      summary: 'c',
      operations: [{ op: 'set-fact', node: 'JenV/BD', property: 'fte', value: '3' }],
      source: { ...src, title: 'Brief', kind: 'brief', locator: '' },
    })(state);
    expect(state.pending.map((p) => p.id)).toEqual([1, 2, 3]);
    const set = changeSetOf(state.pending, 4, '  Waarom  ');
    expect(ChangeSetSchema.safeParse(set).success).toBe(true);
    expect(set).toMatchObject({ base: 4, reason: 'Waarom' });
    expect(set.operations).toHaveLength(3);
    expect(set.documents).toEqual([
      {
        id: 'organisatiebesluit-2026-11-01-organisatiebesluit-jenv-2026',
        title: 'Organisatiebesluit JenV 2026',
        author: 'SG JenV',
        date: '2026-11-01',
      },
      { id: 'brief-2026-11-01-brief', title: 'Brief', author: 'SG JenV', date: '2026-11-01' },
    ]);
    expect(set.sources).toEqual([
      { doc: documentOf(src).id, locator: 'art. 4' },
      { doc: 'brief-2026-11-01-brief', locator: 'brief' },
    ]);
    state = removePending(2)(state);
    expect(state.pending.map((p) => p.id)).toEqual([1, 3]);
    // Kept for the tab across a reload; a damaged value starts empty.
    const again = editStateOf(JSON.stringify(state));
    expect(again).toEqual(state);
    expect(addPending({ ...state.pending[0]! })(again).pending.at(-1)!.id).toBe(4);
    expect(editStateOf('{nope')).toEqual(EMPTY_EDIT_STATE);
    expect(clearPending()(state).pending).toEqual([]);
    expect(sourceProblems({ ...src, title: '', date: '2026-13-45' })).toEqual(['title', 'date']);
  });

  it('reads the server answers: committed, stale with the current version, scope naming the record', () => {
    expect(commitOutcomeOf(201, { version: 3 })).toEqual({ kind: 'committed', version: 3 });
    const since = [{ version: 2, author: 'x', at: 't', reason: 'r' }];
    expect(commitOutcomeOf(412, { current: 2, since })).toEqual({ kind: 'stale', current: 2, since });
    expect(commitOutcomeOf(403, { record: 'BZK/CIO', detail: 'scope edit:JenV' })).toMatchObject({
      kind: 'scope',
      record: 'BZK/CIO',
    });
    expect(commitOutcomeOf(403, { title: 'Read-only' }).kind).toBe('readOnly');
    expect(commitOutcomeOf(401, {}).kind).toBe('unauthorised');
    expect(commitOutcomeOf(422, { detail: 'd', errors: [{ path: 'body.x', message: 'm' }] })).toEqual({
      kind: 'invalid',
      detail: 'd; body.x: m',
    });
    expect(commitOutcomeOf(500, null)).toEqual({ kind: 'error', status: 500, detail: 'HTTP 500' });
  });

  it('lists the history newest first with who, when, why, and what may still be reverted', () => {
    const c = (version: number, kind: 'change' | 'revert', reverts?: number): ChangeSummary => ({
      version,
      kind,
      ...(reverts ? { reverts } : {}),
      author: 'jenv',
      at: `2026-12-02T10:0${version}:30.000Z`,
      validFrom: '2026-12-02',
      reason: `r${version}`,
      sources: [{ doc: 'd', locator: 'l' }],
      operations: 1,
      touched: [],
      fingerprint: `f${version}`,
    });
    const rows = historyRows([c(1, 'change'), c(2, 'change'), c(3, 'revert', 2)]);
    expect(rows.map((r) => [r.version, r.when, r.revertable, r.revertOf])).toEqual([
      [3, '2026-12-02 10:03', false, 2],
      [2, '2026-12-02 10:02', false, undefined],
      [1, '2026-12-02 10:01', true, undefined],
    ]);
    expect(historyRows([c(1, 'change'), c(2, 'revert', 1), c(3, 'revert', 2)]).at(-1)!.revertable).toBe(true);
    expect(rows[0]).toMatchObject({ who: 'jenv', why: 'r3', sources: ['d (l)'] });
  });
});
