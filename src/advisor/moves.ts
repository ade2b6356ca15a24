// The advisor's moves: each is a small restructuring written as scenario operations (so
// `cio-graph scenario` runs it unchanged), applied to the model the way `applyScenario` applies those
// operations to the graph, and generated from the model as it stands after the moves before it.
import type { Operation } from '../scenarios/schema';
import type { Evaluator } from './evaluate';
import type { GremiaModel } from './model';

export type Move =
  | { kind: 'merge'; from: string; into: string }
  | { kind: 'retire'; body: string; reroute: { from: string; to: string }[] }
  | { kind: 'move-topic'; topic: string; from: string; to: string; alreadyThere: boolean }
  | { kind: 'drop-seat'; role: string; body: string; via: string }
  | { kind: 'set-chair'; body: string; role: string; previous: string[] };

export const MOVE_KINDS = ['merge', 'retire', 'move-topic', 'drop-seat', 'set-chair'] as const;

export function moveKey(m: Move): string {
  switch (m.kind) {
    case 'merge':
      return `merge:${m.from}>${m.into}`;
    case 'retire':
      return `retire:${m.body}`;
    case 'move-topic':
      return `move-topic:${m.topic}:${m.from}>${m.to}`;
    case 'drop-seat':
      return `drop-seat:${m.role}@${m.body}`;
    case 'set-chair':
      return `set-chair:${m.body}=${m.role}`;
  }
}

export function toOperations(m: Move): Operation[] {
  switch (m.kind) {
    case 'merge':
      return [{ op: 'merge-bodies', bodies: [m.from], into: m.into }];
    case 'retire':
      return [
        ...m.reroute.map((r): Operation => ({
          op: 'add-edge',
          kind: 'prepares_for',
          from: r.from,
          to: r.to,
        })),
        { op: 'remove-node', id: m.body },
      ];
    case 'move-topic':
      return [
        ...(m.alreadyThere ? [] : [{ op: 'add-topic', body: m.to, topic: m.topic } as Operation]),
        { op: 'remove-topic', body: m.from, topic: m.topic },
      ];
    case 'drop-seat':
      return [{ op: 'remove-membership', role: m.role, body: m.body }];
    case 'set-chair':
      return [{ op: 'set-chair', body: m.body, role: m.role }];
  }
}

/** Whether a move changes the decision chain (and the chain must be checked again). */
export const changesChain = (m: Move) => m.kind === 'merge' || m.kind === 'retire';

/**
 * The bodies whose norm findings a move can change: those it removes and those whose chairs change.
 * The rules of src/analyses/rules read chairs, reporting lines, hosting, `serves` and facts, and
 * whether a named body exists; moving a topic or dropping a membership changes only `handles` and
 * `member_of` edges. Should a rule ever read more, the final verification of every proposal on the
 * graph (constraints.ts) rejects what this lets through, and the property test fails on the rejection.
 * Call before applying the move.
 */
export function normSubjects(model: GremiaModel, m: Move): string[] {
  switch (m.kind) {
    case 'merge': {
      const from = model.body(m.from);
      const into = model.body(m.into);
      return [...from.chairs].some((c) => !into.chairs.has(c)) ? [m.from, m.into] : [m.from];
    }
    case 'retire':
      return [m.body];
    case 'set-chair':
      return [m.body];
    default:
      return [];
  }
}

/** Applies a move through the evaluator, so the totals follow. */
export function applyMove(ev: Evaluator, m: Move): void {
  const model = ev.model;
  switch (m.kind) {
    case 'merge':
      return ev.touch([m.from, m.into], () => model.merge(m.from, m.into));
    case 'retire':
      return ev.touch([m.body, ...m.reroute.map((r) => r.from)], () => {
        for (const r of m.reroute) model.addRelation({ kind: 'prepares_for', from: r.from, to: r.to });
        model.removeBody(m.body);
      });
    case 'move-topic':
      return ev.touch([m.from, m.to], () => {
        model.addTopic(m.to, m.topic);
        model.removeTopic(m.from, m.topic);
      });
    case 'drop-seat':
      return ev.touch([m.body], () => model.removeMember(m.body, m.role));
    case 'set-chair':
      return ev.touch([m.body], () => model.setChair(m.body, m.role));
  }
}

/** Every node whose relations a move changes: the ids it names and the neighbours of what it removes. */
export function touchedNodes(model: GremiaModel, m: Move): Set<string> {
  const out = new Set<string>();
  const neighbours = (body: string) => {
    if (model.graph.hasNode(body)) for (const n of model.graph.neighbors(body)) out.add(n);
    const b = model.bodies.get(body);
    if (!b) return;
    for (const x of [...b.topics, ...b.members, ...b.chairs]) out.add(x);
    for (const r of model.relationsAt(body)) out.add(r.from === body ? r.to : r.from);
  };
  switch (m.kind) {
    case 'merge':
      out.add(m.from).add(m.into);
      neighbours(m.from);
      break;
    case 'retire':
      out.add(m.body);
      neighbours(m.body);
      for (const r of m.reroute) out.add(r.from).add(r.to);
      break;
    case 'move-topic':
      out.add(m.from).add(m.to).add(m.topic);
      break;
    case 'drop-seat':
      out.add(m.role).add(m.body);
      break;
    case 'set-chair':
      out.add(m.body).add(m.role);
      for (const p of m.previous) out.add(p);
      break;
  }
  return out;
}

