// `--modules growth`: the growth figures the goal is judged by (cold analyses, bare passes, loads),
// measured again in GROWTH_PROCESSES fresh child processes one after another, and reported per step
// as the median over the processes with its range.
//
// Why: a single process's figure depends on where its collector happened to place each graph and on
// which runs met a scavenge. Two bench runs of the same code on 2026-12-07 moved growth figures by
// about ±2 (the bare cold edge pass 10.8 vs 14.7, contradictions 9.8 vs 14.7), so one run cannot
// tell whether a figure meets 12x. Each child builds its own graphs from the same directories in a
// fresh heap; the median of their figures is what reproduces, and the range says how far one moves.
//
// Each child also times the loads at more sizes (the load curve, in microseconds per node), because a
// growth between two sizes cannot say where between them the cost per node changes. On 2026-12-07 a
// load's cost per node doubled from 1k to 3k nodes and stayed flat from there to 100k, which we read
// as a load's working set leaving the L3, not as work that grows.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDataset } from '../synthetic/write';
import { runBenchChild } from './bench-child';
import { growthPer10x } from './bench-passes';
import { generatedOfSize } from './bench-scale';
import { median } from './bench-timing';

export const GROWTH_PROCESSES = 3;
/** The prefix of the child's result line. */
export const GROWTH_RESULT = 'growth-result ';
/** The sizes the load curve adds between the bench's own (those outside their range are left out). */
export const LOAD_CURVE_SIZES = [2000, 3000, 5000, 20_000, 50_000];
/** Room for the 100k graph, its datasets and their garbage. */
const CHILD_HEAP_MB = 4096;

/** What the parent hands its child (as one JSON argument). */
export interface GrowthChildArgs {
  dirs: string[];
  /** Directories whose loads make the load curve, smallest first. */
  curveDirs: string[];
  /** Exactly this many cold runs of each task (a test's small graphs). */
  coldRuns?: number;
}

/** One child's timings: per key, a median in milliseconds for each dataset, in the order given. */
export interface GrowthSample {
  nodes: number[];
  ms: Record<string, number[]>;
  /** The loads of the curve's directories, medians in milliseconds. */
  curve: { nodes: number[]; loadMs: number[]; loadJsonDirMs: number[] };
}

/** A load's cost per node at each size of the curve, over the processes. */
export interface LoadCurve {
  datasets: string[];
  nodes: number[];
  /** Microseconds per node, per size. */
  loadUsPerNode: GrowthFigure[];
  loadJsonDirUsPerNode: GrowthFigure[];
}

export interface GrowthFigure {
  median: number;
  min: number;
  max: number;
  perProcess: number[];
}

export interface GrowthReport {
  processes: number;
  datasets: string[];
  nodes: number[];
  /** Step (`a→b`) → key (`loadMs`, `baselineMs`, an analysis id, …) → growth per 10x. */
  growthPer10x: Record<string, Record<string, GrowthFigure>>;
  loadCurve: LoadCurve;
  samples: GrowthSample[];
}

