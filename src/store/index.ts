// Choosing a store: the embedded graphology store (default) or Neo4j.
import type { NormalizedDataset } from '../model/validate';
import { MemoryStore } from './memory';
import { neo4jConfig } from './neo4j/config';
import type { Neo4jConfig } from './neo4j/config';
import { Neo4jStore } from './neo4j/neo4j-store';
import type { GraphStore } from './store';

export type Backend = 'memory' | 'neo4j';
export const BACKENDS: readonly Backend[] = ['memory', 'neo4j'];

/** A store holding `dataset`: loaded fresh for memory, read from the server for Neo4j. */
export async function openStore(
  backend: Backend,
  dataset: NormalizedDataset | undefined,
  neo4j: Partial<Neo4jConfig> = {},
): Promise<GraphStore> {
  if (backend === 'memory') {
    const store = new MemoryStore();
    if (dataset) await store.load(dataset);
    return store;
  }
  return new Neo4jStore(neo4jConfig(neo4j)).connect();
}

export { MemoryStore, Neo4jStore, neo4jConfig };
export type { GraphStore, Neo4jConfig };
