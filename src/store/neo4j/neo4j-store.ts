// The Neo4j store. A load is one write transaction: a crash or a killed server mid-load leaves the
// previous complete dataset (or none), never part of the new one. A --replace writes the new
// generation beside the old one and deletes the old one last, in the same transaction (see RowBuilder
// in rows.ts for why that order is 10x faster than deleting first). Analyses that Cypher expresses well
// run in Cypher (contradictions, degree, overlap, the reach of fragmentation); the others run with
// graphology on the graph read back: deviations (the rules resolve claims, explain-records and
// contested relations in one TypeScript implementation; a second one in Cypher would drift from it),
// betweenness and Louvain.
import { MultiDirectedGraph } from 'graphology';
import { CONTRADICTIONS_DEFAULTS, ContradictionsOptionsSchema } from '../../analyses/contradictions';
import type { Contradiction } from '../../analyses/contradictions';
import { resolveOptions } from '../../analyses/options';
import { getAnalysis } from '../../analyses/registry';
import { resolveClaims } from '../../model/facts';
import { cxoPositions, stelsels } from '../../model/queries';
import {
  FRAGMENTATION_DEFAULTS,
  FragmentationOptionsSchema,
  fragmentation,
} from '../../analyses/fragmentation';
import type { FragmentationOptions, FragmentationResult, ReachOracle } from '../../analyses/fragmentation';
import type { OverlapOptions, OverlapResult } from '../../analyses/overlap';
import type {
  Claim,
  OrgEdgeAttributes,
  OrgGraph,
  OrgGraphAttributes,
  OrgNodeAttributes,
} from '../../model/types';
import type { NormalizedDataset } from '../../model/validate';
import type { EdgeKind, NodeKind, Snapshot } from '../../model/vocabulary';
import { DatasetExistsError, DatasetMissingError, StoreError } from '../errors';
import type { GraphStore, LoadOptions, LoadReport } from '../store';
import { assertDatasetName } from './config';
import type { Neo4jConfig } from './config';
import { CYPHER, kindOfType } from './cypher';
import { Executor, int } from './executor';
import { StatementPipeline } from './pipeline';
import { neo4jOverlap } from './overlap';
import { RowBuilder, batches, edgeAttributesOf, nodeAttributesOf } from './rows';
import type { Row } from './rows';

type Run = (cypher: string, params?: Record<string, unknown>) => Promise<Row[]>;

/** The rows of a bulk load, grouped as the load statements take them: nodes and edges by kind. */
function loadRows(rows: RowBuilder, dataset: NormalizedDataset) {
  const nodeRows = new Map<NodeKind, Row[]>();
  let claimCount = 0;
  dataset.nodes.forEach((node, ord) => {
    const kindRows = nodeRows.get(node.kind) ?? [];
    const claims = rows.claimRows(node.id, node.facts, () => claimCount++);
    kindRows.push({ props: rows.nodeProps(node.id, node, ord), claims });
    nodeRows.set(node.kind, kindRows);
  });
  const edgeRows = new Map<EdgeKind, Row[]>();
  dataset.edges.forEach((edge, ord) => {
    const kindRows = edgeRows.get(edge.kind) ?? [];
    kindRows.push(rows.edgeRow(edge.id, edge.from, edge.to, edge, ord));
    edgeRows.set(edge.kind, kindRows);
  });
  return { nodeRows, claimCount, edgeRows };
}

export class Neo4jStore implements GraphStore {
  readonly backend = 'neo4j' as const;
  private readonly executor: Executor;
  private schemaReady = false;
  private closed = false;

  constructor(readonly config: Neo4jConfig) {
    assertDatasetName(config.dataset);
    this.executor = new Executor(config);
  }

  private get dataset(): string {
    return this.config.dataset;
  }

  async connect(): Promise<this> {
    await this.executor.verify();
    return this;
  }

  private async ensureSchema(): Promise<void> {
    if (this.schemaReady) return;
    await this.executor.schema(CYPHER.schema);
    this.schemaReady = true;
  }

