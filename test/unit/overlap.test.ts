import { describe, expect, it } from 'vitest';
import { overlap } from '../../src/analyses/overlap';
import { InvalidArgumentError } from '../../src/model/errors';
import { e, graphOf, n } from '../helpers/build';

const bodies = ['a', 'b', 'c', 'empty'].map((id) => n(id, 'body', { type: 'council' }));
const topics = ['t1', 't2', 't3'].map((id) => n(`topic/${id}`, 'topic', { type: 'agenda' }));
const roles = ['r1', 'r2', 'r3'].map((id) => n(`rijk/${id}`, 'role', { type: 'departmental_cio' }));

const graph = graphOf(
  [...bodies, ...topics, ...roles],
  [
    e('handles', 'a', 'topic/t1'),
    e('handles', 'a', 'topic/t2'),
    e('handles', 'b', 'topic/t2'),
    e('handles', 'b', 'topic/t3'),
    e('member_of', 'rijk/r1', 'a'),
    e('member_of', 'rijk/r2', 'a'),
    e('member_of', 'rijk/r1', 'b'),
    e('member_of', 'rijk/r3', 'c'),
    e('chairs', 'rijk/r3', 'a'),
    e('reported_overlap', 'c', 'empty', { nature: 'double_agendering' }),
  ],
);

describe('overlap', () => {
  it('computes topic and member Jaccard and the weighted score', () => {
    const { pairs } = overlap(graph);
    const ab = pairs.find((p) => p.a === 'a' && p.b === 'b');
    expect(ab?.topicJaccard).toBeCloseTo(1 / 3, 6);
    expect(ab).toMatchObject({
      memberJaccard: 0.5,
      sharedTopics: ['topic/t2'],
      sharedMembers: ['rijk/r1'],
      reported: false,
      level: 'rijk',
    });
    expect(ab?.score).toBeCloseTo(0.5 / 3 + 0.25, 6);
  });

  it('keeps reported overlaps even without shared topics (a body with no topics)', () => {
    const { pairs } = overlap(graph);
    expect(pairs.find((p) => p.a === 'c' && p.b === 'empty')).toMatchObject({
      score: 0,
      reported: true,
      reportedNature: ['double_agendering'],
    });
    expect(pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['a-b', 'c-empty']);
  });

  it('can count chairs as members', () => {
    const { pairs } = overlap(graph, { chairsAreMembers: true });
    expect(pairs.find((p) => p.a === 'a' && p.b === 'c')).toMatchObject({ sharedMembers: ['rijk/r3'] });
  });

  it('lists per role the bodies it sits in and topics it meets twice', () => {
    const { roles: perRole } = overlap(graph);
    expect(perRole.find((r) => r.role === 'rijk/r1')).toEqual({
      role: 'rijk/r1',
      bodies: ['a', 'b'],
      repeatedTopics: [{ topic: 'topic/t2', bodies: ['a', 'b'] }],
    });
  });

  it('rejects weights that do not add up to one', () => {
    expect(() => overlap(graph, { topicWeight: 0.9, memberWeight: 0.9 })).toThrow(InvalidArgumentError);
  });
});
