// The issue-10 vocabulary: body levels incl. external, new body types, seat types (incl. co_chair on
// chairs), statements and recommendations linked by `concerns`, portfolio holders.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/load';
import { validateDataFiles } from '../../src/model/validate';
import { centrality } from '../../src/analyses/centrality';
import { graphToRecords } from '../../src/interchange/records';
import { DOC_TEXT, files, minimalMinistry } from '../helpers/fixtures';

const texts = new Map([['doc', DOC_TEXT]]);
const run = (...f: Parameters<typeof files>) => validateDataFiles(files(...f), { documentTexts: texts });

const rijk = {
  path: 'data/rijk.yaml',
  nodes: [
    { id: 'cio-beraad', kind: 'body', type: 'council', name: 'CIO-beraad', sources: ['par. 3'] },
    { id: 'AZ/mt', kind: 'body', type: 'management_team', name: 'MT AZ', sources: ['par. 3'] },
    { id: 'stuurgroep', kind: 'body', type: 'steering_group', name: 'Stuurgroep', sources: ['par. 3'] },
    {
      id: 'ext/nato-board',
      kind: 'body',
      type: 'board',
      level: 'external',
      name: 'NATO board',
      sources: ['par. 3'],
    },
    { id: 'topic/ai', kind: 'topic', type: 'agenda', name: 'AI', sources: ['par. 3'] },
    {
      id: 'statement/beraad-acd',
      kind: 'statement',
      type: 'double_agendering',
      saidBy: 'ministry:AZ',
      name: 'CIO-beraad en ACD',
      sources: [{ locator: 'par. 3', excerpt: 'Het CIO-beraad en de ACD overlappen.' }],
    },
    {
      id: 'recommendation/escaleer',
      kind: 'recommendation',
      type: 'adr_advice',
      name: 'Escaleer later',
      note: 'advice, not a relation',
      sources: ['par. 3.2.2'],
    },
  ],
  edges: [
    { kind: 'concerns', from: 'statement/beraad-acd', to: 'cio-beraad', sources: ['par. 3'] },
    { kind: 'concerns', from: 'statement/beraad-acd', to: 'stuurgroep', sources: ['par. 3'] },
    { kind: 'concerns', from: 'statement/beraad-acd', to: 'topic/ai', sources: ['par. 3'] },
    { kind: 'concerns', from: 'recommendation/escaleer', to: 'cio-beraad', sources: ['par. 3.2.2'] },
    { kind: 'member_of', from: 'AZ/CIO', to: 'cio-beraad', seat: 'sponsor', sources: ['par. 3'] },
    { kind: 'member_of', from: 'AZ/SG', to: 'ext/nato-board', seat: 'advisory', sources: ['par. 3'] },
    { kind: 'chairs', from: 'AZ/CIO', to: 'stuurgroep', seat: 'co_chair', sources: ['par. 3'] },
    { kind: 'chairs', from: 'AZ/SG', to: 'stuurgroep', seat: 'co_chair', sources: ['par. 3'] },
    { kind: 'holds_portfolio', from: 'AZ/CIO', to: 'topic/ai', sources: ['par. 3'] },
  ],
};

function withRecord(patch: { node?: Record<string, unknown>; edge?: Record<string, unknown> }) {
  return {
    ...rijk,
    nodes: patch.node ? [...rijk.nodes, patch.node] : rijk.nodes,
    edges: patch.edge ? [...rijk.edges, patch.edge] : rijk.edges,
  };
}

