// Incremental evaluation: the objectives and the model-level constraints kept as running totals over
// per-body and per-pair contributions. A move names the bodies it touches; `touch` takes their
// contributions (and those of every pair they are in) out, applies the move, and puts the new ones
// back. Everything goes through the model's undo log, so rolling a move back restores the totals.
import { CHAIN_KINDS, OVERLAP_DEFAULTS, pairKey, scoreOverlap } from '../analyses/overlap';
import type { OverlapEvidence, OverlapOptions } from '../analyses/overlap';
import { meetingsPerYear } from './frequency';
import { relationKey } from './model';
import type { GremiaModel } from './model';

export interface PairValue {
  a: string;
  b: string;
  score: number;
  reported: boolean;
}

/**
 * How overlap is measured: the pairs among (or with) the given bodies and their values. Behind an
 * interface so a new definition of overlap (issue 10) replaces one implementation, not the search.
 */
export interface OverlapMeasure {
  pairsWith(model: GremiaModel, bodies: Set<string>): PairValue[];
}

/**
 * The overlap analysis (src/analyses/overlap.ts), scored by its own `scoreOverlap` on evidence built
 * from the model for the pairs a move touches: topics, members, people (members and chairs, a
 * departmental CIO's seat weighted), the chain relations joining a pair (a chain with disjoint
 * people is mirroring, score 0), and the statements naming both bodies. Pairs across levels are
 * mirroring too and score 0; they are left out, as no move acts across levels.
 */
export function analysisOverlapMeasure(options: Partial<OverlapOptions> = {}): OverlapMeasure {
  const o: OverlapOptions = { ...OVERLAP_DEFAULTS, ...options };
  return {
    pairsWith(model, bodies) {
      const evidence: OverlapEvidence = {
        bodies: new Map(),
        shared: new Map(),
        chains: new Map(),
        statements: new Map(),
        roles: [],
      };
      const isCio = (id: string) =>
        model.graph.hasNode(id) && model.graph.getNodeAttribute(id, 'type') === 'departmental_cio';
      const people = (id: string) => {
        const b = model.body(id);
        return new Set([...b.members, ...b.chairs]);
      };
      const describe = (id: string) => {
        if (evidence.bodies.has(id)) return;
        const b = model.body(id);
        const seats = people(id);
        evidence.bodies.set(id, {
          level: b.level,
          ministries: b.ministries,
          topics: b.topics.size,
          members: b.members.size,
          seats: seats.size,
          cioSeats: [...seats].filter(isCio).length,
        });
      };
      const item = (x: string) => ({ id: x, sourcesA: [], sourcesB: [] });
      for (const id of bodies) {
        if (!model.bodies.has(id)) continue;
        const b = model.body(id);
        describe(id);
        const partners = new Set<string>();
        for (const t of b.topics) for (const p of model.topicIndex.get(t) ?? []) partners.add(p);
        for (const m of b.members) for (const p of model.memberIndex.get(m) ?? []) partners.add(p);
        for (const r of model.relationsAt(id, 'reported_overlap'))
          partners.add(r.from === id ? r.to : r.from);
        for (const st of model.statementsOf.get(id) ?? [])
          for (const p of model.statements.get(st) ?? []) partners.add(p);
        partners.delete(id);
        const mine = people(id);
        for (const p of partners) {
          const k = pairKey(id, p);
          if (evidence.shared.has(k)) continue;
          describe(p);
          const q = model.body(p);
          const theirs = people(p);
          evidence.shared.set(k, {
            topics: [...b.topics].filter((t) => q.topics.has(t)).map(item),
            members: [...b.members].filter((m) => q.members.has(m)).map(item),
            people: [...mine].filter((m) => theirs.has(m)).map((m) => ({ ...item(m), cio: isCio(m) })),
          });
          const between = model.relationsAt(id).filter((r) => r.from === p || r.to === p);
          const chain = [
            ...new Set(between.map((r) => r.kind).filter((x) => CHAIN_KINDS.includes(x))),
          ].sort();
          if (chain.length) evidence.chains.set(k, chain);
          const statements = [
            ...between
              .filter((r) => r.kind === 'reported_overlap')
              .map((r) => ({ id: relationKey(r), nature: undefined, sources: [] })),
            ...model.statementsOfPair(id, p).map((st) => ({ id: st, nature: undefined, sources: [] })),
          ];
          if (statements.length) evidence.statements.set(k, statements);
        }
      }
      return scoreOverlap(evidence, o)
        .pairs.filter((p) => p.level !== 'mixed')
        .map(({ a, b, score, reported }) => ({ a, b, score, reported }));
    },
  };
}

