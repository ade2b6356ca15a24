// Regression tests for the scenario defects of issue 11: prototype names as fact names, merging a body
// into itself, reporting cycles longer than a self-loop, and scenarios with unbounded operation counts.
import { describe, expect, it } from 'vitest';
import { applyScenario, ScenarioError } from '../../src/scenarios/apply';
import { parseScenario, ScenarioFileError } from '../../src/scenarios/load';
import { MAX_OPERATIONS } from '../../src/scenarios/schema';
import type { ScenarioInput } from '../../src/scenarios/schema';
import { e, graphOf, ministry, n } from '../helpers/build';

/** Two CIOs in two Rijk bodies. */
function twoBodies() {
  const a = ministry('AZ');
  const b = ministry('BZ');
  return graphOf(
    [
      ...a.nodes,
      ...b.nodes,
      n('beraad', 'body', { type: 'council' }),
      n('commissie', 'body', { type: 'committee' }),
    ],
    [...a.edges, ...b.edges, e('member_of', 'AZ/CIO', 'beraad'), e('member_of', 'BZ/CIO', 'commissie')],
  );
}

const scenario = (operations: ScenarioInput['operations'], snapshot?: '2021' | '2024') =>
  parseScenario({ name: 'test', operations, ...(snapshot ? { snapshot } : {}) });

/** The error a function throws, or undefined. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('set-fact with a name from Object.prototype', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'])(
    'refuses %s as a located error at the operation, not a TypeError',
    (property) => {
      const base = twoBodies();
      const before = JSON.stringify(base.export());
      const error = thrown(() =>
        applyScenario(base, scenario([{ op: 'set-fact', node: 'AZ/CIO', property, value: true }])),
      );
      expect(error).toBeInstanceOf(ScenarioFileError);
      expect((error as ScenarioFileError).issues[0]).toMatchObject({
        record: 'operations.0',
        field: 'property',
      });
      expect(JSON.stringify(base.export())).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('refuses a prototype name even when the scenario skipped parsing (typed as any)', () => {
    const raw = {
      name: 't',
      description: '',
      snapshot: '2024',
      operations: [{ op: 'set-fact', node: 'AZ/CIO', property: 'constructor', value: true }],
    };
    const error = thrown(() => applyScenario(twoBodies(), raw as never));
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).issue.field).toBe('property');
  });
});

describe('merge-bodies into itself', () => {
  it.each([
    [['beraad'], 'bodies[0]'],
    [['commissie', 'beraad'], 'bodies[1]'],
  ])('refuses bodies %j into beraad at %s', (bodies, field) => {
    const error = thrown(() =>
      applyScenario(twoBodies(), scenario([{ op: 'merge-bodies', bodies, into: 'beraad' }])),
    );
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).issue).toMatchObject({
      record: 'operations[0] (merge-bodies)',
      field,
    });
  });
});

describe('reporting cycles', () => {
  /** AZ/CIO → AZ/SG, AZ/DG → AZ/SG, AZ/DIR → AZ/DG (2024). */
  const chain = () => {
    const a = ministry('AZ');
    return graphOf(
      [...a.nodes, n('AZ/DG', 'role', { type: 'dg' }), n('AZ/DIR', 'role', { type: 'director' })],
      [...a.edges, e('reports_to', 'AZ/DG', 'AZ/SG'), e('reports_to', 'AZ/DIR', 'AZ/DG')],
    );
  };

  it.each([
    ['two roles', [{ op: 'set-reports-to', role: 'AZ/SG', to: 'AZ/CIO' }], 0],
    ['three roles', [{ op: 'set-reports-to', role: 'AZ/SG', to: 'AZ/DIR' }], 0],
    ['an added edge', [{ op: 'add-edge', kind: 'reports_to', from: 'AZ/SG', to: 'AZ/DG' }], 0],
    [
      'a cycle closed by a later operation',
      [
        { op: 'set-reports-to', role: 'AZ/pSG', to: 'AZ/DIR' },
        { op: 'set-reports-to', role: 'AZ/SG', to: 'AZ/pSG' },
      ],
      1,
    ],
  ] as const)('refuses a cycle through %s, located at the closing operation', (_name, ops, at) => {
    const base = chain();
    const before = JSON.stringify(base.export());
    const error = thrown(() => applyScenario(base, scenario(ops as never)));
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).issue.record).toBe(`operations[${at}] (${ops[at]!.op})`);
    expect((error as ScenarioError).issue.field).toBe(ops[at]!.op === 'add-edge' ? 'to' : 'to');
    expect(JSON.stringify(base.export())).toBe(before);
  });

  it('accepts a reporting line that only looks circular across snapshots', () => {
    // In 2021 the SG reported to the CIO (hypothetically); changing 2024 must not see that edge.
    const a = ministry('AZ');
    const base = graphOf(a.nodes, [...a.edges, e('reports_to', 'AZ/SG', 'AZ/pSG', { validIn: ['2021'] })]);
    expect(() =>
      applyScenario(base, scenario([{ op: 'set-reports-to', role: 'AZ/pSG', to: 'AZ/CIO' }])),
    ).not.toThrow();
  });

  it('re-pointing the line that closes the loop is fine (the old line is dropped first)', () => {
    expect(() =>
      applyScenario(chain(), scenario([{ op: 'set-reports-to', role: 'AZ/DG', to: 'AZ/CIO' }])),
    ).not.toThrow();
  });
});

describe('operation-count limit', () => {
  it('refuses more than MAX_OPERATIONS operations as a located file error', () => {
    const ops = Array.from({ length: MAX_OPERATIONS + 1 }, () => ({ op: 'remove-node', id: 'x' }));
    const error = thrown(() => scenario(ops as never));
    expect(error).toBeInstanceOf(ScenarioFileError);
    expect((error as ScenarioFileError).issues[0]!.field).toBe('operations');
  });

  it('accepts exactly MAX_OPERATIONS', () => {
    const ops = Array.from({ length: MAX_OPERATIONS }, () => ({ op: 'remove-node', id: 'x' }));
    expect(scenario(ops as never).operations).toHaveLength(MAX_OPERATIONS);
  });
});
