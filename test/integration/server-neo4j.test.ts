// The server on the Neo4j backend: the same API answers as on the embedded store.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../../src/model/load';
import { serverConfig } from '../../src/server/config';
import { startServer } from '../../src/server/listen';
import type { RunningServer } from '../../src/server/listen';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { neo4jConfig } from '../../src/store/neo4j/config';

const uri = inject('neo4jUri');
const dataset = `server-${randomUUID()}`;
let neo4j: RunningServer;
let memory: RunningServer;
let loader: Neo4jStore;

beforeAll(async () => {
  loader = await new Neo4jStore(neo4jConfig({ uri, dataset })).connect();
  await loader.load(validateDataDirs([DEFAULT_DATA_DIR]).dataset!);
  neo4j = await startServer(serverConfig({ port: '0', backend: 'neo4j', neo4j: { uri, dataset } }, {}));
  memory = await startServer(serverConfig({ port: '0' }, {}));
});

afterAll(async () => {
  await neo4j?.close();
  await memory?.close();
  await loader.drop();
  await loader.close();
});

const json = async (server: RunningServer, path: string) => {
  const res = await fetch(`${server.url}${path}`);
  expect(res.status, path).toBe(200);
  return res.json();
};

describe('server with --backend neo4j', () => {
  it('reports the Neo4j backend and dataset in /api/health', async () => {
    expect(await json(neo4j, '/api/health')).toMatchObject({ backend: 'neo4j', name: dataset, nodes: 480 });
  });

  it('serves the same graph, node details, tables and analyses as the embedded store', async () => {
    for (const path of [
      '/api/graph',
      '/api/graph?snapshot=2021',
      '/api/nodes/OCW%2FDUO',
      '/api/tables',
      '/api/analyses/deviations',
      '/api/analyses/overlap?chairsAreMembers=true',
      '/api/analyses/fragmentation?snapshot=2021',
      '/api/analyses/contradictions',
      '/api/analyses/centrality',
    ])
      expect(await json(neo4j, path), path).toEqual(await json(memory, path));
  });
});