  async load(dataset: NormalizedDataset, options: LoadOptions = {}): Promise<LoadReport> {
    this.assertOpen();
    const start = Date.now();
    const size = options.batchSize ?? 5000;
    await this.ensureSchema();
    let claimCount = 0;
    let replaced = false;
    await this.executor.write(async (run) => {
      const [existing] = await run(CYPHER.loadGeneration, { dataset: this.dataset });
      const inUse = Number(existing?.generation ?? 0);
      if (Number(existing?.nodes ?? 0) > 0) {
        if (!options.replace)
          throw new DatasetExistsError(
            `cio-graph/store: dataset '${this.dataset}' is already in Neo4j; use --replace`,
          );
        replaced = true;
      }
      // A new generation, created beside the one in use, which is deleted last (see RowBuilder).
      const rows = new RowBuilder(this.dataset, inUse + 1);
      const built = loadRows(rows, dataset);
      claimCount = built.claimCount;
      const total = dataset.nodes.length + claimCount + dataset.edges.length;
      let done = 0;
      // Pipelined (see pipeline.ts): the server runs them in order, so every node exists before
      // the edge statements behind it execute; progress is reported as each batch answers.
      const pipeline = new StatementPipeline(options.pipelineWindow);
      // Nodes with their claims: a batch holds `size` nodes, and the claims count towards progress.
      for (const [kind, kindRows] of built.nodeRows) {
        for (const batch of batches(kindRows, size)) {
          const entities = batch.reduce((sum, row) => sum + 1 + (row.claims as Row[]).length, 0);
          await pipeline.add(run(CYPHER.loadNodes(kind), { rows: batch }), () => {
            done += entities;
            options.onProgress?.({ phase: 'nodes', done, total });
          });
        }
      }
      for (const [kind, kindRows] of built.edgeRows) {
        for (const batch of batches(kindRows, size)) {
          await pipeline.add(run(CYPHER.loadEdges(kind), { rows: batch }), () => {
            done += batch.length;
            options.onProgress?.({ phase: 'edges', done, total });
          });
        }
      }
      await pipeline.drain();
      if (replaced) {
        await run(CYPHER.deleteOtherGenerations, { dataset: this.dataset, keep: rows.keyPrefix });
        options.onProgress?.({ phase: 'delete', done, total });
      }
      await run(CYPHER.loadDataset, {
        dataset: this.dataset,
        documentsJson: JSON.stringify(dataset.documents),
        nodeCount: dataset.nodes.length,
        edgeCount: dataset.edges.length,
        generation: int(rows.generation),
      });
      options.onProgress?.({ phase: 'commit', done: total, total });
    });
    return {
      dataset: this.dataset,
      nodes: dataset.nodes.length,
      edges: dataset.edges.length,
      claims: claimCount,
      replaced,
      ms: Date.now() - start,
    };
  }

  async readGraph(): Promise<OrgGraph> {
    return (await this.readGraphAndKeys()).graph;
  }

  /** The graph and the key builder of the generation it was read from (for Cypher that finds nodes by key). */
  private async readGraphAndKeys(): Promise<{ graph: OrgGraph; keys: RowBuilder }> {
    this.assertOpen();
    const [info] = await this.executor.read<{ documentsJson: string; generation: number }>(
      CYPHER.datasetInfo,
      {
        dataset: this.dataset,
      },
    );
    if (!info)
      throw new DatasetMissingError(
        `cio-graph/store: dataset '${this.dataset}' is not in Neo4j; run cio-graph load`,
      );
    const graph: OrgGraph = new MultiDirectedGraph<
      OrgNodeAttributes,
      OrgEdgeAttributes,
      OrgGraphAttributes
    >();
    graph.replaceAttributes({ documents: JSON.parse(info.documentsJson) });
    const nodes = await this.executor.read<{ node: Row; claims: Row[] }>(CYPHER.readNodes, {
      dataset: this.dataset,
    });
    for (const { node, claims } of nodes) graph.addNode(String(node.id), nodeAttributesOf(node, claims));
    const edges = await this.executor.read<{ source: string; target: string; props: Row }>(CYPHER.readEdges, {
      dataset: this.dataset,
    });
    for (const { source, target, props } of edges) {
      const kind = kindOfType(String(props.type));
      if (!kind) throw new StoreError(`cio-graph/store: unexpected relationship type ${String(props.type)}`);
      const attributes = edgeAttributesOf(kind, props);
      graph.addDirectedEdgeWithKey(String(props.id), source, target, attributes);
    }
    return { graph, keys: new RowBuilder(this.dataset, info.generation) };
  }

