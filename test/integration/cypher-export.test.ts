// The exported Cypher script, run statement by statement in the test Neo4j, stores exactly what
// `cio-graph load` stores; and Cypher literals keep any string intact.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cypherLiteral } from '../../src/interchange/cypher-literal';
import { exportGraph } from '../../src/interchange/export';
import { neo4jConfig } from '../../src/store/neo4j/config';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { realGraph } from '../helpers/real';

const uri = inject('neo4jUri');
const driver = neo4j.driver(uri);
afterAll(() => driver.close());

/** Statements of a script: split on the ';' that ends a line (literals escape their newlines). */
const statements = (script: string) =>
  script
    .split(/;\n/)
    .map((s) =>
      s
        .split('\n')
        .filter((l) => !l.startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter(Boolean);

async function runScript(script: string): Promise<void> {
  const session = driver.session();
  try {
    for (const statement of statements(script)) await session.run(statement);
  } finally {
    await session.close();
  }
}

describe('the Cypher export', () => {
  let viaScript: Neo4jStore;
  let viaLoad: Neo4jStore;
  const a = `script-${randomUUID()}`;
  const b = `load-${randomUUID()}`;
  beforeAll(async () => {
    await runScript(exportGraph(realGraph(), 'cypher', { dataset: a })[0]!.content);
    viaScript = await new Neo4jStore(neo4jConfig({ uri, dataset: a })).connect();
    viaLoad = await new Neo4jStore(neo4jConfig({ uri, dataset: b })).connect();
  });
  afterAll(async () => {
    await viaScript.drop();
    await viaScript.close();
    await viaLoad.drop();
    await viaLoad.close();
  });

  it('recreates the real dataset exactly as cio-graph load stores it', async () => {
    expect((await viaScript.readGraph()).export()).toEqual(realGraph().export());
    const graph = realGraph();
    const { validateDataDirs, DEFAULT_DATA_DIR } = await import('../../src/model/load');
    await viaLoad.load(validateDataDirs([DEFAULT_DATA_DIR]).dataset!);
    // The same stored properties, not only the same graph read back.
    const session = driver.session();
    try {
      const props = async (dataset: string) =>
        (
          await session.run(
            `MATCH (n:CioNode {dataset: $dataset}) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p ORDER BY id`,
            { dataset },
          )
        ).records.map((r) => {
          // Integers: the script writes literals (INTEGER), the driver sends JS numbers (FLOAT); both read back alike.
          const {
            dataset: _d,
            key: _k,
            ...rest
          } = Object.fromEntries(
            Object.entries(r.get('p') as Record<string, unknown>).map(([k, v]) => [
              k,
              neo4j.isInt(v) ? v.toNumber() : v,
            ]),
          );
          return [
            r.get('id'),
            [...(r.get('labels') as string[])].sort(),
            JSON.stringify(rest, Object.keys(rest).sort()),
          ];
        });
      expect(await props(a)).toEqual(await props(b));
      const counts = async (dataset: string) =>
        (
          await session.run(
            `MATCH (n:CioNode {dataset: $dataset}) OPTIONAL MATCH (n)-[r]->() RETURN count(r) AS rels, count(DISTINCT n) AS nodes`,
            { dataset },
          )
        ).records[0]!.toObject();
      expect(await counts(a)).toEqual(await counts(b));
    } finally {
      await session.close();
    }
    expect(graph.order).toBe(480);
  });

  it('runs the analyses on the scripted dataset like on the loaded one', async () => {
    for (const id of ['overlap', 'contradictions', 'fragmentation'])
      expect(JSON.stringify(await viaScript.runAnalysis(id))).toBe(
        JSON.stringify(await viaLoad.runAnalysis(id)),
      );
  });

  it('keeps any string intact in a Cypher literal', async () => {
    const session = driver.session();
    try {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 40 }), async (s) => {
          const result = await session.run(
            `RETURN ${cypherLiteral(s)} AS v, ${cypherLiteral({ [s || 'k']: [s, 1, true, null] })} AS m`,
          );
          expect(result.records[0]!.get('v')).toBe(s);
          const m = result.records[0]!.get('m') as Record<string, unknown[]>;
          expect(m[s || 'k']![0]).toBe(s);
        }),
        { numRuns: 150 },
      );
    } finally {
      await session.close();
    }
  });

  it('keeps a relation and a claim ended by a workspace change (until, supersededBy)', async () => {
    // A graph as a workspace leaves it after a commit that ended one relation and one fact. The hand-
    // built rows the script had before dropped both fields; the store's RowBuilder keeps them.
    // A small part of the real graph (the script of all of it takes the server ~14 s): one edge with
    // its two ends and one node with facts.
    const graph = realGraph();
    const edge = graph.edges()[0]!;
    const node = graph.findNode((_, a) => Object.keys(a.facts).length > 0)!;
    const keep = new Set([graph.source(edge), graph.target(edge), node]);
    for (const n of graph.nodes()) if (!keep.has(n)) graph.dropNode(n);
    graph.mergeEdgeAttributes(edge, { until: '2025-03-01', supersededBy: 7 });
    const facts = graph.getNodeAttribute(node, 'facts');
    const [property] = Object.keys(facts);
    facts[property!]![0] = { ...facts[property!]![0]!, until: '2025-03-01', supersededBy: 7 };
    const c = `ended-${randomUUID()}`;
    await runScript(exportGraph(graph, 'cypher', { dataset: c })[0]!.content);
    const store = await new Neo4jStore(neo4jConfig({ uri, dataset: c })).connect();
    try {
      const back = await store.readGraph();
      expect(back.getEdgeAttributes(edge)).toMatchObject({ until: '2025-03-01', supersededBy: 7 });
      expect(back.getNodeAttribute(node, 'facts')[property!]![0]).toMatchObject({
        until: '2025-03-01',
        supersededBy: 7,
      });
      expect(back.export()).toEqual(graph.export());
    } finally {
      await store.drop();
      await store.close();
    }
  });
});
