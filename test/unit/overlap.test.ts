import { describe, expect, it } from 'vitest';
import { overlap } from '../../src/analyses/overlap';
import { rankCheck } from '../../src/analyses/overlap-rank';
import { InvalidArgumentError } from '../../src/model/errors';
import { e, f, graphOf, n } from '../helpers/build';

const bodies = ['a', 'b', 'c', 'empty', 'prep', 'prep2'].map((id) => n(id, 'body', { type: 'council' }));
const topics = ['t1', 't2', 't3'].map((id) => n(`topic/${id}`, 'topic', { type: 'agenda' }));
// r1, r2: departmental CIOs (their seats weigh double); r3, r4: other roles.
const roles = [
  n('XX/r1', 'role', { type: 'departmental_cio' }),
  n('YY/r2', 'role', { type: 'departmental_cio' }),
  n('rijk/r3', 'role', { type: 'CISO' }),
  n('rijk/r4', 'role', { type: 'CTO' }),
];

const graph = graphOf(
  [
    n('XX', 'ministry'),
    n('YY', 'ministry'),
    ...bodies,
    n('XX/dept', 'body', { type: 'platform', facts: { meetingFrequency: f('1x per 2 weken') } }),
    ...topics,
    ...roles,
    n('statement/s1', 'statement', { type: 'double_agendering', saidBy: 'ministry:XX' }),
  ].map((x) =>
    x.id === 'a'
      ? { ...x, facts: { meetingFrequency: f('maandelijks') } }
      : x.id === 'b'
        ? { ...x, facts: { meetingFrequency: f('vaak 1 x per jaar') } }
        : x,
  ),
  [
    e('handles', 'a', 'topic/t1'),
    e('handles', 'a', 'topic/t2'),
    e('handles', 'b', 'topic/t2'),
    e('handles', 'b', 'topic/t3'),
    e('handles', 'prep', 'topic/t1'),
    e('handles', 'prep2', 'topic/t1'),
    e('handles', 'XX/dept', 'topic/t1'),
    e('member_of', 'XX/r1', 'a'),
    e('member_of', 'YY/r2', 'a'),
    e('member_of', 'XX/r1', 'b'),
    e('member_of', 'rijk/r3', 'c'),
    e('chairs', 'rijk/r3', 'a'),
    e('member_of', 'rijk/r4', 'prep'),
    e('member_of', 'XX/r1', 'XX/dept'),
    e('prepares_for', 'prep', 'a'),
    e('prepares_for', 'prep2', 'a'),
    e('reported_overlap', 'c', 'empty', { nature: 'overlap' }),
    e('concerns', 'statement/s1', 'a'),
    e('concerns', 'statement/s1', 'b'),
    e('concerns', 'statement/s1', 'empty'),
    e('concerns', 'statement/s1', 'topic/t2'),
  ],
);
const pairs = overlap(graph).pairs;
const pair = (a: string, b: string) => pairs.find((p) => p.a === a && p.b === b);

