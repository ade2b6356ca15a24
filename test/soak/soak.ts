// `npm run soak`: the server under 60 s of mixed traffic on loopback (autocannon), bounded in rate so a
// shared 2-core machine stays usable: cached reads, abusive distinct scenario POSTs at the operation
// limit, and a health probe whose p99 is compared with its idle p99, in alternating idle and loaded
// windows of the same run. Reports errors, 5xx, p99s and the server's RSS over time; exits 1 when
// errors or 5xx occur, health p99 exceeds 5× idle (+ a floor) in the median cycle, or RSS grows more
// than 25% after warm-up. SOAK_SECONDS (loaded seconds) and SOAK_CYCLES override the shape.
import { spawn } from 'node:child_process';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import autocannon from 'autocannon';
import { loadDataset } from '../../src/model/load';
import { abusiveScenario } from '../helpers/abuse';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CYCLES = Number(process.env.SOAK_CYCLES ?? 3);
const WARMUP_SECONDS = Math.min(20, Math.floor(SECONDS / 3));
const FLOOR_MS = 50;

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? ok(a.port) : fail(new Error('no port'))));
    });
  });
}

const rssMb = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};

type Result = autocannon.Result & Record<string, unknown>;
const READS: autocannon.Request[] = [
  { path: '/api/health' },
  { path: '/api/graph' },
  { path: '/api/graph?snapshot=2021' },
  { path: '/api/tables?snapshot=2021' },
  { path: '/api/analyses/overlap' },
  { path: '/api/analyses/deviations?snapshot=2021' },
  { path: '/api/nodes/OCW/DUO' },
  { path: '/api/scenarios' },
  { path: '/api/export?format=gexf' },
  { path: '/api/openapi.json' },
  { path: '/api/analyses/nope' },
  { method: 'DELETE', path: '/api/health' },
];
const run = (opts: autocannon.Options) => autocannon(opts) as unknown as Promise<Result>;
const sum = (rs: Result[], key: string) => rs.reduce((n, r) => n + Number(r[key] ?? 0), 0);

async function main(): Promise<number> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    // SOAK_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the server under the soak.
    [
      ...(process.env.SOAK_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      'bin/cio-graph.mjs',
      'serve',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
    ],
    {
      // The soak measures the server, not the rate limiter (which would answer most of it with 429).
      env: { ...process.env, CIO_GRAPH_RATE_LIMIT: '10000000', CIO_GRAPH_RATE_LIMIT_COMPUTE: '10000000' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${url}/api/health`)).ok) break;
      } catch {
        // not listening yet
      }
      if (i > 600) throw new Error('the server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
    const graph = loadDataset();
    let seed = 0;
    const scenarioPost = {
      method: 'POST' as const,
      path: '/api/scenarios',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req: autocannon.Request) => ({
        ...req,
        body: JSON.stringify(abusiveScenario(graph, seed++)),
      }),
    };
    // Warm the worker and the caches once.
    await run({ url, amount: 2, connections: 1, requests: [scenarioPost] });

    // Idle and loaded health alternate (CYCLES × [5 s idle, SECONDS/CYCLES loaded]): on a machine
    // shared with other work the background load drifts over a minute, and a ratio of an idle window
    // at the start to a load at the end measured the drift. Each cycle's ratio compares neighbours.
    const rss: { t: number; mb: number }[] = [];
    let loadedSeconds = 0;
    const cycles: { idle: Result; reads: Result; scenarios: Result; health: Result }[] = [];
    const loadSeconds = Math.max(5, Math.round(SECONDS / CYCLES));
    for (let c = 0; c < CYCLES; c++) {
      const idle = await run({ url: `${url}/api/health`, duration: 5, connections: 1, overallRate: 20 });
      const started = Date.now();
      const sampler = setInterval(
        () => rss.push({ t: loadedSeconds + (Date.now() - started) / 1000, mb: rssMb(server.pid!) }),
        1000,
      );
      const [reads, scenarios, health] = await Promise.all([
        run({ url, duration: loadSeconds, connections: 4, overallRate: 80, requests: READS }),
        run({ url, duration: loadSeconds, connections: 2, overallRate: 4, requests: [scenarioPost] }),
        run({ url: `${url}/api/health`, duration: loadSeconds, connections: 1, overallRate: 20 }),
      ]);
      clearInterval(sampler);
      loadedSeconds += loadSeconds;
      cycles.push({ idle, reads, scenarios, health });
    }

    const all = cycles.flatMap((c) => [c.reads, c.scenarios, c.health]);
    const statusOf = (rs: Result[]) => {
      const out: Record<string, number> = {};
      for (const r of rs)
        for (const [code, { count }] of Object.entries(r.statusCodeStats ?? {}))
          out[code] = (out[code] ?? 0) + (count ?? 0);
      return out;
    };
    const max = (rs: Result[]) => Math.max(...rs.map((r) => r.latency.p99));
    const perCycle = cycles.map((c) => ({
      healthIdle: c.idle.latency.p99,
      healthLoaded: c.health.latency.p99,
      ratio: +(c.health.latency.p99 / Math.max(1, c.idle.latency.p99)).toFixed(1),
    }));
    // The cycle with the median ratio: one cycle hit by a neighbour's burst does not decide.
    const median = [...perCycle].sort((a, b) => a.ratio - b.ratio)[Math.floor(perCycle.length / 2)]!;
    const afterWarmup = rss.find((s) => s.t >= WARMUP_SECONDS)?.mb ?? NaN;
    const end = rss.at(-1)?.mb ?? NaN;
    const report = {
      seconds: loadedSeconds,
      cycles: CYCLES,
      requests: all.reduce(
        (n, r) => n + Object.values(r.statusCodeStats ?? {}).reduce((m, s) => m + (s.count ?? 0), 0),
        0,
      ),
      errors: sum(all, 'errors') + sum(all, 'timeouts'),
      '5xx': sum(all, '5xx'),
      status: {
        reads: statusOf(cycles.map((c) => c.reads)),
        scenarios: statusOf(cycles.map((c) => c.scenarios)),
        health: statusOf(cycles.map((c) => c.health)),
      },
      p99Ms: {
        healthIdle: median.healthIdle,
        healthLoaded: median.healthLoaded,
        perCycle,
        reads: max(cycles.map((c) => c.reads)),
        scenarios: max(cycles.map((c) => c.scenarios)),
      },
      rssMb: {
        start: rss[0]?.mb,
        afterWarmup,
        end,
        max: Math.max(...rss.map((s) => s.mb)),
        growthAfterWarmupPct: +(((end - afterWarmup) / afterWarmup) * 100).toFixed(1),
      },
    };
    console.log(JSON.stringify(report, null, 2));
    mkdirSync('test-output', { recursive: true });
    writeFileSync('test-output/soak-report.json', `${JSON.stringify({ ...report, rss }, null, 2)}\n`);
    const problems = [
      report.errors > 0 && `${report.errors} errors`,
      report['5xx'] > 0 && `${report['5xx']} 5xx`,
      report.p99Ms.healthLoaded > 5 * report.p99Ms.healthIdle + FLOOR_MS &&
        `health p99 ${report.p99Ms.healthLoaded} ms > 5 × ${report.p99Ms.healthIdle} + ${FLOOR_MS}`,
      report.rssMb.growthAfterWarmupPct > 25 &&
        `RSS grew ${report.rssMb.growthAfterWarmupPct}% after warm-up`,
    ].filter(Boolean);
    if (problems.length) console.error(`soak: ${problems.join('; ')}`);
    return problems.length ? 1 : 0;
  } finally {
    server.kill('SIGTERM');
  }
}

process.exitCode = await main();
