// The contract suite against both stores, round trip and parity on the real dataset and 20 generated
// graphs, against a real Neo4j over Bolt.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ANALYSES } from '../../src/analyses/registry';
import { DEFAULT_DATA_DIR, buildGraph, validateDataDirs } from '../../src/model/load';
import { validateDataFiles } from '../../src/model/validate';
import { centrality } from '../../src/analyses/centrality';
import { MemoryStore } from '../../src/store/memory';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { neo4jConfig } from '../../src/store/neo4j/config';
import { StoreUnavailableError } from '../../src/store/errors';
import { InvalidArgumentError } from '../../src/model/errors';
import { generateDataset } from '../../src/synthetic/generate';
import { describeStoreContract } from './store-contract';

const uri = inject('neo4jUri');
/** Each test file and suite gets its own dataset name, so tests never share database state. */
const neo4jStore = (dataset = `test-${randomUUID()}`) => new Neo4jStore(neo4jConfig({ uri, dataset }));

describeStoreContract('memory', async () => new MemoryStore());
describeStoreContract(
  'neo4j',
  async () => neo4jStore().connect(),
  async (store) => (store as Neo4jStore).drop(),
);

describe('Neo4j store on the real dataset', () => {
  const real = validateDataDirs([DEFAULT_DATA_DIR]).dataset!;
  let store: Neo4jStore;
  beforeAll(async () => {
    store = await neo4jStore().connect();
    await store.load(real);
  });
  afterAll(async () => {
    await store.drop();
    await store.close();
  });

  it('round-trips the graph: readGraph gives back the same graph, sources and claims included', async () => {
    expect((await store.readGraph()).export()).toEqual(buildGraph(real).export());
  });

  it('gives identical JSON for every analysis on both backends', async () => {
    const memory = new MemoryStore();
    await memory.load(real);
    for (const analysis of ANALYSES) {
      expect(JSON.stringify(await store.runAnalysis(analysis.id))).toBe(
        JSON.stringify(await memory.runAnalysis(analysis.id)),
      );
    }
  });

  it('gives identical JSON with non-default parameters for the analyses that run in Cypher', async () => {
    const memory = new MemoryStore();
    await memory.load(real);
    const cases: [string, Record<string, unknown>][] = [
      ['overlap', { snapshot: '2021' }],
      ['overlap', { chairsAreMembers: true, crossMinistryDepartmental: true }],
      ['overlap', { topicWeight: 0.8, memberWeight: 0.2, minScore: 0.2, roleTypes: ['cio_rijk', 'CISO'] }],
      ['fragmentation', { snapshot: '2021' }],
      ['fragmentation', { weights: { distance: 0.2, spread: 0.4, reach: 0.4 } }],
      ['contradictions', { snapshots: ['2021'] }],
    ];
    for (const [id, params] of cases)
      expect(JSON.stringify(await store.runAnalysis(id, params)), `${id} ${JSON.stringify(params)}`).toBe(
        JSON.stringify(await memory.runAnalysis(id, params)),
      );
  });

  it('rejects invalid parameters with the same error class as the memory store', async () => {
    await expect(store.runAnalysis('overlap', { topicWeight: 2 })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    await expect(store.runAnalysis('fragmentation', { snapshot: '1999' })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
  });

  it('computes degree in Cypher equal to the graphology projection', async () => {
    const expected = Object.fromEntries(centrality(buildGraph(real)).nodes.map((n) => [n.id, n.degree]));
    expect(await store.degrees()).toEqual(expected);
  });
});

describe('parity on 20 seeded generated graphs', () => {
  it('every analysis gives identical JSON on memory and Neo4j', { timeout: 240_000 }, async () => {
    const store = await neo4jStore().connect();
    try {
      for (let seed = 0; seed < 20; seed++) {
        const data = validateDataFiles(
          generateDataset({ ministries: 2 + (seed % 5), seed: `parity-${seed}` }).files,
        ).dataset!;
        await store.load(data, { replace: true });
        const memory = new MemoryStore();
        await memory.load(data);
        for (const analysis of ANALYSES) {
          expect(JSON.stringify(await store.runAnalysis(analysis.id)), `${analysis.id} seed ${seed}`).toBe(
            JSON.stringify(await memory.runAnalysis(analysis.id)),
          );
        }
      }
    } finally {
      await store.drop();
      await store.close();
    }
  });
});

describe('Neo4j connection errors', () => {
  it('maps an unreachable server to StoreUnavailableError without leaking credentials', async () => {
    const store = new Neo4jStore(
      neo4jConfig({ uri: 'bolt://127.0.0.1:1', user: 'u', password: 'secret-pw', dataset: 'x' }),
    );
    const error = await store.connect().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(String((error as Error).message)).not.toContain('secret-pw');
    await store.close();
  });
});

describe('URI schemes', () => {
  it('works with neo4j:// (routing: reads go to readers) as well as bolt://', async () => {
    const dataset = `routing-${randomUUID()}`;
    const data = validateDataFiles(generateDataset({ ministries: 2, seed: 'routing' }).files).dataset!;
    const writer = await new Neo4jStore(neo4jConfig({ uri, dataset })).connect();
    await writer.load(data);
    const router = await new Neo4jStore(
      neo4jConfig({ uri: uri.replace(/^bolt:/, 'neo4j:'), dataset }),
    ).connect();
    try {
      expect((await router.readGraph()).export()).toEqual(buildGraph(data).export());
    } finally {
      await router.close();
      await writer.drop();
      await writer.close();
    }
  });
});