export interface Totals {
  /** Sum of the computed overlap scores over all pairs. */
  overlap: number;
  /** Pairs of bodies whose overlap the report states. */
  reportedOverlap: number;
  /** Seats (member or chair) held by departmental CIOs. */
  cioSeats: number;
  /** Meetings per year departmental CIOs sit in, over bodies whose frequency is known. */
  meetingLoad: number;
  /** Departmental-CIO seats in bodies whose frequency is unknown (not in meetingLoad). */
  seatsWithUnknownFrequency: number;
  bodies: number;
  /** Topic-in-scope pairs handled at the start that no body handles any more. */
  lostCoverage: number;
  /** Bodies that had a chair at the start and have none now. */
  chairless: number;
  /** Bodies that had members at the start and have none now. */
  memberless: number;
}

interface BodyContribution {
  seats: number;
  load: number;
  unknownSeats: number;
  coverage: string[];
  chairless: number;
  memberless: number;
}

export class Evaluator {
  readonly totals: Totals = {
    overlap: 0,
    reportedOverlap: 0,
    cioSeats: 0,
    meetingLoad: 0,
    seatsWithUnknownFrequency: 0,
    bodies: 0,
    lostCoverage: 0,
    chairless: 0,
    memberless: 0,
  };
  private readonly pairs = new Map<string, PairValue>();
  private readonly pairsOf = new Map<string, Set<string>>();
  private readonly coverage = new Map<string, number>();
  private readonly contributions = new Map<string, BodyContribution>();
  private readonly frequency = new Map<string, number | null>();
  private readonly hadChair = new Set<string>();
  private readonly hadMembers = new Set<string>();
  /** Topic-in-scope keys handled at the start; losing one breaks the coverage constraint. */
  private readonly baseline = new Set<string>();
  readonly departmentalCios: Set<string>;

  constructor(
    readonly model: GremiaModel,
    readonly measure: OverlapMeasure = analysisOverlapMeasure(),
  ) {
    const graph = model.graph;
    this.departmentalCios = new Set(
      graph.filterNodes((_n, a) => a.kind === 'role' && a.type === 'departmental_cio'),
    );
    for (const [id, b] of model.bodies) {
      this.frequency.set(id, meetingsPerYear(graph, id, model.snapshot));
      if (b.chairs.size) this.hadChair.add(id);
      if (b.members.size) this.hadMembers.add(id);
    }
    const recording = model.log.recording;
    model.log.recording = false;
    for (const id of model.bodies.keys()) this.addBody(id);
    for (const p of this.measure.pairsWith(model, new Set(model.bodies.keys()))) this.addPair(p);
    for (const [k, n] of this.coverage) if (n > 0) this.baseline.add(k);
    model.log.recording = recording;
  }

  /** The pairs as they stand, for candidate generation. */
  pairValues(): PairValue[] {
    return [...this.pairs.values()];
  }

  private set<K extends keyof Totals>(key: K, value: Totals[K]): void {
    const old = this.totals[key];
    if (old === value) return;
    this.totals[key] = value;
    this.model.log.push(() => (this.totals[key] = old));
  }

  private contribution(id: string): BodyContribution {
    const b = this.model.body(id);
    let seats = 0;
    for (const r of new Set([...b.members, ...b.chairs])) if (this.departmentalCios.has(r)) seats++;
    const f = this.frequency.get(id) ?? null;
    return {
      seats,
      load: f === null ? 0 : f * seats,
      unknownSeats: f === null ? seats : 0,
      coverage: this.model.scopes(b).flatMap((s) => [...b.topics].map((t) => `${s}|${t}`)),
      chairless: this.hadChair.has(id) && b.chairs.size === 0 ? 1 : 0,
      memberless: this.hadMembers.has(id) && b.members.size === 0 ? 1 : 0,
    };
  }

