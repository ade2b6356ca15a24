// The advisor on hand-built graphs where the best restructuring is known by construction, and the
// constraints it must never break.
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/advisor/advise';
import { checkConstraints } from '../../src/advisor/constraints';
import { InvalidArgumentError } from '../../src/model/errors';
import { applyScenario } from '../../src/scenarios/apply';
import { e, graphOf, n } from '../helpers/build';

const body = (id: string, type = 'council') => n(id, 'body', { type });
const topic = (id: string) => n(`topic/${id}`, 'topic', { type: 'agenda' });
const cio = (id: string) => n(`rijk/${id}`, 'role', { type: 'departmental_cio' });
const cioRijk = n('rijk/CIO-Rijk', 'role', { type: 'cio_rijk' });

function constraintsHold(
  graph: ReturnType<typeof graphOf>,
  advice: ReturnType<typeof advise>,
  keep: string[] = [],
) {
  for (const p of advice.proposals) {
    const { graph: after, changes } = applyScenario(graph, p.scenario);
    expect(
      checkConstraints({
        before: graph,
        after,
        changes,
        snapshot: '2024',
        keep,
        chainRoots: advice.chainRoots,
      }),
    ).toEqual([]);
  }
  expect(advice.stats.rejected).toEqual([]);
  expect(advice.stats.mismatches).toEqual([]);
}

describe('advisor: merging two bodies with the same agenda and the same members', () => {
  // x and y handle the same topics with the same two CIOs, and the report states their overlap:
  // merging one into the other removes all overlap and two seats.
  const graph = graphOf(
    [
      body('icbr', 'board'),
      body('x'),
      body('y'),
      body('z', 'committee'),
      topic('t1'),
      topic('t2'),
      topic('t3'),
      cio('a'),
      cio('b'),
      cioRijk,
    ],
    [
      e('handles', 'x', 'topic/t1'),
      e('handles', 'x', 'topic/t2'),
      e('handles', 'y', 'topic/t1'),
      e('handles', 'y', 'topic/t2'),
      e('handles', 'z', 'topic/t3'),
      e('member_of', 'rijk/a', 'x'),
      e('member_of', 'rijk/b', 'x'),
      e('member_of', 'rijk/a', 'y'),
      e('member_of', 'rijk/b', 'y'),
      e('chairs', 'rijk/CIO-Rijk', 'x'),
      e('chairs', 'rijk/a', 'y'),
      e('prepares_for', 'x', 'icbr'),
      e('prepares_for', 'y', 'icbr'),
      e('reported_overlap', 'x', 'y', { nature: 'overlap' }),
    ],
  );

  it('proposes the merge first, into the body that comes first when both are equally anchored', () => {
    const advice = advise(graph, { maxOps: 1, objectives: ['overlap', 'cioSeats'] });
    expect(advice.base).toMatchObject({ overlap: 1, reportedOverlap: 1, cioSeats: 4, bodies: 4 });
    const [best] = advice.proposals;
    expect(best!.moves).toEqual([{ kind: 'merge', from: 'y', into: 'x' }]);
    expect(best!.objectives.after).toMatchObject({ overlap: 0, reportedOverlap: 0, cioSeats: 2, bodies: 3 });
    expect(best!.scenario.operations).toEqual([
      expect.objectContaining({ op: 'merge-bodies', bodies: ['y'], into: 'x' }),
    ]);
    expect(best!.result.diff.overlap.removed).toEqual([expect.objectContaining({ a: 'x', b: 'y' })]);
    constraintsHold(graph, advice);
  });

  it('never touches a pinned body, and names an unknown pin', () => {
    const advice = advise(graph, { maxOps: 2, keep: ['x', 'y'] });
    for (const p of advice.proposals) expect(JSON.stringify(p.moves)).not.toMatch(/"(x|y)"/);
    constraintsHold(graph, advice, ['x', 'y']);
    expect(() => advise(graph, { keep: ['nope'] })).toThrow(InvalidArgumentError);
    expect(() => advise(graph, { maxOps: 0 })).toThrow(InvalidArgumentError);
  });

  it('gives the same proposals for the same seed', () => {
    const run = () => advise(graph, { maxOps: 2, seed: 's1' }).proposals.map((p) => [p.moves, p.objectives]);
    expect(run()).toEqual(run());
  });
});

