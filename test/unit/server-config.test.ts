// Server configuration is read once from flags and the environment, validated, and a broken shipped
// scenario stops the server with its location instead of being skipped.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/model/errors';
import { DEFAULT_DATA_DIR } from '../../src/model/load';
import { serverConfig } from '../../src/server/config';
import { shippedScenarios } from '../../src/server/listen';
import { ScenarioFileError } from '../../src/scenarios/load';

describe('server configuration', () => {
  it('defaults to port 3000 on 127.0.0.1 with the embedded store and the shipped data', () => {
    const c = serverConfig({}, {});
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      backend: 'memory',
      dataDirs: [DEFAULT_DATA_DIR],
    });
    expect(c.neo4j.uri).toBe('bolt://127.0.0.1:7687');
  });

  it('takes the environment, and flags over the environment', () => {
    const env = {
      PORT: '4000',
      CIO_GRAPH_BACKEND: 'neo4j',
      CIO_GRAPH_DATA: '/a:/b',
      NEO4J_URI: 'neo4j://x:7687',
    };
    expect(serverConfig({}, env)).toMatchObject({ port: 4000, backend: 'neo4j', dataDirs: ['/a', '/b'] });
    expect(serverConfig({}, env).neo4j.uri).toBe('neo4j://x:7687');
    expect(serverConfig({ port: '5000', backend: 'memory', data: ['/c'] }, env)).toMatchObject({
      port: 5000,
      backend: 'memory',
      dataDirs: ['/c'],
    });
  });

  it.each([
    [{ port: 'eighty' }, /port/],
    [{ port: '70000' }, /port/],
    [{ backend: 'mysql' }, /backend/],
  ])('refuses %j with a message naming the setting', (flags, message) => {
    expect(() => serverConfig(flags, {})).toThrow(InvalidArgumentError);
    expect(() => serverConfig(flags, {})).toThrow(message);
  });
});

describe('shipped scenarios', () => {
  it('reads every scenario of every data directory', () => {
    expect(shippedScenarios([DEFAULT_DATA_DIR]).map((s) => s.id)).toContain('merge-acd-into-cio-beraad');
    expect(shippedScenarios([mkdtempSync(join(tmpdir(), 'cio-graph-none-'))])).toEqual([]);
  });

  it('stops on a broken one, naming the file and the operation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cio-graph-sc-'));
    mkdirSync(join(dir, 'scenarios'));
    writeFileSync(join(dir, 'scenarios', 'broken.yaml'), 'name: x\noperations:\n  - op: set-chair\n');
    expect(() => shippedScenarios([dir])).toThrow(ScenarioFileError);
    expect(() => shippedScenarios([dir])).toThrow(/broken\.yaml:operations\.0:body/);
  });
});
