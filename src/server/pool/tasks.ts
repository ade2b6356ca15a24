// The heavy work the server hands to the worker pool, by kind. Each task is a pure function of its
// (structured-clonable) payload; the base graph travels as its JSON text with a key, and each worker
// parses it once per key. To add a kind: one entry here, and call `runTask(kind, payload)`.
import { cachedJson } from '../cached-body';
import type { CachedBody } from '../cached-body';
import { isMainThread, resourceLimits } from 'node:worker_threads';
import type { ResourceLimits } from 'node:worker_threads';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { advise, adviceSummary } from '../../advisor/advise';
import type { AdviseOptions } from '../../advisor/options';
import { exportGraph } from '../../interchange/export';
import type { ExportFile, ExportFormat } from '../../interchange/export';
import type { OrgGraph } from '../../model/types';
import type { ReportRequest } from '../../reports';
import type * as Reports from '../../reports';
import { applyScenario } from '../../scenarios/apply';
import { runScenario } from '../../scenarios/diff';
import { MAX_OPERATIONS, ScenarioSchema } from '../../scenarios/schema';
import type { Scenario } from '../../scenarios/schema';
import { ScenarioResultResponse, SnapshotDiffResponse, respond } from '../../contract/responses';
import { getAnalysis } from '../../analyses/registry';
import { snapshotDiff } from '../../analyses/snapshot-diff';
import type { Snapshot } from '../../model/vocabulary';
import { BodySyntaxError, rebuildError, ScenarioInputError } from './errors';

/** The graph a task works on: its JSON (graphology export) and a key that changes with it (the ETag). */
export interface BaseGraph {
  key: string;
  json: string;
}

/** A JSON body with its strong ETag, as GraphService caches it. */
export type JsonBody = CachedBody;
/** The task's answer serialised once with its ETag, as GraphService makes its own. */
export const jsonBody = cachedJson;

const parsed = new Map<string, OrgGraph>();
/** The base graph of a payload, parsed once per key in this thread (the last two kept). */
export function baseGraph(base: BaseGraph): OrgGraph {
  let graph = parsed.get(base.key);
  if (!graph) {
    graph = new MultiDirectedGraph().import(JSON.parse(base.json) as SerializedGraph) as unknown as OrgGraph;
    parsed.set(base.key, graph);
    if (parsed.size > 2) parsed.delete(parsed.keys().next().value!);
  }
  return graph;
}

/**
 * The reports module, loaded on first use. It needs ESM-only packages (vega), which a worker cannot
 * require; the worker is loaded through tsx's require hook, so tsx's ESM hooks are registered here
 * first (where tsx runs the code at all) and the module is imported as ESM.
 */
type ReportsModule = typeof Reports;
let reportsModule: Promise<ReportsModule> | undefined;
function reports(): Promise<ReportsModule> {
  reportsModule ??= (async () => {
    if (!isMainThread) (await import('tsx/esm/api')).register();
    return (await import(new URL('../../reports/index.ts', import.meta.url).href)) as ReportsModule;
  })();
  return reportsModule;
}

/**
 * A request body as a Scenario, validated here in the worker: zod over 1 000 operations costs the event
 * loop 10-35 ms a request, which under abusive POSTs was the largest block of work left on it.
 */
export function scenarioOf(body: unknown): Scenario {
  const result = ScenarioSchema.safeParse(body);
  if (result.success) return result.data;
  throw new ScenarioInputError(
    result.error.issues.map((i) => ({
      // An unknown key is the field itself: zod names it in `keys`, not in the path.
      path: [...i.path.map(String), ...(i.code === 'unrecognized_keys' ? [i.keys.join(',')] : [])].join('.'),
      message: i.message,
    })),
  );
}

/** Too many operations, told before any validation (cheap: the array's length). */
function tooManyOperations(body: unknown): boolean {
  const operations = (body as { operations?: unknown } | null)?.operations;
  return Array.isArray(operations) && operations.length > MAX_OPERATIONS;
}

/**
 * A scenario request body as the client sent it (JSON text), parsed here in the worker: parsing
 * 2 500 operations, hashing them again and copying the objects to a worker took the event loop a few
 * milliseconds a request and left their garbage to its GC; the text crosses the thread as one copy.
 */
