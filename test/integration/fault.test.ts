// Fault test: kill the Neo4j process in the middle of a large load, restart it on the same home: the
// store holds the previous complete dataset, never part of the new one, and the loader fails clearly.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { buildGraph } from '../../src/model/load';
import { validateDataFiles } from '../../src/model/validate';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { neo4jConfig } from '../../src/store/neo4j/config';
import { generateDataset } from '../../src/synthetic/generate';
// @ts-expect-error: a plain ES module without type declarations
import { startNeo4j, stopNeo4j } from '../../neo4j-local/neo4j.mjs';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('a load killed half-way', () => {
  const home = mkdtempSync(join(tmpdir(), 'cio-graph-fault-'));
  afterAll(async () => {
    await stopNeo4j({ home });
    rmSync(home, { recursive: true, force: true });
  });

  it('leaves the previous complete dataset and makes the loader exit non-zero', async () => {
    const port = await freePort();
    const { url } = await startNeo4j({ port, home, fresh: true });
    const previous = validateDataFiles(
      generateDataset({ ministries: 3, seed: 'fault-previous' }).files,
    ).dataset!;
    const store = await new Neo4jStore(neo4jConfig({ uri: url, dataset: 'fault' })).connect();
    await store.load(previous);
    await store.close();

    const bigDir = mkdtempSync(join(tmpdir(), 'cio-graph-big-'));
    expect(
      await main(['generate', '--ministries', '200', '--seed', 'fault-big', '--out', bigDir], {
        out: () => {},
        err: () => {},
      }),
    ).toBe(0);
    const loader = spawn(
      process.execPath,
      [
        'bin/cio-graph.mjs',
        'load',
        '--neo4j',
        url,
        '--dataset',
        'fault',
        '--replace',
        '--data',
        bigDir,
        '--batch-size',
        '500',
      ],
      // A dead local server does not come back; without a short retry window the loader would retry
      // for the driver's 30 s before reporting what the test asserts.
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEO4J_MAX_RETRY_MS: '1000' } },
    );
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => loader.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no progress from the loader:\n${stderr}`)), 120_000);
      loader.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        // Kill once the new nodes are being written: the transaction is open and half-done.
        if (/load: (nodes|claims|edges) \d+\/\d+ \((1\d|2\d|3\d)%\)/.test(stderr)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    process.kill(Number(readFileSync(join(home, 'neo4j.pid'), 'utf8')), 'SIGKILL');
    const code = await exited;
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/cio-graph\/store: /);

    await stopNeo4j({ home });
    const restarted = await startNeo4j({ port, home });
    const after = await new Neo4jStore(neo4jConfig({ uri: restarted.url, dataset: 'fault' })).connect();
    try {
      expect((await after.readGraph()).export()).toEqual(buildGraph(previous).export());
    } finally {
      await after.close();
      rmSync(bigDir, { recursive: true, force: true });
    }
  }, 300_000);
});
