// A --replace load writes a new generation of the dataset beside the one in use and deletes the old
// one last, in one transaction (Neo4j slows every index write after a delete in the same
// transaction). These tests hold the guarantees of that scheme on the real server: one generation
// stays, datasets in the older key format (the Cypher script) are replaced too, workspace changes
// after a replace write into the generation in use, and concurrent replaces of one dataset queue.
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { toCypher } from '../../src/interchange/cypher-script';
import { DEFAULT_DATA_DIR, buildGraph, validateDataDirs } from '../../src/model/load';
import { countClaims, validateDataFiles } from '../../src/model/validate';
import type { NormalizedDataset } from '../../src/model/validate';
import { Neo4jChangeLog } from '../../src/store/neo4j/changes';
import { neo4jConfig } from '../../src/store/neo4j/config';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { generateDataset } from '../../src/synthetic/generate';
import { fingerprint } from '../../src/workspace/fingerprint';

const uri = inject('neo4jUri');
const driver = neo4j.driver(uri);
const stores: Neo4jStore[] = [];
afterAll(async () => {
  for (const store of stores) {
    await store.drop();
    await store.close();
  }
  await driver.close();
});

const generated = (seed: string, ministries: number): NormalizedDataset =>
  validateDataFiles(generateDataset({ ministries, seed }).files).dataset!;

async function storeFor(dataset: string): Promise<Neo4jStore> {
  const store = await new Neo4jStore(neo4jConfig({ uri, dataset })).connect();
  stores.push(store);
  return store;
}

/** What the server holds for a dataset: node keys, claim count, relationship count, the record's generation. */
async function stored(dataset: string) {
  const session = driver.session();
  try {
    const [row] = (
      await session.run(
        `MATCH (n:CioNode {dataset: $dataset})
         WITH collect(n.key) AS keys
         OPTIONAL MATCH (c:CioClaim {dataset: $dataset})
         WITH keys, count(c) AS claims
         OPTIONAL MATCH (:CioNode {dataset: $dataset})-[r]->(:CioNode)
         WITH keys, claims, count(r) AS relationships
         OPTIONAL MATCH (d:CioDataset {name: $dataset})
         RETURN keys, claims, relationships, d.generation AS generation`,
        { dataset },
      )
    ).records;
    const value = (k: string) => {
      const v = row!.get(k);
      return neo4j.isInt(v) ? v.toNumber() : v;
    };
    return {
      keys: row!.get('keys') as string[],
      claims: value('claims') as number,
      relationships: value('relationships') as number,
      generation: value('generation') as number | null,
    };
  } finally {
    await session.close();
  }
}

describe('Neo4j load generations', () => {
  it('keeps exactly one generation after each replace: its nodes, claims and relationships', async () => {
    const dataset = `gen-${randomUUID()}`;
    const store = await storeFor(dataset);
    const a = generated('gen-a', 3);
    const b = generated('gen-b', 2);
    await store.load(a);
    await store.load(b, { replace: true });
    await store.load(a, { replace: true });
    const now = await stored(dataset);
    expect(now.generation).toBe(3);
    expect(now.keys).toHaveLength(a.nodes.length);
    expect(now.keys.every((key) => key.startsWith(`${dataset}#3|`))).toBe(true);
    expect(now.claims).toBe(countClaims(a));
    expect(now.relationships).toBe(a.edges.length);
    expect((await store.readGraph()).export()).toEqual(buildGraph(a).export());
  });

  it('replaces a dataset stored in the generation-0 key format (the Cypher script export)', async () => {
    const dataset = `gen0-${randomUUID()}`;
    const a = generated('gen0-a', 2);
    const session = driver.session();
    try {
      const script = toCypher(buildGraph(a), dataset);
      for (const statement of script.split(/;\n/).map((s) => s.replace(/^\/\/.*$/gm, '').trim()))
        if (statement) await session.run(statement);
    } finally {
      await session.close();
    }
    expect((await stored(dataset)).keys.every((key) => key.startsWith(`${dataset}|`))).toBe(true);
    const store = await storeFor(dataset);
    const b = generated('gen0-b', 3);
    expect((await store.load(b, { replace: true })).replaced).toBe(true);
    const now = await stored(dataset);
    expect(now.keys).toHaveLength(b.nodes.length);
    expect(now.keys.every((key) => key.startsWith(`${dataset}#1|`))).toBe(true);
    expect(now.claims).toBe(countClaims(b));
    expect((await store.readGraph()).export()).toEqual(buildGraph(b).export());
  });

  it('writes a workspace change after a replace into the generation in use', async () => {
    const dataset = `genchange-${randomUUID()}`;
    const real = validateDataDirs([DEFAULT_DATA_DIR]).dataset!;
    const removed = new Set(real.nodes.slice(0, 5).map((n) => n.id));
    const start: NormalizedDataset = {
      documents: real.documents,
      nodes: real.nodes.filter((n) => !removed.has(n.id)),
      edges: real.edges.filter((e) => !removed.has(e.from) && !removed.has(e.to)),
    };
    const store = await storeFor(dataset);
    await store.load(generated('genchange-old', 2));
    await store.load(start, { replace: true });
    const after = buildGraph(real);
    const log = new Neo4jChangeLog(store.config);
    try {
      await log.append(
        {
          version: 1,
          kind: 'change',
          base: 0,
          author: 'test-generations',
          at: '2026-01-10T09:00:00.000Z',
          validFrom: '2026-01-10',
          reason: 'Test: add the removed nodes back after a replace',
          sources: [],
          documents: [],
          operations: [],
          touched: [],
          fingerprint: fingerprint(after),
        },
        buildGraph(start),
        after,
      );
    } finally {
      await log.close();
    }
    expect(fingerprint(await store.readGraph())).toBe(fingerprint(after));
    expect((await stored(dataset)).keys.every((key) => key.startsWith(`${dataset}#2|`))).toBe(true);
    // Fragmentation finds its CIO-to-CxO paths by node key: it must use the generation in use.
    const memory = await import('../../src/analyses/registry');
    expect(await store.runAnalysis('fragmentation')).toEqual(
      memory.getAnalysis('fragmentation')!.run(after, {}),
    );
  });

  it('queues concurrent replaces of one dataset: each commits whole, one generation stays', async () => {
    const dataset = `genrace-${randomUUID()}`;
    const first = await storeFor(dataset);
    const second = await storeFor(dataset);
    const a = generated('genrace-a', 3);
    const b = generated('genrace-b', 2);
    await first.load(a);
    const reports = await Promise.all([first.load(b, { replace: true }), second.load(a, { replace: true })]);
    expect(reports.every((r) => r.replaced)).toBe(true);
    const now = await stored(dataset);
    expect(now.generation).toBe(3);
    const graph = (await first.readGraph()).export();
    const winner = [a, b].find((d) => isDeepStrictEqual(buildGraph(d).export(), graph));
    expect(winner).toBeDefined();
    expect(now.keys).toHaveLength(winner!.nodes.length);
    expect(now.claims).toBe(countClaims(winner!));
  });
});