describe('vocabulary extension (issue 10)', () => {
  it('accepts levels, body types, seats, statements, recommendations and portfolios', () => {
    const result = run(minimalMinistry, rijk);
    expect(result.issues).toEqual([]);
    const byId = new Map(result.dataset!.nodes.map((n) => [n.id, n]));
    expect(byId.get('ext/nato-board')?.level).toBe('external');
    expect(byId.get('ext/nato-board')?.ministries).toEqual([]);
    expect(byId.get('AZ/mt')?.level).toBe('departmental');
    expect(byId.get('stuurgroep')?.level).toBe('rijk');
    expect(byId.get('statement/beraad-acd')?.saidBy).toBe('ministry:AZ');
    expect(byId.get('recommendation/escaleer')?.note).toBe('advice, not a relation');
  });

  it.each([
    [
      'an ext/ body without level external',
      { node: { id: 'ext/x', kind: 'body', type: 'platform', name: 'X', sources: ['p'] } },
      'level',
    ],
    [
      'level external without an ext/ id',
      { node: { id: 'x', kind: 'body', type: 'platform', level: 'external', name: 'X', sources: ['p'] } },
      'level',
    ],
    [
      'an unknown body type',
      { node: { id: 'x', kind: 'body', type: 'club', name: 'X', sources: ['p'] } },
      'type',
    ],
    [
      'a level on a role',
      { node: { id: 'AZ/x', kind: 'role', type: 'CTO', level: 'rijk', name: 'X', sources: ['p'] } },
      'level',
    ],
    [
      'a statement without saidBy',
      { node: { id: 'statement/x', kind: 'statement', type: 'overlap', name: 'X', sources: ['p'] } },
      'saidBy',
    ],
    [
      'a statement said by nobody known',
      {
        node: {
          id: 'statement/x',
          kind: 'statement',
          type: 'overlap',
          saidBy: 'press',
          name: 'X',
          sources: ['p'],
        },
      },
      'saidBy',
    ],
    [
      'a statement said by an unknown ministry',
      {
        node: {
          id: 'statement/x',
          kind: 'statement',
          type: 'overlap',
          saidBy: 'ministry:XYZ',
          name: 'X',
          sources: ['p'],
        },
      },
      'saidBy',
    ],
    [
      'a statement of an unknown type',
      {
        node: {
          id: 'statement/x',
          kind: 'statement',
          type: 'advice',
          saidBy: 'adr',
          name: 'X',
          sources: ['p'],
        },
      },
      'type',
    ],
    [
      'a recommendation of an unknown type',
      {
        node: { id: 'recommendation/x', kind: 'recommendation', type: 'overlap', name: 'X', sources: ['p'] },
      },
      'type',
    ],
    [
      'co_chair on member_of',
      { edge: { kind: 'member_of', from: 'AZ/SG', to: 'cio-beraad', seat: 'co_chair', sources: ['p'] } },
      'seat',
    ],
    [
      'a member seat on chairs',
      { edge: { kind: 'chairs', from: 'AZ/SG', to: 'cio-beraad', seat: 'rotating', sources: ['p'] } },
      'seat',
    ],
    [
      'a vote on chairs',
      { edge: { kind: 'chairs', from: 'AZ/SG', to: 'cio-beraad', vote: 'voting', sources: ['p'] } },
      'vote',
    ],
    [
      'a seat on handles',
      { edge: { kind: 'handles', from: 'cio-beraad', to: 'topic/ai', seat: 'guest', sources: ['p'] } },
      'seat',
    ],
    [
      'concerns from a body',
      { edge: { kind: 'concerns', from: 'cio-beraad', to: 'topic/ai', sources: ['p'] } },
      'from',
    ],
    [
      'holds_portfolio to a body',
      { edge: { kind: 'holds_portfolio', from: 'AZ/CIO', to: 'cio-beraad', sources: ['p'] } },
      'to',
    ],
  ])('rejects %s', (_what, patch, field) => {
    const issues = run(minimalMinistry, withRecord(patch)).issues;
    expect(issues.map((i) => i.field)).toContain(field);
    expect(issues.every((i) => i.file === 'data/rijk.yaml')).toBe(true);
  });

  it('keeps statements and recommendations out of centrality', () => {
    const plain = buildGraph(
      run(minimalMinistry, { ...rijk, nodes: rijk.nodes.slice(0, 5), edges: rijk.edges.slice(4) }).dataset!,
    );
    const full = buildGraph(run(minimalMinistry, rijk).dataset!);
    expect(centrality(full)).toEqual(centrality(plain));
  });

  it('round-trips external levels, saidBy and notes through records', () => {
    const graph = buildGraph(run(minimalMinistry, rijk).dataset!);
    const records = graphToRecords(graph);
    const nato = records.nodes.find((n) => n.id === 'ext/nato-board');
    expect(nato?.level).toBe('external');
    // Derived levels stay derived: the record of a Rijk body has no level.
    expect(records.nodes.find((n) => n.id === 'cio-beraad')?.level).toBeUndefined();
    const again = validateDataFiles(
      [
        { path: 'sources.yaml', parsed: { documents: records.documents } },
        { path: 'all.json', parsed: { nodes: records.nodes, edges: records.edges } },
      ],
      { documentTexts: texts },
    );
    expect(again.issues).toEqual([]);
    const rebuilt = buildGraph(again.dataset!);
    expect(rebuilt.getNodeAttributes('statement/beraad-acd')).toEqual(
      graph.getNodeAttributes('statement/beraad-acd'),
    );
    expect(rebuilt.getNodeAttributes('ext/nato-board')).toEqual(graph.getNodeAttributes('ext/nato-board'));
    expect(rebuilt.getNodeAttributes('recommendation/escaleer')).toEqual(
      graph.getNodeAttributes('recommendation/escaleer'),
    );
  });
});
