// The child process of `bench-growth.ts`: loads each dataset directory it is given (from memory and
// from the directory, timed as the main bench times loads), then times every analysis and both bare
// passes cache-cold with all datasets in the same interleaved rounds, then, with those graphs let go,
// times the loads of the curve's directories from the smallest up, and prints one GrowthSample line.
import { ANALYSES } from '../analyses/registry';
import { buildGraph, loadDataset, readDataFiles } from '../model/load';
import { validateDataFiles } from '../model/validate';
import type { GrowthChildArgs, GrowthSample } from './bench-growth';
import { GROWTH_RESULT } from './bench-growth';
import { edgePass, nodePass } from './bench-passes';
import { interleavedCold, time } from './bench-timing';

const { dirs, curveDirs, coldRuns } = JSON.parse(process.argv[2]!) as GrowthChildArgs;

/**
 * Times both loads of `dir`: validation and build of its parsed files, and the whole load from disk.
 * `nodes` is the graph's order as the timed loads built it (the curve used to load once more to count).
 */
function timeLoads(dir: string) {
  const files = readDataFiles([dir]);
  let nodes = 0;
  const fromMemory = () => {
    const result = validateDataFiles(files);
    if (!result.dataset) throw new Error(`bench growth: the dataset in ${dir} is invalid`);
    const graph = buildGraph(result.dataset);
    nodes = graph.order;
    return graph;
  };
  const loadMs = time(fromMemory, 3);
  return { loadMs, loadJsonDirMs: time(() => loadDataset(dir), 3), nodes, fromMemory };
}

/** Loads and cold timings of `dirs`; its graphs are unreachable once it returns. */
function measureGrowth() {
  const ms: Record<string, number[]> = { loadMs: [], loadJsonDirMs: [] };
  const graphs = dirs.map((dir) => {
    const { loadMs, loadJsonDirMs, fromMemory } = timeLoads(dir);
    ms.loadMs!.push(loadMs);
    ms.loadJsonDirMs!.push(loadJsonDirMs);
    return fromMemory();
  });
  const steps: [string, (graph: (typeof graphs)[number]) => unknown][] = [
    ['baselineMs', edgePass],
    ['nodePassMs', nodePass],
    ...ANALYSES.map((analysis) => [analysis.id, (graph) => analysis.run(graph)] as [string, typeof edgePass]),
  ];
  for (const [key, step] of steps)
    ms[key] = interleavedCold(
      graphs.map((graph) => () => step(graph)),
      ...(coldRuns ? [coldRuns, coldRuns] : []),
    );
  return { ms, nodes: graphs.map((g) => g.order) };
}

// The curve after the graphs above are let go: its loads should not share the heap with them.
const { ms, nodes } = measureGrowth();
const curve: GrowthSample['curve'] = { nodes: [], loadMs: [], loadJsonDirMs: [] };
for (const dir of curveDirs) {
  const { loadMs, loadJsonDirMs, nodes: order } = timeLoads(dir);
  curve.nodes.push(order);
  curve.loadMs.push(+loadMs.toFixed(3));
  curve.loadJsonDirMs.push(+loadJsonDirMs.toFixed(3));
}
const sample: GrowthSample = {
  nodes,
  ms: Object.fromEntries(Object.entries(ms).map(([key, values]) => [key, values.map((v) => +v.toFixed(3))])),
  curve,
};
console.log(`${GROWTH_RESULT}${JSON.stringify(sample)}`);
