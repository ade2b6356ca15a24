// The advisor's working model of the gremia: per body its topics, members, chairs and relations to
// other bodies, read once from the graph for one snapshot. Search applies a move to this model and
// undoes it again (an undo log, no copies), so evaluating a candidate costs what the move touches,
// not what the graph holds. Every mutation mirrors what `applyScenario` does to the graph for the
// operations the move is written as; the final proposals are re-run through `applyScenario` and
// compared (src/advisor/verify.ts), so the two cannot drift unnoticed.
import type { OrgGraph } from '../model/types';
import type { BodyLevel, Snapshot } from '../model/vocabulary';

/** Relations between bodies the model follows (a merge re-points them; a retirement drops them). */
export const BODY_RELATIONS = [
  'prepares_for',
  'decides_for',
  'advises',
  'escalates_to',
  'reported_overlap',
] as const;
export type BodyRelation = (typeof BODY_RELATIONS)[number];

export interface BodyState {
  id: string;
  level: BodyLevel;
  ministries: string[];
  type: string | undefined;
  topics: Set<string>;
  /** `member_of` sources (roles and organisations). */
  members: Set<string>;
  chairs: Set<string>;
}

/** A relation between two bodies, keyed `kind|from|to`. */
export interface Relation {
  kind: BodyRelation;
  from: string;
  to: string;
}

export const relationKey = (r: Relation) => `${r.kind}|${r.from}|${r.to}`;

/** Undo log: every change to the model pushes its inverse; `rollback(mark)` replays them backwards. */
export class UndoLog {
  private readonly steps: (() => void)[] = [];
  /** Off while the model is built from the graph: building is not undoable. */
  recording = false;
  mark(): number {
    return this.steps.length;
  }
  push(inverse: () => void): void {
    if (this.recording) this.steps.push(inverse);
  }
  rollback(mark: number): void {
    while (this.steps.length > mark) this.steps.pop()!();
  }
}

export class GremiaModel {
  readonly bodies = new Map<string, BodyState>();
  readonly relations = new Map<string, Relation>();
  /** Per body the keys of the relations it is an end of. */
  readonly relationsOf = new Map<string, Set<string>>();
  /** Inverted indexes: topic → bodies handling it, member → bodies it sits in (member_of). */
  readonly topicIndex = new Map<string, Set<string>>();
  readonly memberIndex = new Map<string, Set<string>>();
  /**
   * Statements of overlap (issue 10's `statement` nodes) and the bodies they name through `concerns`
   * edges; a merge re-points them to the surviving body, as it does the edges.
   */
  readonly statements = new Map<string, Set<string>>();
  readonly statementsOf = new Map<string, Set<string>>();
  readonly log = new UndoLog();

  constructor(
    readonly graph: OrgGraph,
    readonly snapshot: Snapshot,
  ) {
    graph.forEachNode((id, a) => {
      if (a.kind !== 'body') return;
      this.bodies.set(id, {
        id,
        level: a.level ?? 'rijk',
        ministries: a.ministries,
        type: a.type,
        topics: new Set(),
        members: new Set(),
        chairs: new Set(),
      });
      this.relationsOf.set(id, new Set());
    });
    graph.forEachEdge((_e, a, s, t) => {
      if (!a.validIn.includes(snapshot)) return;
      if (a.kind === 'handles' && this.bodies.has(s)) this.addTopic(s, t);
      else if (a.kind === 'member_of' && this.bodies.has(t)) this.addMember(t, s);
      else if (a.kind === 'chairs' && this.bodies.has(t)) this.addChair(t, s);
      else if (
        a.kind === 'concerns' &&
        this.bodies.has(t) &&
        graph.getNodeAttribute(s, 'kind') === 'statement'
      )
        this.addStatement(s, t);
      else if (
        (BODY_RELATIONS as readonly string[]).includes(a.kind) &&
        this.bodies.has(s) &&
        this.bodies.has(t)
      )
        this.addRelation({ kind: a.kind as BodyRelation, from: s, to: t });
    });
    this.log.recording = true;
  }

  body(id: string): BodyState {
    const b = this.bodies.get(id);
    if (!b) throw new Error(`cio-graph/advisor: no body '${id}' in the model`);
    return b;
  }

  /** The scope a body handles a topic in: the Rijk, outside the Rijksdienst, or each ministry of a departmental body. */
  scopes(b: BodyState): string[] {
    if (b.level === 'departmental') return b.ministries.map((m) => `dep:${m}`);
    return [b.level];
  }

  private indexAdd(index: Map<string, Set<string>>, key: string, body: string): void {
    let set = index.get(key);
    if (!set) index.set(key, (set = new Set()));
    set.add(body);
  }

  addTopic(body: string, topic: string): void {
    const b = this.body(body);
    if (b.topics.has(topic)) return;
    b.topics.add(topic);
    this.indexAdd(this.topicIndex, topic, body);
    this.log.push(() => {
      b.topics.delete(topic);
      this.topicIndex.get(topic)!.delete(body);
    });
  }

  removeTopic(body: string, topic: string): void {
    const b = this.body(body);
    if (!b.topics.delete(topic)) return;
    this.topicIndex.get(topic)!.delete(body);
    this.log.push(() => {
      b.topics.add(topic);
      this.topicIndex.get(topic)!.add(body);
    });
  }

  addMember(body: string, member: string): void {
    const b = this.body(body);
    if (b.members.has(member)) return;
    b.members.add(member);
    this.indexAdd(this.memberIndex, member, body);
    this.log.push(() => {
      b.members.delete(member);
      this.memberIndex.get(member)!.delete(body);
    });
  }

