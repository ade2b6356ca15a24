// `--modules growth`: the growth figures the goal is judged by (cold analyses, bare passes, loads),
// measured again in GROWTH_PROCESSES fresh child processes one after another, and reported per step
// as the median over the processes with its range.
//
// Why: a single process's figure depends on where its collector happened to place each graph and on
// which runs met a scavenge. Two bench runs of the same code on 2026-12-07 moved growth figures by
// about ±2 (the bare cold edge pass 10.8 vs 14.7, contradictions 9.8 vs 14.7), so one run cannot
// tell whether a figure meets 12x. Each child builds its own graphs from the same directories in a
// fresh heap; the median of their figures is what reproduces, and the range says how far one moves.
import { fileURLToPath } from 'node:url';
import { runBenchChild } from './bench-child';
import { growthPer10x } from './bench-passes';
import { median } from './bench-timing';

export const GROWTH_PROCESSES = 3;
/** The prefix of the child's result line. */
export const GROWTH_RESULT = 'growth-result ';
/** Room for the 100k graph, its datasets and their garbage. */
const CHILD_HEAP_MB = 4096;

/** One child's timings: per key, a median in milliseconds for each dataset, in the order given. */
export interface GrowthSample {
  nodes: number[];
  ms: Record<string, number[]>;
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

export interface GrowthOptions {
  processes?: number;
  /** Exactly this many cold runs of each task (for tests); by default as in the main bench. */
  coldRuns?: number;
}

export async function benchGrowth(
  datasets: { name: string; dir: string }[],
  log: (line: string) => void,
  { processes = GROWTH_PROCESSES, coldRuns }: GrowthOptions = {},
): Promise<GrowthReport> {
  const samples: GrowthSample[] = [];
  // One after another: two children at once would share the 2 cores and the L3 with each other.
  for (let p = 0; p < processes; p++) {
    const sample = await runBenchChild<GrowthSample>(
      {
        script: fileURLToPath(new URL('./bench-growth-child.ts', import.meta.url)),
        args: [JSON.stringify(datasets.map((d) => d.dir)), ...(coldRuns ? [String(coldRuns)] : [])],
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
  return { processes, datasets: names, nodes: samples[0]!.nodes, growthPer10x, samples };
}
