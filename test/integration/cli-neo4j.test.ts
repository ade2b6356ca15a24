// The CLI against a real Neo4j: load validates first and reports counts; analyse --backend neo4j gives
// the same JSON as the embedded default.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { main } from '../../src/cli/main';
import { capture } from '../helpers/io';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { neo4jConfig } from '../../src/store/neo4j/config';

const uri = inject('neo4jUri');
const dataset = `cli-${randomUUID()}`;

describe('cio-graph load and analyse --backend neo4j', () => {
  afterAll(async () => {
    const store = await new Neo4jStore(neo4jConfig({ uri, dataset })).connect();
    await store.drop();
    await store.close();
  });

  it('writes nothing when the data is invalid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cio-graph-bad-'));
    writeFileSync(
      join(dir, 'sources.yaml'),
      'documents:\n  - {id: d, title: T, author: A, date: 2024-01-01}\n',
    );
    writeFileSync(join(dir, 'x.yaml'), 'nodes:\n  - {id: AZ, kind: ministry, name: AZ, sources: []}\n');
    const io = capture();
    expect(await main(['load', '--neo4j', uri, '--dataset', dataset, '--data', dir], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/x\.yaml:AZ:sources/);
    const store = await new Neo4jStore(neo4jConfig({ uri, dataset })).connect();
    await expect(store.readGraph()).rejects.toThrow();
    await store.close();
  });

  it('loads the dataset, reports counts, and refuses a second load without --replace', async () => {
    const io = capture();
    expect(await main(['load', '--neo4j', uri, '--dataset', dataset], io)).toBe(0);
    expect(io.stdout.join('')).toMatch(/loaded dataset '.+': \d+ nodes, \d+ edges, \d+ claims/);
    const again = capture();
    expect(await main(['load', '--neo4j', uri, '--dataset', dataset], again)).toBe(1);
    expect(again.stderr.join('')).toMatch(/--replace/);
    expect(await main(['load', '--neo4j', uri, '--dataset', dataset, '--replace'], capture())).toBe(0);
  });

  it('scenario --backend neo4j gives the same diff as on the embedded store', async () => {
    const file = 'data/scenarios/merge-acd-into-cio-beraad.yaml';
    const memory = capture();
    const neo4j = capture();
    expect(await main(['scenario', file, '--format', 'json'], memory)).toBe(0);
    expect(
      await main(
        ['scenario', file, '--format', 'json', '--backend', 'neo4j', '--neo4j', uri, '--dataset', dataset],
        neo4j,
      ),
    ).toBe(0);
    expect(neo4j.stdout.join('')).toBe(memory.stdout.join(''));
    expect(JSON.parse(neo4j.stdout.join('')).diff.overlap.removed[0]).toMatchObject({
      a: 'acd',
      b: 'cio-beraad',
    });
  });

  it('analyse all gives identical JSON on both backends', async () => {
    const memory = capture();
    const neo4j = capture();
    expect(await main(['analyse', 'all', '--format', 'json'], memory)).toBe(0);
    expect(
      await main(
        ['analyse', 'all', '--format', 'json', '--backend', 'neo4j', '--neo4j', uri, '--dataset', dataset],
        neo4j,
      ),
    ).toBe(0);
    expect(neo4j.stdout.join('')).toBe(memory.stdout.join(''));
  });

  it('says clearly when the server is unreachable', async () => {
    const io = capture();
    expect(
      await main(['analyse', 'deviations', '--backend', 'neo4j', '--neo4j', 'bolt://127.0.0.1:1'], io),
    ).toBe(1);
    expect(io.stderr.join('')).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
  });
});
