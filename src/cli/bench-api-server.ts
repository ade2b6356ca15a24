// Child process of the API benchmark: the real server (startServer, every middleware, rate limits off)
// and a bare node:http server that answers each benchmarked path with the very bytes and headers the
// real one sent, captured once. Reports both ports to the parent over IPC.
import { createServer, get } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serverConfig } from '../server/config';
import { startServer } from '../server/listen';

const [dataDir, pathsJson, encoding] = process.argv.slice(2) as [string, string, string];

function fetchRaw(port: number, path: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const running = await startServer(
  serverConfig(
    { port: '0', host: '127.0.0.1', data: [dataDir] },
    { ...process.env, CIO_GRAPH_RATE_LIMIT: '0', CIO_GRAPH_RATE_LIMIT_COMPUTE: '0' },
  ),
);
const appPort = Number(new URL(running.url).port);
const captured = new Map<string, { headers: Record<string, string>; body: Buffer }>();
for (const path of JSON.parse(pathsJson) as string[]) {
  const { headers, body } = await fetchRaw(appPort, path);
  const keep: Record<string, string> = { 'content-length': String(body.length) };
  for (const h of ['content-type', 'content-encoding', 'etag', 'cache-control', 'vary'])
    if (typeof headers[h] === 'string') keep[h] = headers[h];
  captured.set(path, { headers: keep, body });
}
const bare = createServer((req, res) => {
  const hit = captured.get(req.url ?? '');
  if (!hit) return void res.writeHead(404).end();
  res.writeHead(200, hit.headers).end(hit.body);
});
bare.listen(0, '127.0.0.1', () => {
  process.send?.({
    app: appPort,
    bare: (bare.address() as AddressInfo).port,
    bytes: Object.fromEntries([...captured].map(([p, c]) => [p, c.body.length])),
  });
});
process.on('disconnect', () => process.exit(0));