export interface CandidateContext {
  /** The top of the decision chain (a merge goes into the body that reaches it). */
  chainRoots: string[];
  /** Proposed chairs for bodies a norm rule finds in deviation (e.g. CIO Rijk for the CTO-raad). */
  chairTargets: { body: string; role: string }[];
}

const sharesScope = (model: GremiaModel, a: string, b: string) => {
  const sa = model.scopes(model.body(a));
  return model.scopes(model.body(b)).some((s) => sa.includes(s));
};

/** The moves possible from the model as it stands, in a stable order. */
export function candidateMoves(ev: Evaluator, ctx: CandidateContext): Move[] {
  const model = ev.model;
  const moves: Move[] = [];
  // Merge: the pairs that overlap (computed or reported), at the same level, into the body that is
  // more anchored: in the decision chain, with more relations, with more members and topics.
  const reach = model.chainReach(ctx.chainRoots);
  const weight = (id: string) => {
    const b = model.body(id);
    return [
      reach.has(id) ? 1 : 0,
      b.chairs.size ? 1 : 0,
      model.relationsAt(id).length,
      b.members.size + b.topics.size,
    ];
  };
  const heavier = (x: string, y: string) => {
    const [wx, wy] = [weight(x), weight(y)];
    for (let i = 0; i < wx.length; i++) if (wx[i] !== wy[i]) return wx[i]! > wy[i]!;
    return x < y;
  };
  for (const p of ev.pairValues()) {
    const [a, b] = [model.body(p.a), model.body(p.b)];
    if (a.level !== b.level || !sharesScope(model, p.a, p.b)) continue;
    moves.push(
      heavier(p.a, p.b) ? { kind: 'merge', from: p.b, into: p.a } : { kind: 'merge', from: p.a, into: p.b },
    );
  }
  for (const [id, b] of model.bodies) {
    // Retire: a body with a known agenda whose every topic another body handles in the same scope.
    // A body whose agenda the data does not know is not thereby redundant.
    if (b.topics.size > 0) {
      const elsewhere = [...b.topics].every((t) =>
        model
          .scopes(b)
          .every((s) =>
            [...(model.topicIndex.get(t) ?? [])].some(
              (o) => o !== id && model.scopes(model.body(o)).includes(s),
            ),
          ),
      );
      if (elsewhere) {
        const parents = model.relationsAt(id, 'prepares_for', 'out').map((r) => r.to);
        const children = model.relationsAt(id, 'prepares_for', 'in').map((r) => r.from);
        const reroute = children.flatMap((c) =>
          parents.filter((p) => p !== c).map((p) => ({ from: c, to: p })),
        );
        moves.push({ kind: 'retire', body: id, reroute });
      }
    }
    // Move a topic: to another body that already handles it in the same scope (the double agendering
    // goes), or to a body this one overlaps with at its own level (the table the two consolidate at).
    // Not to just any body: moving a topic into a large agenda lowers a Jaccard score without
    // changing who meets about what.
    const partners = ev
      .pairValues()
      .filter((p) => p.a === id || p.b === id)
      .map((p) => (p.a === id ? p.b : p.a))
      .filter((o) => model.body(o).level === b.level && sharesScope(model, id, o))
      .sort();
    for (const t of [...b.topics].sort()) {
      const others = [...(model.topicIndex.get(t) ?? [])].filter(
        (o) => o !== id && sharesScope(model, id, o),
      );
      for (const o of others.sort())
        moves.push({ kind: 'move-topic', topic: t, from: id, to: o, alreadyThere: true });
      for (const o of partners)
        if (!model.body(o).topics.has(t))
          moves.push({ kind: 'move-topic', topic: t, from: id, to: o, alreadyThere: false });
    }
    const parents = model.relationsAt(id, 'prepares_for', 'out').map((r) => r.to);
    // Drop a seat: a departmental CIO in a voorportaal of a body they also sit in.
    for (const p of parents) {
      const parent = model.body(p);
      for (const r of [...b.members].sort()) {
        if (!ev.departmentalCios.has(r) || b.chairs.has(r) || b.members.size < 2) continue;
        if (parent.members.has(r) || parent.chairs.has(r))
          moves.push({ kind: 'drop-seat', role: r, body: id, via: p });
      }
    }
  }
  for (const { body, role } of ctx.chairTargets) {
    const b = model.bodies.get(body);
    if (!b || b.chairs.size === 0 || (b.chairs.size === 1 && b.chairs.has(role))) continue;
    moves.push({ kind: 'set-chair', body, role, previous: [...b.chairs].sort() });
  }
  const seen = new Set<string>();
  return moves
    .filter((m) => !seen.has(moveKey(m)) && seen.add(moveKey(m)))
    .sort((x, y) => moveKey(x).localeCompare(moveKey(y)));
}
