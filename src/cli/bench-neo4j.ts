// The Neo4j part of `npm run bench -- --neo4j`: load throughput (entities per second) of cio-graph's
// transactional load against a plain UNWIND … CREATE of the same nodes and edges under a uniqueness
// constraint (without claims or labels per kind) in the same server and run, for batch sizes 1k–50k,
// and each analysis on Neo4j against the embedded store. The baseline writes the same properties as
// the load (the goal's measure: the same nodes and edges), and once more with the keys alone (the
// fastest Cypher load there is, for reference). The baseline creates into an empty label (its
// previous run is deleted beforehand, untimed, in a transaction of its own); cio-graph is timed both
// loading into an empty dataset (the like-for-like figure), the same with one statement in flight at a
// time (as the baseline sends its statements), and replacing its previous load, which also deletes the
// old generation inside the timed transaction. Every timed run follows an untimed delete and a short
// settle, the same for both sides.
import { performance } from 'node:perf_hooks';
import { ANALYSES } from '../analyses/registry';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../model/load';
import type { NormalizedDataset } from '../model/validate';
import { countClaims, validateDataFiles } from '../model/validate';
import { MemoryStore } from '../store/memory';
import { neo4jConfig } from '../store/neo4j/config';
import { Executor, int } from '../store/neo4j/executor';
import { Neo4jStore } from '../store/neo4j/neo4j-store';
import { RowBuilder } from '../store/neo4j/rows';
import { generateDataset } from '../synthetic/generate';
import { median } from './bench-timing';