  removeMember(body: string, member: string): void {
    const b = this.body(body);
    if (!b.members.delete(member)) return;
    this.memberIndex.get(member)!.delete(body);
    this.log.push(() => {
      b.members.add(member);
      this.memberIndex.get(member)!.add(body);
    });
  }

  addChair(body: string, role: string): void {
    const b = this.body(body);
    if (b.chairs.has(role)) return;
    b.chairs.add(role);
    this.log.push(() => b.chairs.delete(role));
  }

  removeChair(body: string, role: string): void {
    const b = this.body(body);
    if (!b.chairs.delete(role)) return;
    this.log.push(() => b.chairs.add(role));
  }

  addStatement(statement: string, body: string): void {
    let bodies = this.statements.get(statement);
    if (!bodies) this.statements.set(statement, (bodies = new Set()));
    if (bodies.has(body)) return;
    bodies.add(body);
    let of = this.statementsOf.get(body);
    if (!of) this.statementsOf.set(body, (of = new Set()));
    of.add(statement);
    this.log.push(() => {
      bodies.delete(body);
      this.statementsOf.get(body)?.delete(statement);
    });
  }

  removeStatement(statement: string, body: string): void {
    const bodies = this.statements.get(statement);
    if (!bodies?.delete(body)) return;
    this.statementsOf.get(body)?.delete(statement);
    this.log.push(() => {
      bodies.add(body);
      this.statementsOf.get(body)!.add(statement);
    });
  }

  /** The statements that name both bodies. */
  statementsOfPair(a: string, b: string): string[] {
    const of = this.statementsOf.get(b);
    return [...(this.statementsOf.get(a) ?? [])].filter((s) => of?.has(s)).sort();
  }

  addRelation(r: Relation): void {
    const key = relationKey(r);
    if (this.relations.has(key) || r.from === r.to) return;
    this.relations.set(key, r);
    this.relationsOf.get(r.from)!.add(key);
    this.relationsOf.get(r.to)!.add(key);
    this.log.push(() => {
      this.relations.delete(key);
      this.relationsOf.get(r.from)?.delete(key);
      this.relationsOf.get(r.to)?.delete(key);
    });
  }

  removeRelation(key: string): void {
    const r = this.relations.get(key);
    if (!r) return;
    this.relations.delete(key);
    this.relationsOf.get(r.from)?.delete(key);
    this.relationsOf.get(r.to)?.delete(key);
    this.log.push(() => {
      this.relations.set(key, r);
      this.relationsOf.get(r.from)?.add(key);
      this.relationsOf.get(r.to)?.add(key);
    });
  }

  /** Relations of a body, optionally of one kind and direction. */
  relationsAt(body: string, kind?: BodyRelation, direction?: 'out' | 'in'): Relation[] {
    const out: Relation[] = [];
    for (const key of this.relationsOf.get(body) ?? []) {
      const r = this.relations.get(key)!;
      if (kind && r.kind !== kind) continue;
      if (direction === 'out' && r.from !== body) continue;
      if (direction === 'in' && r.to !== body) continue;
      out.push(r);
    }
    return out.sort((x, y) => relationKey(x).localeCompare(relationKey(y)));
  }

  /** Drops a body and everything attached to it, as `remove-node` does. */
  removeBody(id: string): void {
    const b = this.body(id);
    for (const t of [...b.topics]) this.removeTopic(id, t);
    for (const m of [...b.members]) this.removeMember(id, m);
    for (const c of [...b.chairs]) this.removeChair(id, c);
    for (const key of [...this.relationsOf.get(id)!]) this.removeRelation(key);
    for (const st of [...(this.statementsOf.get(id) ?? [])]) this.removeStatement(st, id);
    const keys = this.relationsOf.get(id)!;
    this.bodies.delete(id);
    this.relationsOf.delete(id);
    this.log.push(() => {
      this.bodies.set(id, b);
      this.relationsOf.set(id, keys);
    });
  }

  /**
   * `merge-bodies { bodies: [from], into }`: every relation of `from` moves to `into`, one between the
   * two disappears, a relation `into` already has is kept once; then `from` is dropped.
   */
  merge(from: string, into: string): void {
    const a = this.body(from);
    for (const t of a.topics) this.addTopic(into, t);
    for (const m of a.members) this.addMember(into, m);
    for (const c of a.chairs) this.addChair(into, c);
    for (const st of this.statementsOf.get(from) ?? []) this.addStatement(st, into);
    for (const r of this.relationsAt(from)) {
      const moved = {
        kind: r.kind,
        from: r.from === from ? into : r.from,
        to: r.to === from ? into : r.to,
      };
      if (moved.from !== moved.to) this.addRelation(moved);
    }
    this.removeBody(from);
  }

  /** `set-chair`: the body's chairs in the snapshot are replaced by one. */
  setChair(body: string, role: string): void {
    for (const c of [...this.body(body).chairs]) this.removeChair(body, c);
    this.addChair(body, role);
  }

  /**
   * Bodies that reach one of the roots through the decision chain: `prepares_for` upward, and a
   * `decides_for` edge (X decides for Y) taking Y's matters up to X.
   */
  chainReach(roots: string[]): Set<string> {
    const reached = new Set(roots.filter((r) => this.bodies.has(r)));
    const queue = [...reached];
    while (queue.length) {
      const node = queue.pop()!;
      for (const key of this.relationsOf.get(node) ?? []) {
        const r = this.relations.get(key)!;
        const next =
          r.kind === 'prepares_for' && r.to === node
            ? r.from
            : r.kind === 'decides_for' && r.from === node
              ? r.to
              : undefined;
        if (next !== undefined && !reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    return reached;
  }
}
