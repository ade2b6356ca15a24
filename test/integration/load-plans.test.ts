// Every statement of the Neo4j load path, EXPLAINed on the real server: no Eager operator (Eager
// materialises every row of the batch before writing, which is what made the old MERGE-based load
// slow), and relationships found by index seeks on the node key, not by scans or Expand(Into).
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EDGE_KINDS, NODE_KINDS } from '../../src/model/vocabulary';
import { CYPHER } from '../../src/store/neo4j/cypher';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { neo4jConfig } from '../../src/store/neo4j/config';

interface Plan {
  operatorType: string;
  children: Plan[];
}

const operatorOf = (plan: Plan): string => plan.operatorType.split('@')[0]!.replace('(Locking)', '');

const operators = (plan: Plan): string[] => [operatorOf(plan), ...plan.children.flatMap(operators)];

const uri = inject('neo4jUri');
let driver: Driver;

async function planOf(cypher: string, params: Record<string, unknown>): Promise<Plan> {
  const session = driver.session();
  try {
    const result = await session.run(`EXPLAIN ${cypher}`, params);
    const plan = result.summary.plan;
    if (!plan) throw new Error('no plan');
    return plan as unknown as Plan;
  } finally {
    await session.close();
  }
}

async function explain(cypher: string, params: Record<string, unknown>): Promise<string[]> {
  return operators(await planOf(cypher, params));
}

/** The operator above each Eager of a plan. */
const aboveEager = (plan: Plan): string[] =>
  plan.children.flatMap((child) => [
    ...(operatorOf(child) === 'Eager' ? [operatorOf(plan)] : []),
    ...aboveEager(child),
  ]);

const statements: [string, string, Record<string, unknown>][] = [
  ...NODE_KINDS.map((kind): [string, string, Record<string, unknown>] => [
    `nodes ${kind}`,
    CYPHER.loadNodes(kind),
    { rows: [] },
  ]),
  ...EDGE_KINDS.map((kind): [string, string, Record<string, unknown>] => [
    `edges ${kind}`,
    CYPHER.loadEdges(kind),
    { rows: [] },
  ]),
  ['claims', CYPHER.loadClaims, { rows: [] }],
  [
    'dataset record',
    CYPHER.loadDataset,
    { dataset: 'x', documentsJson: '[]', nodeCount: 0, edgeCount: 0, generation: 1 },
  ],
  ['opening the load', CYPHER.loadGeneration, { dataset: 'x' }],
];

describe('the Neo4j load statements', () => {
  beforeAll(async () => {
    driver = neo4j.driver(uri);
    // The schema (uniqueness constraint, indexes) decides the plans: create it as a load would.
    const store = await new Neo4jStore(neo4jConfig({ uri, dataset: 'plans' })).connect();
    await store.load({ documents: [], nodes: [], edges: [] }, { replace: true });
    await store.drop();
    await store.close();
  });
  afterAll(async () => driver.close());

  it.each(statements)('%s: no Eager operator', async (_name, cypher, params) => {
    const ops = await explain(cypher, params);
    expect(ops.length).toBeGreaterThan(1);
    expect(ops).not.toContain('Eager');
  });

  it('deletes the replaced generation with an index seek and an Eager only where DETACH DELETE needs one', async () => {
    // Neo4j 5 puts an Eager under every DETACH DELETE; the replaced generation is deleted by one
    // statement after all the creates, so that Eager holds the old rows once, not per batch.
    const plan = await planOf(CYPHER.deleteOtherGenerations, { dataset: 'x', keep: 'x#1|' });
    expect(operators(plan)).toContain('NodeIndexSeek');
    expect(operators(plan).some((op) => /Scan/.test(op))).toBe(false);
    expect(aboveEager(plan)).toEqual(['DetachDelete']);
  });

  it('finds relationship endpoints by unique index seeks on the key, without Expand(Into)', async () => {
    const ops = await explain(CYPHER.loadEdges('reports_to'), { rows: [] });
    expect(ops.filter((op) => op === 'NodeUniqueIndexSeek')).toHaveLength(2);
    expect(ops).not.toContain('Expand(Into)');
    expect(ops).not.toContain('NodeByLabelScan');
  });

  it('creates nodes without reading any (no MERGE, no lookup per row)', async () => {
    const ops = await explain(CYPHER.loadNodes('role'), { rows: [] });
    expect(ops).toContain('Create');
    expect(ops.some((op) => /Merge|IndexSeek|Scan/.test(op))).toBe(false);
  });
});
