// Global test setup: a real Neo4j for the integration tests. With NEO4J_URI set, that server is used;
// otherwise the local launcher starts Neo4j Community on a free port with a fresh home (the first run
// fetches the jars through Maven) and stops it afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
// @ts-expect-error: a plain ES module without type declarations
import { startNeo4j, stopNeo4j } from '../../neo4j-local/neo4j.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export default async function setup(project: TestProject) {
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    return;
  }
  const home = mkdtempSync(join(tmpdir(), 'cio-graph-neo4j-'));
  const port = await freePort();
  const { url } = await startNeo4j({ port, home, fresh: true });
  project.provide('neo4jUri', url);
  return async () => {
    await stopNeo4j({ home });
    rmSync(home, { recursive: true, force: true });
  };
}
