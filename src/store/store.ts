// One interface over the embedded graphology store and Neo4j. Both run the same contract test suite.
import type { OrgGraph } from '../model/types';
import type { NormalizedDataset } from '../model/validate';

export interface LoadProgress {
  /** Claims are written with their node (in the 'nodes' phase), so they have no phase of their own. */
  phase: 'delete' | 'nodes' | 'edges' | 'commit';
  done: number;
  total: number;
}

export interface LoadOptions {
  /** Replace a dataset that is already there; without it, loading onto existing data fails. */
  replace?: boolean;
  onProgress?: (progress: LoadProgress) => void;
  batchSize?: number;
  /**
   * Neo4j only: how many load statements may be in flight in the transaction (default 4, see
   * store/neo4j/pipeline.ts); 1 sends each after the previous has answered.
   */
  pipelineWindow?: number;
}

export interface LoadReport {
  dataset: string;
  nodes: number;
  edges: number;
  claims: number;
  replaced: boolean;
  ms: number;
}

export interface GraphStore {
  readonly backend: 'memory' | 'neo4j';
  /** Validated data only: callers pass the dataset that `validateDataFiles` returned. */
  load(dataset: NormalizedDataset, options?: LoadOptions): Promise<LoadReport>;
  readGraph(): Promise<OrgGraph>;
  runAnalysis(id: string, params?: Record<string, unknown>): Promise<unknown>;
  close(): Promise<void>;
}
