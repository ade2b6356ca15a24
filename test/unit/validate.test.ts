import { describe, expect, it } from 'vitest';
import { validateDataFiles } from '../../src/model/validate';
import { DOC_TEXT, files, minimalMinistry } from '../helpers/fixtures';

const texts = new Map([['doc', DOC_TEXT]]);

function issuesOf(...f: Parameters<typeof files>) {
  return validateDataFiles(files(...f), { documentTexts: texts }).issues;
}

function withNode(patch: Record<string, unknown>, index = 2) {
  const nodes = minimalMinistry.nodes.map((n, i) => (i === index ? { ...n, ...patch } : n));
  return { ...minimalMinistry, nodes };
}

describe('validateDataFiles', () => {
  it('accepts a small valid dataset and normalises it', () => {
    const result = validateDataFiles(files(minimalMinistry), { documentTexts: texts });
    expect(result.issues).toEqual([]);
    expect(result.dataset?.nodes.map((n) => n.id)).toEqual(['AZ', 'AZ/SG', 'AZ/CIO']);
    const cio = result.dataset?.nodes[2];
    expect(cio?.ministries).toEqual(['AZ']);
    expect(cio?.facts.fulltime).toEqual([
      {
        value: false,
        validIn: ['2024'],
        sources: [{ doc: 'doc', locator: 'Tabel 1', excerpt: 'De CIO valt rechtstreeks onder de SG.' }],
      },
    ]);
    expect(result.dataset?.edges[0]?.id).toBe('AZ/CIO->AZ/SG:reports_to');
  });

  it('rejects a node without sources, naming file, record and field', () => {
    expect(issuesOf(withNode({ sources: [] }))).toEqual([
      expect.objectContaining({ file: 'data/ministries/XX.yaml', record: 'AZ/CIO', field: 'sources' }),
    ]);
  });

  it('rejects a fact without a source', () => {
    const issues = issuesOf(withNode({ facts: { fulltime: { value: true, sources: [] } } }));
    expect(issues).toEqual([expect.objectContaining({ record: 'AZ/CIO', field: 'facts.fulltime.sources' })]);
  });

  it('rejects an unknown fact, a fact on the wrong kind and a badly typed value', () => {
    expect(issuesOf(withNode({ facts: { colour: { value: 'red', sources: ['x'] } } }))).toEqual([
      expect.objectContaining({ record: 'AZ/CIO', field: 'facts.colour' }),
    ]);
    expect(issuesOf(withNode({ facts: { fte: { value: '3', sources: ['x'] } } }, 0))).toEqual([
      expect.objectContaining({ record: 'AZ', field: 'facts.fte' }),
    ]);
    expect(issuesOf(withNode({ facts: { fulltime: { value: 'yes', sources: ['x'] } } }))).toEqual([
      expect.objectContaining({ record: 'AZ/CIO', field: 'facts.fulltime.value' }),
    ]);
  });

  it('locates the bad claim inside a contested fact', () => {
    const facts = {
      fulltime: {
        claims: [
          { value: true, sources: ['a'] },
          { value: 3, sources: ['b'] },
        ],
      },
    };
    expect(issuesOf(withNode({ facts }))).toEqual([
      expect.objectContaining({ record: 'AZ/CIO', field: 'facts.fulltime.claims[1].value' }),
    ]);
  });

  it('rejects an unknown kind or type and unknown keys', () => {
    expect(issuesOf(withNode({ kind: 'person' }))[0]).toMatchObject({ record: 'AZ/CIO', field: 'kind' });
    expect(issuesOf(withNode({ type: 'wizard' }))[0]).toMatchObject({ record: 'AZ/CIO', field: 'type' });
    expect(issuesOf(withNode({ colour: 'red' }))[0]).toMatchObject({ record: 'AZ/CIO' });
  });

  it('rejects duplicate ids across files', () => {
    const other = { path: 'data/other.yaml', nodes: [minimalMinistry.nodes[1]] };
    expect(issuesOf(minimalMinistry, other)).toEqual([
      expect.objectContaining({ file: 'data/other.yaml', record: 'AZ/SG', field: 'id' }),
    ]);
  });

  it('rejects dangling edge endpoints and wrong endpoint kinds', () => {
    const dangling = {
      ...minimalMinistry,
      edges: [{ kind: 'reports_to', from: 'AZ/CIO', to: 'AZ/pSG', sources: ['x'] }],
    };
    expect(issuesOf(dangling)).toEqual([
      expect.objectContaining({ record: 'AZ/CIO->AZ/pSG:reports_to', field: 'to' }),
    ]);
    const wrongKind = {
      ...minimalMinistry,
      edges: [{ kind: 'handles', from: 'AZ/CIO', to: 'AZ', sources: ['x'] }],
    };
    const issues = issuesOf(wrongKind);
    expect(issues.map((i) => i.field).sort()).toEqual(['from', 'to']);
  });

  it('rejects duplicate edges', () => {
    const edges = [minimalMinistry.edges[0], minimalMinistry.edges[0]];
    expect(issuesOf({ ...minimalMinistry, edges })).toEqual([expect.objectContaining({ field: 'id' })]);
  });

  it('names the file of each duplicate edge id first declared, for every duplicated id', () => {
    const [cioToSg] = minimalMinistry.edges;
    const sgToCio = { kind: 'reports_to', from: 'AZ/SG', to: 'AZ/CIO', sources: ['Tabel 1'] };
    const first = { path: 'data/first.yaml', edges: [sgToCio] };
    const second = { path: 'data/second.yaml', edges: [cioToSg, sgToCio, cioToSg] };
    const issues = issuesOf({ ...minimalMinistry, edges: [cioToSg] }, first, second);
    expect(issues.map((i) => [i.file, i.record, i.message])).toEqual([
      [
        'data/second.yaml',
        'AZ/CIO->AZ/SG:reports_to',
        'duplicate edge, first declared in data/ministries/XX.yaml',
      ],
      ['data/second.yaml', 'AZ/SG->AZ/CIO:reports_to', 'duplicate edge, first declared in data/first.yaml'],
      [
        'data/second.yaml',
        'AZ/CIO->AZ/SG:reports_to',
        'duplicate edge, first declared in data/ministries/XX.yaml',
      ],
    ]);
  });

  it('keeps ids of invalid nodes declared: no unknown-node issue, and a later valid node is no duplicate', () => {
    const broken = { id: 'AZ/CTO', kind: 'role', type: 'wizard', name: 'CTO AZ', sources: ['Tabel 1'] };
    const edge = { kind: 'reports_to', from: 'AZ/CTO', to: 'AZ/CIO', sources: ['Tabel 1'] };
    const withBroken = { ...minimalMinistry, nodes: [...minimalMinistry.nodes, broken], edges: [edge] };
    expect(issuesOf(withBroken)).toEqual([expect.objectContaining({ record: 'AZ/CTO', field: 'type' })]);
    const fixed = { path: 'data/fixed.yaml', nodes: [{ ...broken, type: 'CTO' }] };
    expect(issuesOf(withBroken, fixed)).toEqual([
      expect.objectContaining({ record: 'AZ/CTO', field: 'type' }),
    ]);
    // A valid node stays the one edges see when an invalid record repeats its id later.
    const repeat = { path: 'data/repeat.yaml', nodes: [{ ...minimalMinistry.nodes[1], type: 'wizard' }] };
    const wrongKind = { kind: 'handles', from: 'AZ/SG', to: 'AZ/CIO', sources: ['Tabel 1'] };
    expect(issuesOf({ ...minimalMinistry, edges: [wrongKind] }, repeat).map((i) => i.field)).toEqual([
      'type',
      'from',
      'to',
    ]);
  });

  it('checks excerpts against the document text and their length', () => {
    const facts = {
      fulltime: { value: false, sources: [{ locator: 'Tabel 1', excerpt: 'Dit staat er niet.' }] },
    };
    expect(issuesOf(withNode({ facts }))).toEqual([
      expect.objectContaining({ record: 'AZ/CIO', field: 'facts.fulltime.sources[0].excerpt' }),
    ]);
    const long = { fulltime: { value: false, sources: [{ locator: 'Tabel 1', excerpt: 'x'.repeat(201) }] } };
    expect(issuesOf(withNode({ facts: long }))[0]).toMatchObject({
      record: 'AZ/CIO',
      field: 'facts.fulltime.sources.0.excerpt',
    });
  });

  it('only notes unchecked excerpts when the document text is absent', () => {
    const result = validateDataFiles(files(minimalMinistry));
    expect(result.issues).toEqual([]);
    expect(result.notices).toHaveLength(1);
  });

  it('rejects references to unknown documents', () => {
    const facts = { fulltime: { value: false, sources: [{ ref: 'nope', locator: 'Tabel 1' }] } };
    expect(issuesOf(withNode({ facts }))).toEqual([
      expect.objectContaining({ record: 'AZ/CIO', field: 'facts.fulltime.sources[0].ref' }),
    ]);
  });

  it('reports files that do not parse and a missing sources.yaml', () => {
    const result = validateDataFiles([{ path: 'data/broken.yaml', parseError: 'bad indentation' }]);
    expect(result.issues.map((i) => i.file).sort()).toEqual(['data/broken.yaml', 'sources.yaml']);
    expect(result.dataset).toBeUndefined();
  });

  it('derives the ministries of shared records from the id prefix', () => {
    const shared = {
      path: 'data/ministries/EZK-LNV.yaml',
      nodes: [
        {
          id: 'EZK-LNV/CIO-office',
          kind: 'organisation',
          type: 'cio_office',
          name: 'Gedeeld CIO-office',
          sources: ['Tabel 2'],
        },
        { id: 'EZK', kind: 'ministry', name: 'EZK', sources: ['Lijst'] },
        { id: 'LNV', kind: 'ministry', name: 'LNV', sources: ['Lijst'] },
        {
          id: 'XYZ-LNV/thing',
          kind: 'organisation',
          type: 'other',
          name: 'Not shared: XYZ is no ministry',
          sources: ['x'],
        },
      ],
    };
    const result = validateDataFiles(files(shared));
    expect(result.dataset?.nodes.map((n) => n.ministries)).toEqual([['EZK', 'LNV'], ['EZK'], ['LNV'], []]);
  });
});
