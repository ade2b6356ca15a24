// Raw HTTP against two servers around one app: the fast lane in front of express (as `serve` runs it)
// and express alone, so a test can compare the two answers for the same request and count which
// requests reached express.
import { createServer, request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../../src/server/app';

export interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface TwoLanes {
  /** Through the fast lane, as the server runs. */
  laned(path: string, headers?: Record<string, string>, method?: string, body?: string): Promise<Raw>;
  /** Express alone, the same app instance (same caches, same limiter). */
  express(path: string, headers?: Record<string, string>, method?: string, body?: string): Promise<Raw>;
  /** Requests the laned server passed on to express. */
  readonly passedOn: number;
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok((server.address() as AddressInfo).port)));
}

function send(
  port: number,
  path: string,
  headers: Record<string, string>,
  method: string,
  body?: string,
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

export async function twoLanes(app: App): Promise<TwoLanes> {
  let passedOn = 0;
  const laned = createServer(
    app.fastLane.listener((req, res) => {
      passedOn++;
      app(req, res);
    }),
  );
  const bare = createServer(app);
  const [lanedPort, expressPort] = await Promise.all([listen(laned), listen(bare)]);
  return {
    laned: (path, headers = {}, method = 'GET', body) => send(lanedPort, path, headers, method, body),
    express: (path, headers = {}, method = 'GET', body) => send(expressPort, path, headers, method, body),
    get passedOn() {
      return passedOn;
    },
    close: async () => {
      for (const s of [laned, bare]) {
        s.closeAllConnections();
        await new Promise((ok) => s.close(ok));
      }
    },
  };
}

/** Headers that differ per response by nature: the date, and the rate-limit counters. */
export const PER_RESPONSE = new Set(['date', 'ratelimit']);

/** A response's headers without the per-response ones, for an equality check. */
export function comparable(headers: IncomingHttpHeaders): Record<string, unknown> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.has(name)));
}
