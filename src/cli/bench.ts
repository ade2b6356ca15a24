// `npm run bench`: each analysis on the real dataset and on generated graphs of about 1k, 10k and 100k
// nodes. Median of 5 runs after a warm-up, reported in milliseconds and as a ratio to a baseline
// measured in the same run on the same graph (one full pass over every edge and its attributes), so
// results compare across machines. Also scenario application, every export format and a JSON import.
// Written to bench/results/analyses.json. Not part of `npm test`.
// With --neo4j (npm run bench:neo4j) it also measures load throughput and analyses on Neo4j.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ANALYSES } from '../analyses/registry';
import { DEFAULT_DATA_DIR, buildGraph, loadDataset } from '../model/load';
import type { OrgGraph } from '../model/types';
import { validateDataFiles } from '../model/validate';
import { generateDataset } from '../synthetic/generate';
import { EXPORT_FORMATS, exportGraph } from '../interchange/export';
import { prepareImport } from '../interchange/import';
import { applyScenario } from '../scenarios/apply';
import { parseScenario } from '../scenarios/load';
import type { Io } from './main';
import { UsageError, parse } from './main';

const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => unknown, runs = RUNS): number {
  fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** The baseline: touch every edge, its endpoints and attributes once. */
function baseline(graph: OrgGraph): number {
  let acc = 0;
  graph.forEachEdge((_e, a, s, t, sa, ta) => {
    acc += a.sources.length + s.length + t.length + sa.ministries.length + ta.ministries.length;
  });
  return acc;
}

function generatedOfSize(target: number, seed: string) {
  const probe = generateDataset({ ministries: 50, seed });
  const perMinistry = probe.nodeCount / 50;
  return generateDataset({ ministries: Math.max(1, Math.round(target / perMinistry)), seed });
}

/** Scenario application, every export format and a JSON import (validation included), timed like the analyses. */
function benchOperations(graph: OrgGraph, baselineMs: number, runs: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const record = (name: string, ms: number) =>
    (out[name] = { medianMs: +ms.toFixed(2), ratioToBaseline: +(ms / baselineMs).toFixed(1) });
  // Merge the three bodies with the most relations: the heaviest merge the graph offers.
  const bodies = graph
    .filterNodes((_n, a) => a.kind === 'body')
    .sort((x, y) => graph.degree(y) - graph.degree(x) || x.localeCompare(y))
    .slice(0, 3);
  if (bodies.length > 1) {
    const merge = parseScenario({
      name: 'bench',
      operations: [{ op: 'merge-bodies', bodies: bodies.slice(1), into: bodies[0]! }],
    });
    record(
      'scenarioApply',
      time(() => applyScenario(graph, merge), runs),
    );
  }
  for (const format of EXPORT_FORMATS)
    record(
      `export-${format}`,
      time(() => exportGraph(graph, format), runs),
    );
  const dir = mkdtempSync(join(tmpdir(), 'cio-graph-bench-'));
  try {
    const file = join(dir, 'graph.json');
    writeFileSync(file, exportGraph(graph, 'json')[0]!.content);
    record(
      'import-json',
      time(() => prepareImport(file, 'json'), Math.min(runs, 3)),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

export async function benchCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    sizes: { type: 'string' },
    out: { type: 'string' },
    neo4j: { type: 'boolean' },
  });
  const sizes = ((values.sizes as string | undefined) ?? '1000,10000,100000').split(',').map(Number);
  if (sizes.some((s) => !Number.isInteger(s) || s < 100))
    throw new UsageError('cio-graph: --sizes takes whole numbers >= 100');
  const results: Record<string, unknown>[] = [];
  const datasets: { name: string; load: () => OrgGraph; loadMs?: number }[] = [
    { name: 'real-2024', load: () => loadDataset(DEFAULT_DATA_DIR) },
  ];
  for (const size of sizes) {
    const generated = generatedOfSize(size, `bench-${size}`);
    datasets.push({
      name: `generated-${size}`,
      load: () => {
        const result = validateDataFiles(generated.files);
        if (!result.dataset) throw new Error('generated dataset invalid');
        return buildGraph(result.dataset);
      },
    });
  }
  for (const dataset of datasets) {
    const heapBefore = process.memoryUsage().heapUsed;
    const loadMs = time(dataset.load, 3);
    const graph = dataset.load();
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    const baselineMs = time(() => baseline(graph));
    const row: Record<string, unknown> = {
      dataset: dataset.name,
      nodes: graph.order,
      edges: graph.size,
      loadMs: +loadMs.toFixed(2),
      heapDeltaMb: +heapMb.toFixed(1),
      baselineMs: +baselineMs.toFixed(3),
      analyses: {},
    };
    for (const analysis of ANALYSES) {
      const ms = time(() => analysis.run(graph));
      (row.analyses as Record<string, unknown>)[analysis.id] = {
        medianMs: +ms.toFixed(2),
        ratioToBaseline: +(ms / baselineMs).toFixed(1),
      };
    }
    row.operations = benchOperations(graph, baselineMs, graph.order > 50_000 ? 2 : RUNS);
    row.advisor = (await import('./bench-advise')).benchAdvise(graph, (line) => io.err(line));
    results.push(row);
    io.err(
      `${dataset.name}: ${graph.order} nodes, ${graph.size} edges, load ${loadMs.toFixed(0)} ms, ` +
        ANALYSES.map(
          (a) =>
            `${a.id} ${(row.analyses as Record<string, { medianMs: number }>)[a.id]!.medianMs.toFixed(1)} ms`,
        ).join(', '),
    );
  }
  const out = (values.out as string | undefined) ?? join('bench', 'results');
  mkdirSync(out, { recursive: true });
  let neo4jReport: Record<string, unknown> | undefined;
  if (values.neo4j) {
    const { benchNeo4j } = await import('./bench-neo4j');
    // @ts-expect-error: a plain ES module without type declarations
    const local = await import('../../neo4j-local/neo4j.mjs');
    const home = join(out, '.neo4j-home');
    const started = process.env.NEO4J_URI
      ? undefined
      : await local.startNeo4j({ port: 7688, home, fresh: true });
    try {
      neo4jReport = await benchNeo4j(process.env.NEO4J_URI ?? started.url, (line) => io.err(line));
    } finally {
      if (started) await local.stopNeo4j({ home });
    }
  }
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    runs: RUNS,
    baseline: 'one pass over every edge, its endpoints and attributes',
    results,
    neo4j: neo4jReport,
  };
  writeFileSync(join(out, 'analyses.json'), `${JSON.stringify(report, null, 2)}\n`);
  io.out(JSON.stringify(report, null, 2));
  return 0;
}
