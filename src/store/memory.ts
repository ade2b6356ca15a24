// The embedded default: the dataset held as a graphology graph in this process.
import { getAnalysis } from '../analyses/registry';
import { buildGraph } from '../model/load';
import type { OrgGraph } from '../model/types';
import type { NormalizedDataset } from '../model/validate';
import { countClaims } from '../model/validate';
import { DatasetExistsError, DatasetMissingError, StoreError } from './errors';
import type { GraphStore, LoadOptions, LoadReport } from './store';

export class MemoryStore implements GraphStore {
  readonly backend = 'memory' as const;
  private graph: OrgGraph | undefined;
  private closed = false;

  constructor(private readonly dataset = 'default') {}

  async load(dataset: NormalizedDataset, options: LoadOptions = {}): Promise<LoadReport> {
    this.assertOpen();
    const start = Date.now();
    if (this.graph && !options.replace)
      throw new DatasetExistsError(
        `cio-graph/store: dataset '${this.dataset}' is already loaded; use replace`,
      );
    const replaced = this.graph !== undefined;
    this.graph = buildGraph(dataset);
    const claims = countClaims(dataset);
    options.onProgress?.({ phase: 'commit', done: 1, total: 1 });
    return {
      dataset: this.dataset,
      nodes: dataset.nodes.length,
      edges: dataset.edges.length,
      claims,
      replaced,
      ms: Date.now() - start,
    };
  }

  async readGraph(): Promise<OrgGraph> {
    this.assertOpen();
    if (!this.graph)
      throw new DatasetMissingError(`cio-graph/store: dataset '${this.dataset}' is not loaded`);
    // A copy: callers may change what they get without changing the store.
    return this.graph.copy() as OrgGraph;
  }

  async runAnalysis(id: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const analysis = getAnalysis(id);
    return analysis.run(await this.readGraph(), params);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.graph = undefined;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('cio-graph/store: the memory store is closed');
  }
}
