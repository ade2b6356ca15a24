// The viewer's only door to the server. Errors arrive as problem+json and become ApiError.
import type { SerializedGraph } from 'graphology-types';
import type { OrgEdgeAttributes, OrgNodeAttributes, SourceRef } from '../../src/model/types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function get<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { detail?: string };
    throw new ApiError(res.status, problem.detail ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

export type GraphJson = SerializedGraph<OrgNodeAttributes, OrgEdgeAttributes>;

export interface NodeDetail {
  id: string;
  attributes: OrgNodeAttributes;
  resolved: Record<string, ResolvedFact | null>;
  neighbours: {
    edge: string;
    kind: string;
    direction: 'out' | 'in';
    node: string;
    name: string;
    validIn: string[];
    /** The seat type of a member_of or chairs relation. */
    seat?: string;
    sources: SourceRef[];
  }[];
}

export type ResolvedFact =
  | { value: unknown; sources: SourceRef[] }
  | { contested: true; claims: { value: unknown; sources: SourceRef[] }[] };

export interface Localised {
  nl: string;
  en: string;
}

export interface Evidence {
  nodes: string[];
  edges: string[];
}

export interface DeviationFinding {
  rule: string;
  article: string;
  subject: string;
  status: string;
  expected: string;
  actual: string;
  formalConsultationRequired: boolean;
  evidence: Evidence;
  sources: SourceRef[];
  explanation: Localised;
}

export interface OverlapResult {
  pairs: {
    a: string;
    b: string;
    level: string;
    topicJaccard: number;
    memberJaccard: number;
    sharedTopics: string[];
    sharedMembers: string[];
    score: number;
    reported: boolean;
    reportedNature: string[];
    sources: SourceRef[];
  }[];
  roles: { role: string; bodies: string[]; repeatedTopics: { topic: string; bodies: string[] }[] }[];
}

export interface FragmentationResult {
  ministry: string;
  ministries: string[];
  index: number;
  indexRange: [number, number];
  contested: boolean;
  components: { distance: number; spread: number; reach: number };
  roles: {
    role: string;
    id: string | null;
    placement: unknown;
    host: string[];
    hopsFromCio: number | null;
  }[];
  hosts: number;
  combined: { role: string; with: string }[];
  sources: SourceRef[];
}

export interface CentralityResult {
  nodes: {
    id: string;
    kind: string;
    degree: number;
    betweenness: number;
    pagerank: number;
    community: number;
    brokerage: number;
  }[];
  modularity: number;
}

export interface Contradiction {
  subject: string;
  property: string;
  snapshot: string;
  claims: { value: unknown; sources: SourceRef[] }[];
  evidence: Evidence;
}

export interface SnapshotChange {
  subject: string;
  property: string;
  from: unknown;
  to: unknown;
  sources: SourceRef[];
}

export interface FindingsDiff<T> {
  added: T[];
  removed: T[];
  changed: { key: string; before: T; after: T }[];
}

export interface ScenarioSummary {
  id: string;
  name: string;
  description: string;
  snapshot: string;
  source: { locator: string; excerpt?: string } | null;
  operations: number;
}

export interface ScenarioResult {
  scenario: { name: string; description: string; snapshot: string; operations: number };
  diff: {
    deviations: FindingsDiff<{
      rule: string;
      article: string;
      subject: string;
      status: string;
      actual: string;
    }>;
    overlap: FindingsDiff<{
      a: string;
      b: string;
      score: number;
      sharedTopics: string[];
      sharedMembers: string[];
      reported: boolean;
    }>;
    fragmentation: FindingsDiff<{
      ministry: string;
      index: number;
      indexRange: [number, number];
      hosts: number;
    }>;
    centrality: FindingsDiff<{ id: string; degree: number; betweenness: number }>;
    structure: {
      before: { bodies: number; memberships: number; meetingsPerCio: Record<string, number> };
      after: { bodies: number; memberships: number; meetingsPerCio: Record<string, number> };
    };
  };
  changes: {
    addedNodes: string[];
    removedNodes: string[];
    addedEdges: string[];
    removedEdges: string[];
    changedNodes: string[];
  };
  graph: GraphJson;
}

export interface AnalysisOutputs {
  changes: { from: string; to: string; changes: SnapshotChange[] };
  deviations: DeviationFinding[];
  overlap: OverlapResult;
  fragmentation: FragmentationResult[];
  centrality: CentralityResult;
  contradictions: Contradiction[];
}

export const api = {
  graph: () => get<GraphJson>('/api/graph'),
  node: (id: string, snapshot: string) =>
    get<NodeDetail>(`/api/nodes/${encodeURIComponent(id)}?snapshot=${encodeURIComponent(snapshot)}`),
  analysis: <K extends keyof AnalysisOutputs>(id: K, params: Record<string, string> = {}) =>
    get<AnalysisOutputs[K]>(
      id === 'changes'
        ? '/api/diff?from=2021&to=2024'
        : `/api/analyses/${id}?${new URLSearchParams(params).toString()}`,
    ),
  scenarios: () => get<ScenarioSummary[]>('/api/scenarios'),
  /** The graph after a scenario as a file (`query`: format and table). */
  exportScenario: async (query: string, scenario: unknown): Promise<{ blob: Blob; name: string }> => {
    const res = await fetch(`/api/export?${query}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(scenario),
    });
    if (!res.ok) {
      const problem = (await res.json().catch(() => ({}))) as { detail?: string };
      throw new ApiError(res.status, problem.detail ?? `${res.status}`);
    }
    const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? 'scenario';
    return { blob: await res.blob(), name };
  },
  scenario: (id: string) => get<unknown>(`/api/scenarios/${encodeURIComponent(id)}`),
  runScenario: async (scenario: unknown): Promise<ScenarioResult> => {
    const res = await fetch('/api/scenarios', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(scenario),
    });
    if (!res.ok) {
      const problem = (await res.json().catch(() => ({}))) as {
        detail?: string;
        errors?: { path: string; message: string }[];
      };
      throw new ApiError(
        res.status,
        [problem.detail, ...(problem.errors ?? []).map((e) => `${e.path}: ${e.message}`)]
          .filter(Boolean)
          .join('; ') || `${res.status}`,
      );
    }
    return (await res.json()) as ScenarioResult;
  },
  passage: (doc: string, excerpt: string) =>
    get<{ passage?: { found: boolean; text?: string } }>(
      `/api/sources/${encodeURIComponent(doc)}?excerpt=${encodeURIComponent(excerpt)}`,
    ),
};
