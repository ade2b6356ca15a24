// The embedded store of a server with a workspace: the workspace's current version as a GraphStore,
// so every existing route (graph, analyses, tables, scenarios) serves the edited graph.
import { getAnalysis } from '../analyses/registry';
import type { OrgGraph } from '../model/types';
import { StoreError } from '../store/errors';
import type { GraphStore, LoadReport } from '../store/store';
import type { Workspace } from './workspace';

export class WorkspaceStore implements GraphStore {
  readonly backend = 'memory' as const;

  constructor(private readonly workspace: Workspace) {}

  async load(): Promise<LoadReport> {
    throw new StoreError('cio-graph/workspace: a workspace changes through change sets, not loads');
  }

  async readGraph(): Promise<OrgGraph> {
    return this.workspace.graph.copy() as OrgGraph;
  }

  async runAnalysis(id: string, params: Record<string, unknown> = {}): Promise<unknown> {
    return getAnalysis(id).run(await this.readGraph(), params);
  }

  async close(): Promise<void> {}
}
