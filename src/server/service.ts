// What the API serves, computed once per dataset: the graph per snapshot, analyses per parameter set,
// the report tables, node details. A bounded cache keeps arbitrary parameter combinations from
// growing memory without limit.
import { createHash } from 'node:crypto';
import { cachedJson, cachedText } from './cached-body';
import type { CachedBody } from './cached-body';
import { ANALYSES, coerceParameters, getAnalysis } from '../analyses/registry';
import { reportTables } from '../analyses/tables';
import { renderTables, renderedTables } from '../analyses/tables-text';
import { graphLabels } from '../model/text';
import type { Lang } from '../model/text';
import { resolveFact } from '../model/facts';
import { NotFoundError } from '../model/errors';
import type { OrgGraph, SourceRef } from '../model/types';
import type { Snapshot } from '../model/vocabulary';
import type { GraphStore } from '../store/store';
import { snapshotDiff } from '../analyses/snapshot-diff';
import type { ExportFile, ExportFormat } from '../interchange/export';
import type { Scenario } from '../scenarios/schema';
import { InlineRunner } from './pool/pool';
import type { TaskRunner } from './pool/pool';
import type { BaseGraph } from './pool/tasks';
import {
  NodeDetailResponse,
  ScenarioListResponse,
  SnapshotDiffResponse,
  SourceResponse,
  respond,
} from '../contract/responses';
import type { NodeDetail, SourceResponse as Source } from '../contract/responses';

/** A scenario shipped with the data (data/scenarios/*.yaml), by its file name without extension. */
export interface ShippedScenario {
  id: string;
  scenario: Scenario;
}

/** The node detail the API sends (its schema is in the shared contract). */
export type { NodeDetail };

class BoundedCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly limit: number) {}
  async get(key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = await compute();
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
  clear(): void {
    this.entries.clear();
  }
}

/** A JSON body with its strong ETag, serialised once. */
export type CachedJson = CachedBody;
export { cachedJson };

const hashText = (text: string) => createHash('sha256').update(text).digest('base64url');
const hashOf = (value: unknown) => hashText(JSON.stringify(value));

export class GraphService {
  private graph: Promise<OrgGraph> | undefined;
  private readonly json = new BoundedCache<CachedJson>(128);
  /** Scenario results are large (the whole graph after it) and unbounded in variety: fewer are kept. */
  private readonly scenarioRuns = new BoundedCache<CachedJson>(8);

  /** Per format (a closed set), as a promise so concurrent first requests share one conversion. */
  private readonly exports = new Map<ExportFormat, Promise<ExportFile[]>>();
  /** Each exported file as cached bytes: keyed by the file, so it goes when `exports` drops it. */
  private readonly exportBodies = new WeakMap<ExportFile, CachedJson>();

  constructor(
    readonly store: GraphStore,
    readonly sourceTexts: ReadonlyMap<string, string> = new Map(),
    readonly scenarios: readonly ShippedScenario[] = [],
    /** Where heavy work runs: a worker pool in the server, this thread elsewhere. */
    readonly runner: TaskRunner = new InlineRunner(),
  ) {}

  /** The base graph as the pool's tasks take it: its JSON and its ETag as the key. */
  private async baseForTask(): Promise<BaseGraph> {
    const { body, etag } = await this.graphJson(undefined);
    return { key: etag, json: body };
  }

  scenariosJson(): Promise<CachedJson> {
    return this.json.get('scenarios', async () =>
      cachedJson(
        respond(
          ScenarioListResponse,
          this.scenarios.map(({ id, scenario }) => ({
            id,
            name: scenario.name,
            description: scenario.description,
            snapshot: scenario.snapshot,
            source: scenario.source ?? null,
            operations: scenario.operations.length,
          })),
        ),
      ),
    );
  }

  scenarioJson(id: string): Promise<CachedJson> {
    const found = this.scenarios.find((s) => s.id === id);
    if (!found) throw new NotFoundError(`cio-graph/server: no scenario '${id}'`);
    return this.json.get(`scenario:${id}`, async () => cachedJson(found.scenario));
  }