const BATCHES = [1000, 5000, 10000, 50000];
const REPEATS = 5;
/** After an untimed delete, for either side: the server finishes its background work before a timed run. */
const SETTLE_MS = 500;
const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * The baseline: the same nodes and edges written with a bare UNWIND … CREATE, no claims, no labels per
 * kind; with `properties`, each node and relationship carries the properties the load gives it (the
 * store's RowBuilder rows), otherwise its key, name and kind only.
 */
async function plainLoad(
  executor: Executor,
  data: NormalizedDataset,
  batch: number,
  properties: boolean,
): Promise<void> {
  const rows = new RowBuilder('plain');
  await executor.write(async (run) => {
    for (let i = 0; i < data.nodes.length; i += batch) {
      const part = data.nodes.slice(i, i + batch);
      if (properties)
        await run('UNWIND $rows AS row CREATE (n:BenchNode) SET n = row', {
          rows: part.map((n, k) => ({ ...rows.nodeProps(n.id, n, i + k), key: n.id })),
        });
      else
        await run('UNWIND $rows AS row CREATE (:BenchNode {key: row.key, name: row.name, kind: row.kind})', {
          rows: part.map((n) => ({ key: n.id, name: n.name, kind: n.kind })),
        });
    }
    for (let i = 0; i < data.edges.length; i += batch) {
      const part = data.edges.slice(i, i + batch);
      await run(
        'UNWIND $rows AS row MATCH (a:BenchNode {key: row.from}) MATCH (b:BenchNode {key: row.to}) CREATE (a)-[r:BENCH]->(b) SET r = row.props',
        {
          rows: part.map((e, k) => ({
            from: e.from,
            to: e.to,
            props: properties ? rows.edgeProps(e.id, e, i + k) : { key: e.id },
          })),
        },
      );
    }
  });
}

/** Deletes the baseline's nodes in transactions of their own (untimed: the baseline creates into an empty label). */
async function clearPlain(executor: Executor, batch: number): Promise<void> {
  for (;;) {
    const [row] = await executor.write((run) =>
      run('MATCH (n:BenchNode) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted', {
        batch: int(batch),
      }),
    );
    if (Number(row?.deleted ?? 0) === 0) break;
  }
}

export async function benchNeo4j(uri: string, log: (line: string) => void): Promise<Record<string, unknown>> {
  const data = validateDataFiles(generateDataset({ ministries: 230, seed: 'bench-neo4j' }).files).dataset!;
  const claims = countClaims(data);
  const entities = data.nodes.length + data.edges.length + claims;
  const executor = new Executor(neo4jConfig({ uri }));
  await executor.write((run) =>
    run('CREATE CONSTRAINT bench_node_key_unique IF NOT EXISTS FOR (n:BenchNode) REQUIRE n.key IS UNIQUE'),
  );
  const store = await new Neo4jStore(neo4jConfig({ uri, dataset: 'bench' })).connect();
  const load: Record<string, unknown>[] = [];
  try {
    await store.load(data, { replace: true }); // warm-up, schema
    await clearPlain(executor, BATCHES[0]!);
    await plainLoad(executor, data, BATCHES[0]!, true); // warm-up
    const graphEntities = data.nodes.length + data.edges.length;
    const throughput = (ms: number, baselineMs: number) =>
      +(entities / ms / (graphEntities / baselineMs)).toFixed(2);
    for (const batch of BATCHES) {
      // Median of REPEATS alternating runs: one run of each is a few seconds, and the server's GC and
      // checkpoints move single runs by ±30%.
      const runs = {
        fresh: [] as number[],
        sequential: [] as number[],
        replacing: [] as number[],
        plain: [] as number[],
        keysOnly: [] as number[],
      };
      for (let r = 0; r < REPEATS; r++) {
        await store.drop();
        await settle();
        runs.fresh.push(await timed(() => store.load(data, { batchSize: batch })));
        runs.replacing.push(await timed(() => store.load(data, { replace: true, batchSize: batch })));
        // The same load with one statement in flight at a time, as the baseline sends them: what
        // the pipelining (store/neo4j/pipeline.ts) gives.
        await store.drop();
        await settle();
        runs.sequential.push(await timed(() => store.load(data, { batchSize: batch, pipelineWindow: 1 })));
        await clearPlain(executor, batch);
        await settle();
        runs.plain.push(await timed(() => plainLoad(executor, data, batch, true)));
        await clearPlain(executor, batch);
        await settle();
        runs.keysOnly.push(await timed(() => plainLoad(executor, data, batch, false)));
      }
      const [fresh, sequential, replacing, plain, keysOnly] = [
        runs.fresh,
        runs.sequential,
        runs.replacing,
        runs.plain,
        runs.keysOnly,
      ].map(median) as [number, number, number, number, number];
      const row = {
        batch,
        entities,
        cioGraphPerSecond: Math.round(entities / (fresh / 1000)),
        cioGraphReplacePerSecond: Math.round(entities / (replacing / 1000)),
        plainCreatePerSecond: Math.round(graphEntities / (plain / 1000)),
        keysOnlyCreatePerSecond: Math.round(graphEntities / (keysOnly / 1000)),
        timeRatioToPlain: +(fresh / plain).toFixed(2),
        // Throughput ratio: our entities (claims included) per second over the baseline's nodes+edges per second.
        throughputRatio: throughput(fresh, plain),
        sequentialThroughputRatio: throughput(sequential, plain),
        replaceThroughputRatio: throughput(replacing, plain),
        keysOnlyThroughputRatio: throughput(fresh, keysOnly),
        // The spread of the like-for-like ratio over the repetitions (each run against its own baseline run).
        throughputRatioRange: [
          Math.min(...runs.fresh.map((ms, r) => throughput(ms, runs.plain[r]!))),
          Math.max(...runs.fresh.map((ms, r) => throughput(ms, runs.plain[r]!))),
        ],
      };
      load.push(row);
      log(
        `neo4j load batch ${batch}: ${row.cioGraphPerSecond} entities/s into an empty dataset, ` +
          `${row.cioGraphReplacePerSecond}/s replacing (plain CREATE, same properties ` +
          `${row.plainCreatePerSecond}/s: ×${row.throughputRatio} (runs ${row.throughputRatioRange.join('–')}), ` +
          `replacing ×${row.replaceThroughputRatio}, one statement at a time ×${row.sequentialThroughputRatio}; ` +
          `keys only ${row.keysOnlyCreatePerSecond}/s, ×${row.keysOnlyThroughputRatio})`,
      );
    }
    const real = validateDataDirs([DEFAULT_DATA_DIR]).dataset!;
    await store.load(real, { replace: true });
    const memory = new MemoryStore();
    await memory.load(real);
    const analyses: Record<string, unknown> = {};
    for (const analysis of ANALYSES) {
      await store.runAnalysis(analysis.id);
      const onNeo4j = await timed(() => store.runAnalysis(analysis.id));
      const inMemory = await timed(() => memory.runAnalysis(analysis.id));
      analyses[analysis.id] = {
        neo4jMs: +onNeo4j.toFixed(1),
        memoryMs: +inMemory.toFixed(1),
        ratio: +(onNeo4j / inMemory).toFixed(1),
      };
      log(`neo4j ${analysis.id}: ${onNeo4j.toFixed(1)} ms vs memory ${inMemory.toFixed(1)} ms`);
    }
    await store.drop();
    await clearPlain(executor, BATCHES[0]!);
    return { uri: uri.replace(/\/\/.*@/, '//'), load, analyses };
  } finally {
    await store.close();
    await executor.close();
  }
}
