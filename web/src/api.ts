// The viewer's only door to the server. Errors arrive as problem+json and become ApiError.
import type {
  AnalysisOutputs,
  GraphJson,
  NodeDetail,
  ScenarioResult,
  ScenarioSummary,
  SourceResponse,
} from '../../src/contract/responses';
import type { CompactGraph } from '../../src/contract/compact-graph';

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

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { detail?: string };
    throw new ApiError(res.status, problem.detail ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
}

// Response types come from the shared contract (the server's response schemas), so a response that
// changes shape fails the viewer's typecheck instead of the page.
export type {
  AnalysisOutputs,
  GraphJson,
  NodeDetail,
  ResolvedFact,
  ScenarioResult,
  ScenarioSummary,
  SourceResponse,
} from '../../src/contract/responses';

export interface Localised {
  nl: string;
  en: string;
}

export const api = {
  graph: () => get<GraphJson>('/api/graph'),
  /** The compact form the level-of-detail view draws (features/lod). */
  graphCompact: (snapshot: string) =>
    get<CompactGraph>(`/api/graph/compact?snapshot=${encodeURIComponent(snapshot)}`),
  node: (id: string, snapshot: string) =>
    get<NodeDetail>(`/api/nodes/${encodeURIComponent(id)}?snapshot=${encodeURIComponent(snapshot)}`),
  analysis: <K extends keyof AnalysisOutputs>(id: K, params: Record<string, string> = {}) =>
    get<AnalysisOutputs[K]>(
      id === 'changes'
        ? '/api/diff?from=2021&to=2024'
        : `/api/analyses/${id}?${new URLSearchParams(params).toString()}`,
    ),
  /** An analysis of the graph after a scenario (the server applies it; nothing is stored). */
  scenarioAnalysis: <K extends keyof AnalysisOutputs>(
    id: K,
    params: Record<string, string>,
    scenario: unknown,
  ): Promise<AnalysisOutputs[K]> =>
    post<AnalysisOutputs[K]>(
      id === 'changes'
        ? '/api/diff?from=2021&to=2024'
        : `/api/analyses/${id}?${new URLSearchParams(params).toString()}`,
      scenario,
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
    get<SourceResponse>(`/api/sources/${encodeURIComponent(doc)}?excerpt=${encodeURIComponent(excerpt)}`),
};
