// The young generation the tool's processes run with. Why not V8's default: an analysis keeps its
// findings until it returns, so every scavenge during a run copies the findings made so far. With the
// default 16 MiB semi-space, a 100k-node run (deviations allocates ~25 MB) met 1.8 scavenges, each
// copying a share of ~8 MB of live findings, while a 10k run met one in five runs: scavenges per run
// and live bytes per scavenge both grow with the graph, so their product grows with its square.
// Measured on 2026-12-07 (31 cache-cold runs, two processes per setting): with 64 MiB, at 100k
// deviations 66–69 → 52–57 ms, fragmentation 58–63 → 50–52 ms, 10k within noise. V8 grows the semi-space only when
// many objects survive, so a process that never allocates this much never takes the memory.
export const SEMI_SPACE_MB = 64;

/** The V8 flag that sets it, for `node` command lines (bin/cio-graph.mjs's shebang, npm scripts, forks). */
export const SEMI_SPACE_FLAG = `--max-semi-space-size=${SEMI_SPACE_MB}`;

/**
 * The same for worker threads (`resourceLimits.maxYoungGenerationSizeMb`): V8 sizes the young
 * generation as two semi-spaces and a new large-object space of one semi-space each.
 */
export const YOUNG_GENERATION_MB = SEMI_SPACE_MB * 3;

/**
 * The semi-space limit this process was started with, in MiB, or undefined when it runs on V8's default
 * (16 MiB on 64-bit): the bench records it beside its timings and warns when it differs from ours.
 */
export function semiSpaceFlagMb(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions = process.env.NODE_OPTIONS ?? '',
): number | undefined {
  const given = [...nodeOptions.split(/\s+/), ...execArgv]
    .map((arg) => /^--max-semi-space-size=(\d+)$/.exec(arg)?.[1])
    .filter((mb): mb is string => mb !== undefined);
  return given.length > 0 ? Number(given.at(-1)) : undefined;
}
