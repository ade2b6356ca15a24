// The store contract, written once and run against every implementation (graphology and Neo4j).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYSES } from '../../src/analyses/registry';
import { InvalidArgumentError } from '../../src/model/errors';
import { buildGraph } from '../../src/model/load';
import { validateDataFiles } from '../../src/model/validate';
import type { NormalizedDataset } from '../../src/model/validate';
import { DatasetExistsError, DatasetMissingError } from '../../src/store/errors';
import type { GraphStore } from '../../src/store/store';
import { generateDataset } from '../../src/synthetic/generate';

function dataset(seed: string, ministries = 3): NormalizedDataset {
  const result = validateDataFiles(generateDataset({ ministries, seed }).files);
  if (!result.dataset) throw new Error('generated dataset invalid');
  return result.dataset;
}

export function describeStoreContract(
  name: string,
  makeStore: () => Promise<GraphStore>,
  cleanup?: (store: GraphStore) => Promise<void>,
) {
  describe(`store contract: ${name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      await cleanup?.(store);
      await store.close();
    });

    it('has nothing to read before a load', async () => {
      await expect(store.readGraph()).rejects.toBeInstanceOf(DatasetMissingError);
    });

    it('reads back exactly what it loaded, sources and claims included', async () => {
      const data = dataset('contract-a');
      const report = await store.load(data);
      expect(report).toMatchObject({ nodes: data.nodes.length, edges: data.edges.length, replaced: false });
      expect((await store.readGraph()).export()).toEqual(buildGraph(data).export());
    });

    it('refuses to load over existing data without replace, and replaces with it', async () => {
      const next = dataset('contract-b', 2);
      await expect(store.load(next)).rejects.toBeInstanceOf(DatasetExistsError);
      const report = await store.load(next, { replace: true });
      expect(report.replaced).toBe(true);
      expect((await store.readGraph()).export()).toEqual(buildGraph(next).export());
    });

    it('runs every registered analysis like the pure function does', async () => {
      const graph = await store.readGraph();
      for (const analysis of ANALYSES) {
        expect(await store.runAnalysis(analysis.id)).toEqual(analysis.run(graph));
      }
    });

    it('rejects an unknown analysis with InvalidArgumentError', async () => {
      await expect(store.runAnalysis('nope')).rejects.toBeInstanceOf(InvalidArgumentError);
    });

    it('hands out copies: changing the read graph does not change the store', async () => {
      const graph = await store.readGraph();
      graph.clear();
      expect((await store.readGraph()).order).toBeGreaterThan(0);
    });
  });
}
