// The change writer and the bulk loader must store a record identically: for one node of every node
// kind and type and one relation of every edge kind of the real dataset, a record written by a
// workspace change (added, or changed from an altered version) reads back equal to the same record
// loaded by `cio-graph load`. The two once built their Neo4j rows separately and drifted apart.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_DATA_DIR, buildGraph, validateDataDirs } from '../../src/model/load';
import type { OrgGraph } from '../../src/model/types';
import type { NormalizedDataset } from '../../src/model/validate';
import { Neo4jChangeLog } from '../../src/store/neo4j/changes';
import { neo4jConfig } from '../../src/store/neo4j/config';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { fingerprint } from '../../src/workspace/fingerprint';
import type { ChangeRecord } from '../../src/workspace/records';

const real = validateDataDirs([DEFAULT_DATA_DIR]).dataset!;

/** One node per kind and type, and one edge per kind, preferring the records with the most fields set. */
function representatives(dataset: NormalizedDataset) {
  const richness = (o: object) => Object.values(o).filter((v) => v !== undefined).length;
  const nodes = new Map<string, NormalizedDataset['nodes'][number]>();
  for (const n of dataset.nodes) {
    const key = `${n.kind}/${n.type ?? ''}`;
    const best = nodes.get(key);
    const score = richness(n) + Object.keys(n.facts).length;
    if (!best || score > richness(best) + Object.keys(best.facts).length) nodes.set(key, n);
  }
  const edges = new Map<string, NormalizedDataset['edges'][number]>();
  for (const e of dataset.edges) {
    const best = edges.get(e.kind);
    if (!best || richness(e) > richness(best)) edges.set(e.kind, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

const reps = representatives(real);
const repNodes = new Set(reps.nodes.map((n) => n.id));
const repEdges = new Set(reps.edges.map((e) => e.id));

/** The real dataset without the representatives (and the relations of the removed nodes). */
const without: NormalizedDataset = {
  documents: real.documents,
  nodes: real.nodes.filter((n) => !repNodes.has(n.id)),
  edges: real.edges.filter((e) => !repEdges.has(e.id) && !repNodes.has(e.from) && !repNodes.has(e.to)),
};

/** The real dataset with every representative altered: other names, fewer facts, other edge fields. */
const altered: NormalizedDataset = {
  documents: real.documents,
  nodes: real.nodes.map((n) =>
    repNodes.has(n.id)
      ? {
          ...n,
          name: `${n.name} (old)`,
          nameEn: undefined,
          note: 'old',
          sources: [],
          facts: Object.fromEntries(Object.entries(n.facts).slice(1)),
        }
      : n,
  ),
  edges: real.edges.map((e) =>
    repEdges.has(e.id)
      ? { ...e, validIn: ['2021' as const], note: undefined, seat: 'old', nature: undefined, sources: [] }
      : e,
  ),
};

const record = (graph: OrgGraph): ChangeRecord => ({
  version: 1,
  kind: 'change',
  base: 0,
  author: 'test-rows',
  at: '2026-01-10T09:00:00.000Z',
  validFrom: '2026-01-10',
  reason: 'Test: write the representatives as a change',
  sources: [],
  documents: [],
  operations: [],
  touched: [],
  fingerprint: fingerprint(graph),
});

const canonical = (v: unknown) =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x)
            .filter(([, y]) => y !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : x,
  );

describe('Neo4j: a record written by a change reads back as the loader stores it', () => {
  const uri = inject('neo4jUri');
  const stores: Neo4jStore[] = [];
  let loaded: OrgGraph;

  async function storeOf(dataset: NormalizedDataset): Promise<Neo4jStore> {
    const store = await new Neo4jStore(neo4jConfig({ uri, dataset: `test-rows-${randomUUID()}` })).connect();
    stores.push(store);
    await store.load(dataset);
    return store;
  }

  /** Loads `start`, writes the change from it to the real graph, and compares with the loaded real graph. */
  async function viaChange(start: NormalizedDataset): Promise<OrgGraph> {
    const store = await storeOf(start);
    const log = new Neo4jChangeLog(store.config);
    try {
      await log.append(record(buildGraph(real)), buildGraph(start), buildGraph(real));
    } finally {
      await log.close();
    }
    return store.readGraph();
  }

  function expectSameRecords(written: OrgGraph) {
    for (const id of repNodes)
      expect(canonical(written.getNodeAttributes(id)), id).toBe(canonical(loaded.getNodeAttributes(id)));
    for (const id of repEdges)
      expect(canonical([written.extremities(id), written.getEdgeAttributes(id)]), id).toBe(
        canonical([loaded.extremities(id), loaded.getEdgeAttributes(id)]),
      );
    expect(fingerprint(written)).toBe(fingerprint(loaded));
  }

  beforeAll(async () => {
    loaded = await (await storeOf(real)).readGraph();
  });
  afterAll(async () => {
    for (const s of stores) {
      await s.drop();
      await s.close();
    }
  });

  it('covers every node kind and type and every edge kind of the real dataset', () => {
    const kinds = new Set(real.nodes.map((n) => `${n.kind}/${n.type ?? ''}`));
    expect(reps.nodes.map((n) => `${n.kind}/${n.type ?? ''}`).sort()).toEqual([...kinds].sort());
    expect(reps.edges.map((e) => e.kind).sort()).toEqual([...new Set(real.edges.map((e) => e.kind))].sort());
    // The loader's graph is the reference graph, so "equal to the loader" means "equal to the model".
    expect(fingerprint(loaded)).toBe(fingerprint(buildGraph(real)));
  });

  it('added by a change: the same properties as loaded', async () => {
    expectSameRecords(await viaChange(without));
  });

  it('changed by a change: the same properties as loaded', async () => {
    expectSameRecords(await viaChange(altered));
  });
});
