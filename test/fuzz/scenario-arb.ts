// Abusive and careless scenarios as fast-check arbitraries: operation lists built from the real
// dataset's ids and from ids that are not there or are prototype names, with wrong-typed fields,
// missing and unknown keys, self-merges, reporting cycles of one to three roles, counts past the limit,
// and whole bodies of the wrong type. Most are refused; some are valid, so the accepted path runs too.
import fc from 'fast-check';
import type { OrgGraph } from '../../src/model/types';
import { FACT_NAMES } from '../../src/model/schema';
import { OPERATIONS, MAX_OPERATIONS } from '../../src/scenarios/schema';
import { EDGE_KINDS, NODE_KINDS } from '../../src/model/vocabulary';
import { TOKENS } from './mutate';

/** Names that index an object's prototype when a lookup is not prototype-free. */
export const PROTOTYPE_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'prototype',
  'valueOf',
  '__defineGetter__',
];

/** Values of every JSON type, and a few that are valid somewhere. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, Infinity, 2 ** 53, '', '2024', 'x'.repeat(300), [], {}, [1, 'a']),
  fc.constantFrom(...TOKENS),
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
);

export interface ScenarioIds {
  roles: string[];
  bodies: string[];
  ministries: string[];
  organisations: string[];
  nodes: string[];
  edges: string[];
  topics: string[];
}

export function idsOf(graph: OrgGraph): ScenarioIds {
  const of = (kind: string) => graph.filterNodes((_n, a) => a.kind === kind);
  return {
    roles: of('role'),
    bodies: of('body'),
    ministries: of('ministry'),
    organisations: of('organisation'),
    nodes: graph.nodes(),
    edges: graph.edges(),
    topics: of('topic'),
  };
}

/** An id: mostly one of the right kind, sometimes of another kind, unknown or a prototype name. */
function idOf(ids: ScenarioIds, kind: keyof ScenarioIds): fc.Arbitrary<string> {
  const pool = ids[kind].length ? ids[kind] : ids.nodes;
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...pool) },
    { weight: 1, arbitrary: fc.constantFrom(...ids.nodes) },
    { weight: 1, arbitrary: fc.constantFrom('nope', 'AZ/NOPE', '', 'x'.repeat(201), ...PROTOTYPE_NAMES) },
  );
}

/** One operation that is well-formed (it parses); whether it applies depends on the graph. */
function operation(ids: ScenarioIds): fc.Arbitrary<Record<string, unknown>> {
  const role = idOf(ids, 'roles');
  const body = idOf(ids, 'bodies');
  const node = idOf(ids, 'nodes');
  const host = fc.oneof(idOf(ids, 'organisations'), idOf(ids, 'ministries'));
  const newId = fc.oneof(
    fc.constantFrom('fuzz/a', 'fuzz/b', 'AZ/CIO', ...PROTOTYPE_NAMES),
    fc.stringMatching(/^[a-z][a-z0-9/]{0,12}$/),
  );
  return fc.oneof(
    fc.record({ op: fc.constant('merge-bodies'), bodies: fc.array(body, { maxLength: 3 }), into: body }),
    fc.record({ op: fc.constant('remove-node'), id: node }),
    fc.record(
      {
        op: fc.constant('add-node'),
        id: newId,
        kind: fc.constantFrom(...NODE_KINDS),
        type: fc.constantFrom('CIO', 'CTO', 'SG', 'beraad', 'nope', '__proto__'),
        name: fc.constantFrom('n', 'constructor', 'Nieuw'),
      },
      { requiredKeys: ['op', 'id', 'kind', 'name'] },
    ),
    fc.record(
      { op: fc.constant('add-edge'), kind: fc.constantFrom(...EDGE_KINDS), from: node, to: node, id: newId },
      { requiredKeys: ['op', 'kind', 'from', 'to'] },
    ),
    fc.record(
      {
        op: fc.constant('remove-edge'),
        id: fc.oneof(fc.constantFrom(...ids.edges), fc.constantFrom(...PROTOTYPE_NAMES)),
        kind: fc.constantFrom(...EDGE_KINDS),
        from: node,
        to: node,
      },
      { requiredKeys: ['op'] },
    ),
    fc.record({ op: fc.constant('set-reports-to'), role, to: role }),
    fc.record(
      { op: fc.constant('move-role'), role, host, placement: fc.constantFrom('formal', 'nope', '__proto__') },
      { requiredKeys: ['op', 'role', 'host'] },
    ),
    fc.record({ op: fc.constant('set-chair'), body, role }),
    fc.record({ op: fc.constant('add-membership'), role, body }),
    fc.record({ op: fc.constant('remove-membership'), role, body }),
    fc.record({ op: fc.constant('add-topic'), body, topic: idOf(ids, 'topics') }),
    fc.record({ op: fc.constant('remove-topic'), body, topic: idOf(ids, 'topics') }),
    fc.record({
      op: fc.constant('set-fact'),
      node,
      property: fc.constantFrom(...FACT_NAMES),
      value: fc.oneof(fc.constantFrom(true, false, null, 'formal', 'SG', 0.5, 3, ['a']), anyValue),
    }),
  );
}