  private cover(key: string, delta: number): void {
    const before = this.coverage.get(key) ?? 0;
    const after = before + delta;
    this.coverage.set(key, after);
    this.model.log.push(() => this.coverage.set(key, before));
    if (!this.baseline.has(key)) return;
    if (before > 0 && after === 0) this.set('lostCoverage', this.totals.lostCoverage + 1);
    if (before === 0 && after > 0) this.set('lostCoverage', this.totals.lostCoverage - 1);
  }

  private addBody(id: string): void {
    const c = this.contribution(id);
    this.contributions.set(id, c);
    this.model.log.push(() => this.contributions.delete(id));
    const t = this.totals;
    this.set('cioSeats', t.cioSeats + c.seats);
    this.set('meetingLoad', t.meetingLoad + c.load);
    this.set('seatsWithUnknownFrequency', t.seatsWithUnknownFrequency + c.unknownSeats);
    this.set('chairless', t.chairless + c.chairless);
    this.set('memberless', t.memberless + c.memberless);
    this.set('bodies', t.bodies + 1);
    for (const k of c.coverage) this.cover(k, 1);
  }

  private dropBody(id: string): void {
    const c = this.contributions.get(id);
    if (!c) return;
    this.contributions.delete(id);
    this.model.log.push(() => this.contributions.set(id, c));
    const t = this.totals;
    this.set('cioSeats', t.cioSeats - c.seats);
    this.set('meetingLoad', t.meetingLoad - c.load);
    this.set('seatsWithUnknownFrequency', t.seatsWithUnknownFrequency - c.unknownSeats);
    this.set('chairless', t.chairless - c.chairless);
    this.set('memberless', t.memberless - c.memberless);
    this.set('bodies', t.bodies - 1);
    for (const k of c.coverage) this.cover(k, -1);
  }

  private index(body: string): Set<string> {
    let s = this.pairsOf.get(body);
    if (!s) this.pairsOf.set(body, (s = new Set()));
    return s;
  }

  private addPair(p: PairValue): void {
    const k = pairKey(p.a, p.b);
    this.pairs.set(k, p);
    this.index(p.a).add(k);
    this.index(p.b).add(k);
    this.model.log.push(() => {
      this.pairs.delete(k);
      this.pairsOf.get(p.a)?.delete(k);
      this.pairsOf.get(p.b)?.delete(k);
    });
    this.set('overlap', this.totals.overlap + p.score);
    if (p.reported) this.set('reportedOverlap', this.totals.reportedOverlap + 1);
  }

  private dropPair(k: string): void {
    const p = this.pairs.get(k);
    if (!p) return;
    this.pairs.delete(k);
    this.pairsOf.get(p.a)?.delete(k);
    this.pairsOf.get(p.b)?.delete(k);
    this.model.log.push(() => {
      this.pairs.set(k, p);
      this.index(p.a).add(k);
      this.index(p.b).add(k);
    });
    this.set('overlap', this.totals.overlap - p.score);
    if (p.reported) this.set('reportedOverlap', this.totals.reportedOverlap - 1);
  }

  /** Applies `mutate` to the model, recomputing only what depends on the touched bodies. */
  touch(bodies: string[], mutate: () => void): void {
    const touched = new Set(bodies.filter((b) => this.model.bodies.has(b)));
    for (const b of touched) {
      this.dropBody(b);
      for (const k of [...(this.pairsOf.get(b) ?? [])]) this.dropPair(k);
    }
    mutate();
    const alive = new Set([...touched].filter((b) => this.model.bodies.has(b)));
    for (const b of alive) this.addBody(b);
    for (const p of this.measure.pairsWith(this.model, alive))
      if (!this.pairs.has(pairKey(p.a, p.b))) this.addPair(p);
  }

  /**
   * The objective totals recomputed from scratch on the model as it stands: the oracle the incremental
   * totals are tested against. (The constraint counts are relative to a start, so they are 0 here.)
   */
  static fromScratch(model: GremiaModel, measure?: OverlapMeasure): Totals {
    return { ...new Evaluator(model, measure).totals };
  }
}
