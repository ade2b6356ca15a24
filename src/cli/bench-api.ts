// The API part of `npm run bench`: autocannon against the real server (the fast lane in front of
// express with every middleware: helmet, compression, the rate limits raised, the router,
// precompressed cached bytes), against the same app without the fast lane (express alone), and
// against a bare node:http server that sends the same bytes with the same headers, in the same run.
// The servers live in one child process (bench-api-server.ts), measured one after the other in
// interleaved rounds (bare, app, express, bare, …), so the load generator here does not share their
// thread and the machine's drifting load hits all three alike. Reported: requests per second (median
// of the rounds) and the ratios real / bare and express alone / bare.
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { SEMI_SPACE_FLAG } from '../server/heap';
import { median } from './bench-timing';

const SERVER = join(dirname(fileURLToPath(import.meta.url)), 'bench-api-server.ts');
export const API_PATHS = [
  '/api/health',
  '/api/graph',
  '/api/analyses/deviations',
  '/api/analyses/centrality',
];

interface Ports {
  app: number;
  express: number;
  bare: number;
  bytes: Record<string, number>;
  headerBytes: Record<string, number>;
}

export interface ApiBenchOptions {
  seconds?: number;
  /** Alternating rounds per server and path. */
  rounds?: number;
  connections?: number;
  /** Accept-Encoding sent by the load generator (and captured for the bare server). */
  encoding?: string;
}

async function rate(port: number, path: string, o: Required<ApiBenchOptions>): Promise<number> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${path}`,
    connections: o.connections,
    duration: o.seconds,
    headers: { 'accept-encoding': o.encoding },
  });
  if (result.non2xx > 0)
    throw new Error(`cio-graph/bench: ${path} answered ${result.non2xx} non-2xx responses`);
  return result.requests.average;
}

export async function benchApi(
  name: string,
  dataDir: string,
  log: (line: string) => void,
  options: ApiBenchOptions = {},
): Promise<Record<string, unknown>[]> {
  const o = { seconds: 3, rounds: 3, connections: 10, encoding: 'br, gzip', ...options };
  const child = fork(SERVER, [dataDir, JSON.stringify(API_PATHS), o.encoding], {
    execArgv: [SEMI_SPACE_FLAG, '--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    const ports = await new Promise<Ports>((resolve, reject) => {
      child.once('message', (m) => resolve(m as Ports));
      child.once('exit', (code) => reject(new Error(`cio-graph/bench: API server exited (${code})`)));
    });
    const rows: Record<string, unknown>[] = [];
    for (const path of API_PATHS) {
      // Alternating rounds, median of each side: the machine's load drifts during a run.
      const bares: number[] = [];
      const apps: number[] = [];
      const expresses: number[] = [];
      for (let round = 0; round < o.rounds; round++) {
        bares.push(await rate(ports.bare, path, o));
        apps.push(await rate(ports.app, path, o));
        expresses.push(await rate(ports.express, path, o));
      }
      const [bare, app, express] = [median(bares), median(apps), median(expresses)];
      const row = {
        dataset: name,
        path,
        bytes: ports.bytes[path],
        headerBytes: ports.headerBytes[path],
        encoding: o.encoding,
        appRequestsPerSecond: Math.round(app),
        expressOnlyRequestsPerSecond: Math.round(express),
        bareRequestsPerSecond: Math.round(bare),
        ratio: +(app / bare).toFixed(2),
        expressOnlyRatio: +(express / bare).toFixed(2),
      };
      rows.push(row);
      log(
        `api ${name} ${path}: ${row.appRequestsPerSecond} req/s (express alone ${row.expressOnlyRequestsPerSecond}) vs bare ${row.bareRequestsPerSecond} (×${row.ratio}, express alone ×${row.expressOnlyRatio})`,
      );
    }
    return rows;
  } finally {
    child.disconnect();
    child.kill();
  }
}