  /** A scenario's diff and the graph after it. Nothing is stored; identical requests are answered from the cache. */
  /**
   * `text` is the request body as sent; it is parsed and validated where the scenario runs (the
   * worker): bad JSON is a BodySyntaxError, a bad scenario a ScenarioInputError. The cache key is the
   * text's hash, so the same scenario formatted differently is computed once more, never mixed up.
   */
  async runScenarioJson(text: string): Promise<CachedJson> {
    const key = `run:${hashText(text)}`;
    return this.scenarioRuns.get(key, async () =>
      this.runner.runTask('scenario-run', { base: await this.baseForTask(), text }),
    );
  }

  /**
   * An analysis of the graph after a scenario: the viewer's analysis menu during a scenario. Nothing is
   * stored; identical requests are answered from the scenario cache.
   */
  async scenarioAnalysisJson(
    id: string,
    raw: Record<string, string | string[]>,
    text: string,
  ): Promise<CachedJson> {
    if (!ANALYSES.some((a) => a.id === id)) throw new NotFoundError(`cio-graph/server: no analysis '${id}'`);
    const params = coerceParameters(getAnalysis(id), raw);
    const key = `analysis:${id}:${hashOf(params)}:${hashText(text)}`;
    return this.scenarioRuns.get(key, async () =>
      this.runner.runTask('scenario-analysis', {
        base: await this.baseForTask(),
        text,
        analysis: id,
        params,
      }),
    );
  }

  /** What changed between two snapshots in the graph after a scenario. */
  async scenarioDiffJson(from: Snapshot, to: Snapshot, text: string): Promise<CachedJson> {
    return this.scenarioRuns.get(`diff:${from}:${to}:${hashText(text)}`, async () =>
      this.runner.runTask('scenario-diff', { base: await this.baseForTask(), text, from, to }),
    );
  }

  async snapshotDiffJson(from: Snapshot, to: Snapshot): Promise<CachedJson> {
    return this.json.get(`diff:${from}:${to}`, async () =>
      cachedJson(respond(SnapshotDiffResponse, snapshotDiff(await this.base(), from, to))),
    );
  }

  /** The graph after a scenario, exported; names get a 'scenario-' prefix so they are not mistaken for the data. */
  async exportScenario(text: string, format: ExportFormat): Promise<ExportFile[]> {
    return this.runner.runTask('scenario-export', { base: await this.baseForTask(), text, format });
  }

  /** The data in an export format, converted in the pool (off the event loop) once per data version. */
  export(format: ExportFormat): Promise<ExportFile[]> {
    let files = this.exports.get(format);
    if (!files) {
      const pending = (async () =>
        this.runner.runTask('export', { base: await this.baseForTask(), format }))();
      // A refusal (pool full) or a failure is not remembered: the next request tries again.
      pending.catch(() => {
        if (this.exports.get(format) === pending) this.exports.delete(format);
      });
      this.exports.set(format, (files = pending));
    }
    return files;
  }

  /** An exported file's content with its strong ETag, hashed once (its codings are encoded once in precompressed.ts). */
  cachedExport(file: ExportFile): CachedJson {
    let cached = this.exportBodies.get(file);
    if (!cached) this.exportBodies.set(file, (cached = cachedText(file.content)));
    return cached;
  }

  /** Forgets everything computed: the store's data changed (a workspace commit). */
  invalidate(): void {
    this.graph = undefined;
    this.json.clear();
    this.scenarioRuns.clear();
    this.exports.clear();
  }

  /** The store's graph, read once (until a workspace commit invalidates it). */
  base(): Promise<OrgGraph> {
    this.graph ??= this.store.readGraph().catch((error: unknown) => {
      this.graph = undefined;
      throw error;
    });
    return this.graph;
  }

  /** The graph as graphology JSON; with `lang`, its attributes also carry `labels` for its codes. */
  async graphJson(snapshot: Snapshot | undefined, lang?: Lang): Promise<CachedJson> {
    return this.json.get(`graph:${snapshot ?? 'all'}:${lang ?? '-'}`, async () => {
      const graph = await this.base();
      const exported = graph.export();
      if (snapshot) exported.edges = exported.edges.filter((e) => e.attributes!.validIn.includes(snapshot));
      // Only when asked: the plain body (and its ETag, the dataset's fingerprint) stays the data alone.
      if (lang)
        return cachedJson({
          ...exported,
          attributes: { ...exported.attributes, labels: graphLabels(graph, lang) },
        });
      return cachedJson(exported);
    });
  }