function figure(values: number[]): GrowthFigure {
  const round = (x: number) => +x.toFixed(1);
  return {
    median: round(median(values)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    perProcess: values.map(round),
  };
}

/** Growth per 10x between consecutive datasets, over the samples of every process. */
export function growthOverProcesses(
  datasets: string[],
  samples: GrowthSample[],
): Record<string, Record<string, GrowthFigure>> {
  const out: Record<string, Record<string, GrowthFigure>> = {};
  for (let i = 1; i < datasets.length; i++) {
    const step: Record<string, GrowthFigure> = {};
    for (const key of Object.keys(samples[0]!.ms))
      step[key] = figure(
        samples.map((s) => growthPer10x(s.ms[key]![i - 1]!, s.ms[key]![i]!, s.nodes[i - 1]!, s.nodes[i]!)),
      );
    out[`${datasets[i - 1]}→${datasets[i]}`] = step;
  }
  return out;
}

/** The load curve over the processes' samples: each size's median time over its nodes. */
export function loadCurveOverProcesses(datasets: string[], samples: GrowthSample[]): LoadCurve {
  const perNode = (key: 'loadMs' | 'loadJsonDirMs') =>
    datasets.map((_d, i) => figure(samples.map((s) => (s.curve[key][i]! / s.curve.nodes[i]!) * 1000)));
  return {
    datasets,
    nodes: samples[0]!.curve.nodes,
    loadUsPerNode: perNode('loadMs'),
    loadJsonDirUsPerNode: perNode('loadJsonDirMs'),
  };
}

/**
 * The load curve's datasets: the bench's own and LOAD_CURVE_SIZES within their range, generated into
 * `scratch` as JSON directories, smallest first.
 */
export function loadCurveDatasets(
  own: { name: string; size: number; dir: string }[],
  scratch: string,
  sizes = LOAD_CURVE_SIZES,
): { name: string; dir: string }[] {
  const smallest = Math.min(...own.map((d) => d.size));
  const largest = Math.max(...own.map((d) => d.size));
  const added = sizes
    .filter((size) => size > smallest && size < largest && !own.some((d) => d.size === size))
    .map((size) => ({
      name: `generated-${size}`,
      size,
      dir: writeDataset(generatedOfSize(size, `bench-${size}`).files, join(scratch, `curve-${size}`), 'json'),
    }));
  return [...own, ...added].sort((a, b) => a.size - b.size).map(({ name, dir }) => ({ name, dir }));
}

export interface GrowthOptions {
  processes?: number;
  /** Exactly this many cold runs of each task (for tests); by default as in the main bench. */
  coldRuns?: number;
  /** The datasets of the load curve, smallest first (by default none). */
  curve?: { name: string; dir: string }[];
}

export async function benchGrowth(
  datasets: { name: string; dir: string }[],
  log: (line: string) => void,
  { processes = GROWTH_PROCESSES, coldRuns, curve = [] }: GrowthOptions = {},
): Promise<GrowthReport> {
  const samples: GrowthSample[] = [];
  const args: GrowthChildArgs = {
    dirs: datasets.map((d) => d.dir),
    curveDirs: curve.map((d) => d.dir),
    ...(coldRuns ? { coldRuns } : {}),
  };
  // One after another: two children at once would share the 2 cores and the L3 with each other.
  for (let p = 0; p < processes; p++) {
    const sample = await runBenchChild<GrowthSample>(
      {
        script: fileURLToPath(new URL('./bench-growth-child.ts', import.meta.url)),
        args: [JSON.stringify(args)],
        heapMb: CHILD_HEAP_MB,
        resultPrefix: GROWTH_RESULT,
        name: 'bench growth',
      },
      log,
    );
    samples.push(sample);
    log(`growth: process ${p + 1} of ${processes} measured ${sample.nodes.join(' / ')} nodes`);
  }
  const names = datasets.map((d) => d.name);
  const growthPer10x = growthOverProcesses(names, samples);
  for (const [step, figures] of Object.entries(growthPer10x))
    log(
      `growth ${step}: ` +
        Object.entries(figures)
          .map(([key, f]) => `${key} ${f.median} (${f.min}–${f.max})`)
          .join(', '),
    );
  const loadCurve = loadCurveOverProcesses(
    curve.map((d) => d.name),
    samples,
  );
  if (curve.length > 0)
    log(
      `load curve, µs per node at ${loadCurve.nodes.join(' / ')} nodes: from memory ` +
        `${loadCurve.loadUsPerNode.map((f) => f.median).join(' / ')}, from JSON ` +
        `${loadCurve.loadJsonDirUsPerNode.map((f) => f.median).join(' / ')}`,
    );
  return { processes, datasets: names, nodes: samples[0]!.nodes, growthPer10x, loadCurve, samples };
}