describe('advisor: retiring a body, coverage and the decision chain', () => {
  // q handles only t1, which p handles too: q can go, and r (which prepares for q) is rerouted to p.
  // r and s hold the only handler of t3 and t4: they can never be retired.
  const graph = graphOf(
    [body('icbr', 'board'), body('p'), body('q', 'voorportaal'), body('r', 'voorportaal'), body('s')].concat(
      ['t1', 't2', 't3', 't4'].map(topic),
      [cio('c')],
    ),
    [
      e('handles', 'p', 'topic/t1'),
      e('handles', 'p', 'topic/t2'),
      e('handles', 'q', 'topic/t1'),
      e('handles', 'r', 'topic/t3'),
      e('handles', 's', 'topic/t4'),
      e('prepares_for', 'p', 'icbr'),
      e('prepares_for', 'q', 'p'),
      e('prepares_for', 'r', 'q'),
      e('prepares_for', 's', 'icbr'),
      ...['p', 'q', 'r', 's'].map((b) => e('chairs', 'rijk/c', b)),
    ],
  );

  it('retires q with r rerouted to p, and never retires the only handler of a topic', () => {
    const advice = advise(graph, { maxOps: 2, objectives: ['bodies', 'overlap'], top: 50 });
    const moves = advice.proposals.flatMap((p) => p.moves);
    expect(moves).toContainEqual({ kind: 'retire', body: 'q', reroute: [{ from: 'r', to: 'p' }] });
    expect(moves.filter((m) => m.kind === 'retire' && (m.body === 'r' || m.body === 's'))).toEqual([]);
    const retire = advice.proposals.find((p) => p.moves.length === 1 && p.moves[0]!.kind === 'retire')!;
    expect(retire.scenario.operations.map((o) => o.op)).toEqual(['add-edge', 'remove-node']);
    constraintsHold(graph, advice);
  });
});

describe('advisor: dropping a seat and changing a chair', () => {
  // CIO a sits in voorportaal v and in x, which v prepares for; b only in v. With x pinned no merge is
  // possible, so the one way to fewer seats is a leaving v. The CTO-raad is chaired against art. 15.7.
  const graph = graphOf(
    [
      body('icbr', 'board'),
      body('x'),
      body('v', 'voorportaal'),
      body('cio-beraad'),
      body('cto-raad', 'voorportaal'),
      topic('t1'),
      topic('t2'),
      cio('a'),
      cio('b'),
      cioRijk,
      n('rijk/hoofd', 'role', { type: 'head_of_department' }),
    ],
    [
      e('member_of', 'rijk/a', 'v'),
      e('member_of', 'rijk/b', 'v'),
      e('member_of', 'rijk/a', 'x'),
      e('chairs', 'rijk/b', 'v'),
      e('chairs', 'rijk/a', 'x'),
      e('prepares_for', 'v', 'x'),
      e('prepares_for', 'x', 'icbr'),
      e('chairs', 'rijk/CIO-Rijk', 'cio-beraad'),
      e('chairs', 'rijk/hoofd', 'cto-raad'),
      e('handles', 'cio-beraad', 'topic/t1'),
      e('handles', 'cto-raad', 'topic/t1'),
      e('handles', 'cto-raad', 'topic/t2'),
      e('handles', 'cio-beraad', 'topic/t2'),
      e('prepares_for', 'cto-raad', 'cio-beraad'),
      e('prepares_for', 'cio-beraad', 'icbr'),
    ],
  );

  it('drops the seat of the CIO who sits in the body the voorportaal prepares for', () => {
    const advice = advise(graph, { maxOps: 1, objectives: ['cioSeats'], keep: ['x'] });
    expect(advice.proposals[0]!.moves).toEqual([{ kind: 'drop-seat', role: 'rijk/a', body: 'v', via: 'x' }]);
    expect(advice.proposals[0]!.objectives.after.cioSeats).toBe(advice.base.cioSeats - 1);
    expect(advice.proposals.flatMap((p) => p.moves)).not.toContainEqual(
      expect.objectContaining({ role: 'rijk/b' }),
    );
    constraintsHold(graph, advice, ['x']);
  });

  it('makes CIO Rijk chair of the CTO-raad, and never removes the CTO-raad the Besluit names', () => {
    const advice = advise(graph, { maxOps: 2, objectives: ['deviations', 'bodies'], top: 50 });
    expect(advice.proposals[0]!.moves).toEqual([
      { kind: 'set-chair', body: 'cto-raad', role: 'rijk/CIO-Rijk', previous: ['rijk/hoofd'] },
    ]);
    expect(advice.proposals[0]!.objectives.after.deviations).toBe(advice.base.deviations - 1);
    const removesCto = (m: (typeof advice.proposals)[0]['moves'][0]) =>
      (m.kind === 'merge' && m.from === 'cto-raad') || (m.kind === 'retire' && m.body === 'cto-raad');
    expect(advice.proposals.flatMap((p) => p.moves).filter(removesCto)).toEqual([]);
    constraintsHold(graph, advice);
  });
});