/** Damage to one operation: a field of the wrong type, a field gone, an unknown or prototype key, or no object at all. */
function damaged(op: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.tuple(op, fc.nat(), anyValue).map(([o, k, v]) => {
      const keys = Object.keys(o);
      return { ...o, [keys[k % keys.length]!]: v };
    }),
    fc.tuple(op, fc.nat()).map(([o, k]) => {
      const copy = { ...o };
      delete copy[Object.keys(o)[k % Object.keys(o).length]!];
      return copy;
    }),
    fc
      .tuple(op, fc.constantFrom('extra', 'note ', ...PROTOTYPE_NAMES), anyValue)
      // JSON.parse makes `__proto__` an own key, as a request body would.
      .map(([o, key, v]) =>
        JSON.parse(`${JSON.stringify(o).slice(0, -1)},${JSON.stringify(key)}:${JSON.stringify(v ?? null)}}`),
      ),
    fc
      .tuple(op, fc.constantFrom(...OPERATIONS, 'nope', '', ...PROTOTYPE_NAMES))
      .map(([o, name]) => ({ ...o, op: name })),
    fc
      .tuple(op, fc.constantFrom('property', 'op', 'node', 'role'), fc.constantFrom(...PROTOTYPE_NAMES))
      .map(([o, key, name]) => ({ ...o, [key]: name })),
    anyValue,
  );
}

/** The semantic traps: self-merge, reporting cycles of one, two and three roles. */
function trap(ids: ScenarioIds): fc.Arbitrary<Record<string, unknown>[]> {
  const roles = fc.uniqueArray(fc.constantFrom(...ids.roles), { minLength: 3, maxLength: 3 });
  return fc.oneof(
    fc.constantFrom(...ids.bodies).map((b) => [{ op: 'merge-bodies', bodies: [b], into: b }]),
    fc
      .tuple(fc.constantFrom(...ids.bodies), fc.constantFrom(...ids.bodies))
      .map(([a, b]) => [{ op: 'merge-bodies', bodies: [a, b], into: b }]),
    roles.map(([a]) => [{ op: 'set-reports-to', role: a, to: a }]),
    roles.map(([a, b]) => [
      { op: 'set-reports-to', role: a, to: b },
      { op: 'set-reports-to', role: b, to: a },
    ]),
    roles.map(([a, b, c]) => [
      { op: 'set-reports-to', role: a, to: b },
      { op: 'set-reports-to', role: b, to: c },
      { op: 'set-reports-to', role: c, to: a },
    ]),
  );
}

/** A whole scenario body as a client might send it. */
export function scenarioInput(ids: ScenarioIds): fc.Arbitrary<unknown> {
  const op = operation(ids);
  const ops = fc.array(fc.oneof({ weight: 3, arbitrary: op }, { weight: 2, arbitrary: damaged(op) }), {
    maxLength: 8,
  });
  const withTraps = fc
    .tuple(fc.array(op, { maxLength: 3 }), trap(ids), fc.array(op, { maxLength: 2 }))
    .map(([a, t, b]) => [...a, ...t, ...b]);
  // Past the limit: the count is refused, not the work done.
  const huge = fc
    .tuple(op, fc.integer({ min: 1, max: 50 }))
    .map(([o, extra]) => Array.from({ length: MAX_OPERATIONS + extra }, () => o));
  const operations = fc.oneof(
    { weight: 6, arbitrary: ops },
    { weight: 3, arbitrary: withTraps },
    { weight: 1, arbitrary: huge },
    { weight: 1, arbitrary: anyValue },
  );
  const name = fc.oneof({ weight: 8, arbitrary: fc.constant('fuzz') }, { weight: 1, arbitrary: anyValue });
  return fc.oneof(
    {
      weight: 12,
      arbitrary: fc.record(
        {
          name,
          operations,
          snapshot: fc.constantFrom('2021', '2024', '1999', 2024),
          description: fc.constantFrom('', 'd', 5),
        },
        { requiredKeys: ['name', 'operations'] },
      ),
    },
    { weight: 1, arbitrary: anyValue },
  );
}