  /** Contradictions found by Cypher, shaped by the same claim resolution as the memory store. */
  async contradictions(options: Partial<typeof CONTRADICTIONS_DEFAULTS> = {}): Promise<Contradiction[]> {
    const o = resolveOptions('contradictions', ContradictionsOptionsSchema, CONTRADICTIONS_DEFAULTS, options);
    const out: Contradiction[] = [];
    for (const snapshot of o.snapshots) {
      const facts = await this.executor.read<{ subject: string; property: string; claims: Row[] }>(
        CYPHER.contradictions,
        { dataset: this.dataset, snapshot },
      );
      for (const row of facts) {
        const claims: Claim[] = [...row.claims]
          .sort((a, b) => Number(a.ord) - Number(b.ord))
          .map((c) => ({
            value: JSON.parse(String(c.valueJson)),
            sources: JSON.parse(String(c.sourcesJson)),
            validIn: c.validIn as Snapshot[],
          }));
        const resolved = resolveClaims(claims, snapshot);
        if (resolved && 'contested' in resolved)
          out.push({
            subject: row.subject,
            property: row.property,
            snapshot,
            claims: resolved.claims,
            evidence: { nodes: [row.subject], edges: [] },
          });
      }
      const relations = await this.executor.read<{ subject: string; edges: Row[] }>(
        CYPHER.contestedRelations,
        { dataset: this.dataset, snapshot },
      );
      for (const row of relations) {
        const edges = [...row.edges].sort((a, b) => Number(a.ord) - Number(b.ord));
        out.push({
          subject: row.subject,
          property: kindOfType(String(edges[0]?.type)) ?? String(edges[0]?.type),
          snapshot,
          claims: edges.map((e) => ({ value: String(e.target), sources: JSON.parse(String(e.sourcesJson)) })),
          evidence: {
            nodes: [row.subject, ...edges.map((e) => String(e.target))],
            edges: edges.map((e) => String(e.id)),
          },
        });
      }
    }
    return out.sort(
      (a, b) =>
        a.snapshot.localeCompare(b.snapshot) ||
        a.subject.localeCompare(b.subject) ||
        a.property.localeCompare(b.property),
    );
  }

  /** Degree on the undirected simple projection, in Cypher. */
  async degrees(snapshot: Snapshot = '2024'): Promise<Record<string, number>> {
    const rows = await this.executor.read<{ id: string; degree: number }>(CYPHER.degree, {
      dataset: this.dataset,
      snapshot,
    });
    return Object.fromEntries(rows.map((r) => [r.id, r.degree]));
  }

  /** Overlap with its evidence gathered in Cypher and scored by the shared code (./overlap.ts). */
  async overlap(options: Partial<OverlapOptions> = {}): Promise<OverlapResult> {
    return neo4jOverlap((cypher, params) => this.executor.read(cypher, params), this.dataset, options);
  }

  /** Fragmentation with the CIO-to-CxO path lengths computed by shortestPath in Cypher. */
  async fragmentation(options: Partial<FragmentationOptions> = {}): Promise<FragmentationResult[]> {
    const { snapshot } = resolveOptions(
      'fragmentation',
      FragmentationOptionsSchema,
      FRAGMENTATION_DEFAULTS,
      options,
    );
    const { graph, keys } = await this.readGraphAndKeys();
    const pairs = stelsels(graph, snapshot).flatMap((stelsel) => {
      const positions = cxoPositions(graph, stelsel);
      return stelsel.cios.flatMap((cio) =>
        Object.values(positions).map((role) => ({ cio: keys.key(cio), role: keys.key(role) })),
      );
    });
    const rows = pairs.length
      ? await this.executor.read<{ cio: string; role: string; hops: number | null }>(
          CYPHER.fragmentationReach,
          { pairs, snapshot },
        )
      : [];
    const hops = new Map(rows.map((r) => [`${r.cio}\u0000${r.role}`, r.hops]));
    const reach: ReachOracle = (cios, roles) => {
      const out = new Map<string, number>();
      for (const role of roles)
        for (const cio of cios) {
          const h = hops.get(`${keys.key(cio)}\u0000${keys.key(role)}`);
          if (h !== null && h !== undefined) out.set(role, Math.min(h, out.get(role) ?? Infinity));
        }
      return out;
    };
    return fragmentation(graph, options, reach);
  }

  async runAnalysis(id: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const analysis = getAnalysis(id);
    if (analysis.id === 'contradictions')
      return this.contradictions(params as Partial<typeof CONTRADICTIONS_DEFAULTS>);
    if (analysis.id === 'overlap') return this.overlap(params as Partial<OverlapOptions>);
    if (analysis.id === 'fragmentation') return this.fragmentation(params as Partial<FragmentationOptions>);
    return analysis.run(await this.readGraph(), params);
  }

  /** Deletes this store's dataset (tests clean up with it). */
  async drop(): Promise<void> {
    await this.executor.write((run) => this.deleteAll(run, 5000));
  }

  /** Deletes the dataset batch by batch inside the caller's transaction. */
  private async deleteAll(run: Run, batch: number): Promise<void> {
    for (;;) {
      const [row] = await run(CYPHER.deleteDataset, { dataset: this.dataset, batch: int(batch) });
      if (Number(row?.deleted ?? 0) === 0) return;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.executor.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('cio-graph/store: the Neo4j store is closed');
  }
}
