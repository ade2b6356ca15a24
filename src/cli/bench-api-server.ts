// Child process of the API benchmark: the real server (startServer: the fast lane in front of express,
// every middleware, the rate limits raised far above the load instead of switched off, so their cost
// is measured), the same app instance without the fast lane (express alone, what served every request
// before it), and a bare node:http server that answers each benchmarked path with the very bytes and
// headers the real one sent, captured once. Reports the three ports to the parent over IPC.
import { createServer, get } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serverConfig } from '../server/config';
import { startServer } from '../server/listen';

const [dataDir, pathsJson, encoding] = process.argv.slice(2) as [string, string, string];

/** Far above what one load generator reaches on any machine (about 16 million requests a second). */
const BENCH_RATE_LIMIT = '1000000000';

function fetchRaw(port: number, path: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const listen = (server: Server) =>
  new Promise<number>((ok) =>
    server.listen(0, '127.0.0.1', () => ok((server.address() as AddressInfo).port)),
  );

const running = await startServer(
  serverConfig(
    { port: '0', host: '127.0.0.1', data: [dataDir] },
    {
      ...process.env,
      CIO_GRAPH_RATE_LIMIT: BENCH_RATE_LIMIT,
      CIO_GRAPH_RATE_LIMIT_COMPUTE: BENCH_RATE_LIMIT,
    },
  ),
);
const appPort = Number(new URL(running.url).port);
const captured = new Map<string, { headers: Record<string, string>; body: Buffer }>();
// Headers node writes itself on both servers.
const OWN = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);
for (const path of JSON.parse(pathsJson) as string[]) {
  const { headers, body } = await fetchRaw(appPort, path);
  const keep: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (!OWN.has(name) && value !== undefined) keep[name] = Array.isArray(value) ? value.join(', ') : value;
  keep['content-length'] = String(body.length);
  captured.set(path, { headers: keep, body });
}
const bare = createServer((req, res) => {
  const hit = captured.get(req.url ?? '');
  if (!hit) return void res.writeHead(404).end();
  res.writeHead(200, hit.headers).end(hit.body);
});
const [barePort, expressPort] = await Promise.all([listen(bare), listen(createServer(running.app))]);
process.send?.({
  app: appPort,
  express: expressPort,
  bare: barePort,
  bytes: Object.fromEntries([...captured].map(([p, c]) => [p, c.body.length])),
  headerBytes: Object.fromEntries(
    [...captured].map(([p, c]) => [
      p,
      Object.entries(c.headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 0),
    ]),
  ),
});
process.on('disconnect', () => process.exit(0));
