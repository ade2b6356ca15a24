// The child process of `bench-growth.ts`: loads each dataset directory it is given (from memory and
// from the directory, timed as the main bench times loads), then times every analysis and both bare
// passes cache-cold with all datasets in the same interleaved rounds, and prints one GrowthSample line.
import { ANALYSES } from '../analyses/registry';
import { buildGraph, loadDataset, readDataFiles } from '../model/load';
import { validateDataFiles } from '../model/validate';
import type { GrowthSample } from './bench-growth';
import { GROWTH_RESULT } from './bench-growth';
import { edgePass, nodePass } from './bench-passes';
import { interleavedCold, time } from './bench-timing';

const dirs = JSON.parse(process.argv[2]!) as string[];
// The cold runs of each task, exactly (a test's small graphs); by default COLD_RUNS and more until
// 300 ms are sampled, as in the main bench.
const exactRuns = process.argv[3] ? Number(process.argv[3]) : undefined;
const ms: Record<string, number[]> = { loadMs: [], loadJsonDirMs: [] };
const graphs = dirs.map((dir) => {
  const files = readDataFiles([dir]);
  const fromMemory = () => {
    const result = validateDataFiles(files);
    if (!result.dataset) throw new Error(`bench growth: the dataset in ${dir} is invalid`);
    return buildGraph(result.dataset);
  };
  ms.loadMs!.push(time(fromMemory, 3));
  ms.loadJsonDirMs!.push(time(() => loadDataset(dir), 3));
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
    ...(exactRuns ? [exactRuns, exactRuns] : []),
  );
const sample: GrowthSample = {
  nodes: graphs.map((g) => g.order),
  ms: Object.fromEntries(Object.entries(ms).map(([key, values]) => [key, values.map((v) => +v.toFixed(3))])),
};
console.log(`${GROWTH_RESULT}${JSON.stringify(sample)}`);
