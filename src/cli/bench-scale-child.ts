// The child process of `bench-scale.ts`: builds the generated graphs, times the analyses cache-cold in
// interleaved rounds, and prints one JSON line of ScaleRow.
import { PerformanceObserver } from 'node:perf_hooks';
import { ANALYSES } from '../analyses/registry';
import { buildGraph } from '../model/load';
import { validateDataFiles } from '../model/validate';
import { growthPer10x } from './bench-passes';
import { interleavedCold } from './bench-timing';
import { graphAccesses } from './bench-work';
import type { ScaleRow } from './bench-scale';
import { SCALE_ANALYSES, SCALE_RESULT, generatedOfSize } from './bench-scale';

const RUNS = 7;

function gcPerRun(run: () => unknown, runs: number): Promise<number> {
  let ms = 0;
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => (ms += e.duration)));
  observer.observe({ entryTypes: ['gc'] });
  for (let i = 0; i < runs; i++) run();
  // GC entries are delivered asynchronously.
  return new Promise((resolve) =>
    setTimeout(() => {
      observer.disconnect();
      resolve(ms / runs);
    }, 50),
  );
}

const perTenfold = (a: number, b: number, n1: number, n2: number) => +growthPer10x(a, b, n1, n2).toFixed(2);

const sizes = process.argv[2]!.split(',').map(Number);
const graphs = sizes.map((size) => {
  const start = performance.now();
  const generated = generatedOfSize(size, `bench-${size}`);
  const result = validateDataFiles(generated.files);
  if (!result.dataset) throw new Error('bench scale: generated dataset invalid');
  const graph = buildGraph(result.dataset);
  console.log(`scale: ${graph.order} nodes built in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return graph;
});
const rows: ScaleRow[] = [];
for (const id of SCALE_ANALYSES) {
  const analysis = ANALYSES.find((a) => a.id === id)!;
  const cold = interleavedCold(
    graphs.map((g) => () => analysis.run(g, {})),
    RUNS,
  );
  const gc: number[] = [];
  for (const g of graphs) gc.push(+(await gcPerRun(() => analysis.run(g, {}), RUNS)).toFixed(2));
  const accesses = graphs.map((g) => graphAccesses(g, (view) => analysis.run(view, {})));
  const nodes = graphs.map((g) => g.order);
  rows.push({
    analysis: id,
    nodes,
    coldMedianMs: cold.map((m) => +m.toFixed(2)),
    gcMsPerRun: gc,
    graphAccesses: accesses,
    coldGrowthPer10x: perTenfold(cold[0]!, cold.at(-1)!, nodes[0]!, nodes.at(-1)!),
    accessGrowthPer10x: perTenfold(accesses[0]!, accesses.at(-1)!, nodes[0]!, nodes.at(-1)!),
  });
}
console.log(`${SCALE_RESULT}${JSON.stringify(rows)}`);