function scenarioBodyOf(text: string): unknown {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BodySyntaxError();
  }
  if (tooManyOperations(body))
    throw new ScenarioInputError([
      { path: 'operations', message: `Too big: at most ${MAX_OPERATIONS} operations` },
    ]);
  return body;
}

/** A scenario request body (JSON text) parsed, counted and validated: what every scenario task runs. */
export function scenarioOfText(text: string): Scenario {
  return scenarioOf(scenarioBodyOf(text));
}

export const TASKS = {
  /** A scenario body (JSON text, parsed and validated here) run: its diff and the graph after it, serialised (POST /api/scenarios). */
  'scenario-run': (p: { base: BaseGraph; text: string }): JsonBody => {
    const scenario = scenarioOfText(p.text);
    const { graph, ...result } = runScenario(baseGraph(p.base), scenario, `scenario "${scenario.name}"`);
    return jsonBody(respond(ScenarioResultResponse, { ...result, graph: graph.export() }));
  },
  /** The graph after a scenario in an export format (POST /api/export). */
  /** The data exported (GET /api/export): converting to GEXF held the event loop ~180 ms. */
  export: (p: { base: BaseGraph; format: ExportFormat }): ExportFile[] =>
    exportGraph(baseGraph(p.base), p.format),
  'scenario-export': (p: { base: BaseGraph; text: string; format: ExportFormat }): ExportFile[] => {
    const scenario = scenarioOfText(p.text);
    const { graph } = applyScenario(baseGraph(p.base), scenario, `scenario "${scenario.name}"`);
    return exportGraph(graph, p.format).map((f) => ({ ...f, name: `scenario-${f.name}` }));
  },
  /** An analysis of the graph after a scenario (POST /api/analyses/:id), as GET sends it for the data. */
  'scenario-analysis': (p: {
    base: BaseGraph;
    text: string;
    analysis: string;
    params: Record<string, unknown>;
  }): JsonBody => {
    const scenario = scenarioOfText(p.text);
    const { graph } = applyScenario(baseGraph(p.base), scenario, `scenario "${scenario.name}"`);
    return jsonBody(getAnalysis(p.analysis).run(graph, p.params));
  },
  /** What changed between two snapshots in the graph after a scenario (POST /api/diff). */
  'scenario-diff': (p: { base: BaseGraph; text: string; from: Snapshot; to: Snapshot }): JsonBody => {
    const scenario = scenarioOfText(p.text);
    const { graph } = applyScenario(baseGraph(p.base), scenario, `scenario "${scenario.name}"`);
    return jsonBody(respond(SnapshotDiffResponse, snapshotDiff(graph, p.from, p.to)));
  },
  /** The advisor's proposals as GET /api/advice sends them. */
  advice: (p: { base: BaseGraph; options: Partial<AdviseOptions> }): JsonBody =>
    jsonBody(adviceSummary(advise(baseGraph(p.base), p.options))),
  /** A report up to the PDF step (HTML, Markdown, or the print job for the server's PDF queue). */
  report: async (p: { base: BaseGraph; request: ReportRequest; fingerprint: string }) => {
    try {
      return await (await reports()).prepareReport(baseGraph(p.base), p.request, p.fingerprint);
    } catch (error) {
      // The reports module is a separate (ESM) copy here, with its own error classes: rebuilt as
      // this thread's, so the worker sends them typed (an unknown ministry is a 404, not a 500).
      const e = error as Error;
      if (e instanceof Error && e.name.endsWith('Error') && e.message.startsWith('cio-graph/'))
        throw rebuildError({ name: e.name, message: e.message });
      throw error;
    }
  },
  /** Only for tests of the pool itself: spins for `ms` milliseconds of CPU. */
  spin: (p: { ms: number }): number => {
    const end = Date.now() + p.ms;
    let n = 0;
    while (Date.now() < end) n++;
    return n;
  },
  /** Only for tests of the pool itself: the heap limits this worker thread was started with. */
  limits: (_p: Record<string, never>): ResourceLimits => ({ ...resourceLimits }),
} satisfies Record<string, (payload: never) => unknown>;

export type TaskKind = keyof typeof TASKS;
export type TaskPayload<K extends TaskKind> = Parameters<(typeof TASKS)[K]>[0];
export type TaskResult<K extends TaskKind> = Awaited<ReturnType<(typeof TASKS)[K]>>;