describe('overlap', () => {
  it('scores the shared agenda, doubled by the same people (CIO seats weighted)', () => {
    // a: 2 topics, seats r1 (CIO), r2 (CIO), r3 (chair) → weight 5; b: 2 topics, seat r1 → weight 2.
    expect(pair('a', 'b')).toMatchObject({
      relation: 'overlap',
      mirroring: null,
      topicShare: 0.5,
      peopleShare: 1,
      peopleKnown: true,
      sharedTopics: ['topic/t2'],
      sharedPeople: ['XX/r1'],
      sharedCioSeats: 1,
      score: 0.5,
      level: 'rijk',
    });
  });

  it('keeps the old Jaccard terms as components', () => {
    const ab = pair('a', 'b')!;
    expect(ab.topicJaccard).toBeCloseTo(1 / 3, 6);
    expect(ab.memberJaccard).toBe(0.5);
    expect(ab.sharedMembers).toEqual(['XX/r1']);
    expect(ab.jaccardScore).toBeCloseTo(0.5 / 3 + 0.25, 6);
  });

  it('calls a departmental body and a Rijk body on one topic mirroring, not overlap', () => {
    expect(pair('XX/dept', 'a')).toMatchObject({
      relation: 'mirroring',
      mirroring: 'cross_level',
      score: 0,
      level: 'mixed',
      sharedTopics: ['topic/t1'],
    });
  });

  it('calls a chain of different people mirroring, and keeps a chain of unknown people scored', () => {
    expect(pair('a', 'prep')).toMatchObject({
      relation: 'mirroring',
      mirroring: 'chain',
      chain: ['prepares_for'],
      score: 0,
    });
    // prep2 has no recorded seats: nothing shows the people differ, so the shared topic counts.
    expect(pair('a', 'prep2')).toMatchObject({
      relation: 'overlap',
      chain: ['prepares_for'],
      peopleKnown: false,
      score: 0.5,
    });
  });

  it('reports every pair of an n-ary statement, and a reported_overlap edge as a two-body statement', () => {
    for (const [a, b] of [
      ['a', 'b'],
      ['a', 'empty'],
      ['b', 'empty'],
    ] as const)
      expect(pair(a, b)).toMatchObject({
        reported: true,
        statements: ['statement/s1'],
        reportedNature: ['double_agendering'],
      });
    expect(pair('c', 'empty')).toMatchObject({
      reported: true,
      score: 0,
      statements: ['c->empty:reported_overlap'],
    });
    expect(pair('a', 'b')?.sources.map((s) => s.locator)).toContain('t');
  });

  it('ranks overlap above mirroring and the report’s pairs first among equals', () => {
    const scores = pairs.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    const firstMirroring = pairs.findIndex((p) => p.relation === 'mirroring');
    expect(pairs.slice(firstMirroring).every((p) => p.relation === 'mirroring' || p.score === 0)).toBe(true);
  });

  it('can count chairs as members in the Jaccard term', () => {
    expect(pair('a', 'c')).toBeUndefined();
    expect(
      overlap(graph, { chairsAreMembers: true }).pairs.find((p) => p.a === 'a' && p.b === 'c'),
    ).toMatchObject({
      sharedMembers: ['rijk/r3'],
      sharedPeople: ['rijk/r3'],
    });
  });

  it('gives per CIO the meeting load where the frequency is known, and lists the unknown', () => {
    const r1 = overlap(graph).roles.find((r) => r.role === 'XX/r1')!;
    expect(r1.bodies).toEqual(['XX/dept', 'a', 'b']);
    expect(r1.load).toEqual({
      meetingsPerYear: 38, // maandelijks (12) + 1x per 2 weken (26); b's "vaak 1 x per jaar" is hedged
      known: 2,
      unknown: 1,
      frequencies: [
        { body: 'XX/dept', wording: ['1x per 2 weken'], perYear: 26 },
        { body: 'a', wording: ['maandelijks'], perYear: 12 },
        { body: 'b', wording: ['vaak 1 x per jaar'], perYear: null, reason: 'hedged' },
      ],
    });
    expect(r1.repeatedTopics).toEqual([
      { topic: 'topic/t1', bodies: ['XX/dept', 'a'], meetingsPerYear: 38, unknownFrequency: [] },
      { topic: 'topic/t2', bodies: ['a', 'b'], meetingsPerYear: 12, unknownFrequency: ['b'] },
    ]);
  });

  it('does not guess a contested frequency', () => {
    const g = graphOf(
      [
        n('x', 'body', {
          type: 'council',
          facts: { meetingFrequency: { claims: [f('maandelijks'), f('eens per jaar')] } },
        }),
        n('rijk/cio', 'role', { type: 'departmental_cio' }),
      ],
      [e('member_of', 'rijk/cio', 'x')],
    );
    expect(overlap(g).roles[0]?.load).toMatchObject({ meetingsPerYear: 0, known: 0, unknown: 1 });
    expect(overlap(g).roles[0]?.load.frequencies[0]).toMatchObject({ reason: 'contested', perYear: null });
  });

  it('rejects weights that do not add up to one', () => {
    expect(() => overlap(graph, { topicWeight: 0.9, memberWeight: 0.9 })).toThrow(InvalidArgumentError);
  });
});

describe('rankCheck', () => {
  it('is 1 when every reported pair outranks every other, 0.5 on ties, 0 when reversed', () => {
    const ps = [
      { s: 3, r: true },
      { s: 2, r: true },
      { s: 1, r: false },
      { s: 0, r: false },
    ];
    expect(
      rankCheck(
        ps,
        (p) => p.s,
        (p) => p.r,
      ),
    ).toMatchObject({ auc: 1, meanRankReported: 1.5, meanRankUnreported: 3.5 });
    expect(
      rankCheck(
        ps,
        () => 0,
        (p) => p.r,
      ).auc,
    ).toBe(0.5);
    expect(
      rankCheck(
        ps,
        (p) => -p.s,
        (p) => p.r,
      ).auc,
    ).toBe(0);
  });
});