  async analysesJson(): Promise<CachedJson> {
    return this.json.get('analyses', async () =>
      cachedJson(
        ANALYSES.map((a) => ({
          id: a.id,
          title: a.title,
          description: a.description,
          parameters: a.parameters,
        })),
      ),
    );
  }

  async analysisJson(id: string, raw: Record<string, string | string[]>): Promise<CachedJson> {
    // An unknown id is a resource that does not exist (404), not a bad parameter.
    if (!ANALYSES.some((a) => a.id === id)) throw new NotFoundError(`cio-graph/server: no analysis '${id}'`);
    const analysis = getAnalysis(id);
    const params = coerceParameters(analysis, raw);
    const key = `analysis:${id}:${JSON.stringify(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)))}`;
    return this.json.get(key, async () => cachedJson(await this.store.runAnalysis(id, params)));
  }

  /** Tabel 1, 3 and 4; with `lang`, also `rendered`: the same tables in words, as the CLI prints them. */
  async tablesJson(snapshot: Snapshot, lang?: Lang): Promise<CachedJson> {
    return this.json.get(`tables:${snapshot}:${lang ?? '-'}`, async () => {
      const graph = await this.base();
      const tables = reportTables(graph, snapshot);
      return cachedJson(lang ? { ...tables, rendered: renderedTables(graph, tables, lang) } : tables);
    });
  }

  /** The tables as Markdown or CSV text, the same bytes as `cio-graph tables --format md|csv --lang`. */
  async tablesText(snapshot: Snapshot, format: 'md' | 'csv', lang: Lang): Promise<string> {
    const graph = await this.base();
    return renderTables(graph, reportTables(graph, snapshot), format, lang);
  }

  async node(id: string, snapshot: Snapshot): Promise<NodeDetail> {
    const graph = await this.base();
    if (!graph.hasNode(id)) throw new NotFoundError(`cio-graph/server: no node '${id}'`);
    const attributes = graph.getNodeAttributes(id);
    const resolved: NodeDetail['resolved'] = {};
    for (const property of Object.keys(attributes.facts ?? {}))
      resolved[property] = resolveFact(graph, id, property, snapshot) ?? null;
    const neighbours: NodeDetail['neighbours'] = [];
    graph.forEachEdge(id, (edge, a, source, target) => {
      const other = source === id ? target : source;
      neighbours.push({
        edge,
        kind: a.kind,
        direction: source === id ? 'out' : 'in',
        node: other,
        name: graph.getNodeAttribute(other, 'name'),
        validIn: a.validIn,
        ...(a.seat ? { seat: a.seat } : {}),
        sources: a.sources,
      });
    });
    return respond(NodeDetailResponse, { id, attributes: { ...attributes }, resolved, neighbours });
  }

  /** A source document, where in the dataset it is cited, and (when the text is here) the passage of an excerpt. */
  async source(id: string, excerpt?: string): Promise<Source> {
    const graph = await this.base();
    const document = graph.getAttribute('documents').find((d) => d.id === id);
    if (!document) throw new NotFoundError(`cio-graph/server: no source document '${id}'`);
    const counts = new Map<string, number>();
    const count = (sources: SourceRef[] | undefined) => {
      for (const s of sources ?? [])
        if (s.doc === id) counts.set(s.locator, (counts.get(s.locator) ?? 0) + 1);
    };
    graph.forEachNode((_n, a) => {
      count(a.sources);
      for (const claims of Object.values(a.facts ?? {})) for (const c of claims) count(c.sources);
    });
    graph.forEachEdge((_e, a) => count(a.sources));
    const citations = [...counts.entries()]
      .map(([locator, n]) => ({ locator, count: n }))
      .sort((a, b) => b.count - a.count || a.locator.localeCompare(b.locator));
    if (excerpt === undefined) return respond(SourceResponse, { document, citations });
    return respond(SourceResponse, {
      document,
      citations,
      passage: findPassage(this.sourceTexts.get(id), excerpt),
    });
  }
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The paragraph of the document text around an excerpt (whitespace-insensitive). */
export function findPassage(text: string | undefined, excerpt: string): { found: boolean; text?: string } {
  if (!text) return { found: false };
  const flat = squash(text);
  const at = flat.indexOf(squash(excerpt).trim());
  if (at < 0) return { found: false };
  const start = Math.max(0, at - 400);
  const end = Math.min(flat.length, at + excerpt.length + 400);
  return {
    found: true,
    text: `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`,
  };
}
