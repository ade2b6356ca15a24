import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/errors';
import { neo4jConfig } from '../../src/store/neo4j/config';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';

describe('neo4jConfig', () => {
  it('leaves the retry window to the driver unless NEO4J_MAX_RETRY_MS sets one', () => {
    expect(neo4jConfig({}, {}).maxRetryMs).toBeUndefined();
    expect(neo4jConfig({}, { NEO4J_MAX_RETRY_MS: '2500' }).maxRetryMs).toBe(2500);
    expect(neo4jConfig({ maxRetryMs: 0 }, { NEO4J_MAX_RETRY_MS: '2500' }).maxRetryMs).toBe(0);
  });

  it('refuses a retry window that is not a whole number of milliseconds, naming the variable', () => {
    for (const raw of ['soon', '-1', '1.5'])
      expect(() => neo4jConfig({}, { NEO4J_MAX_RETRY_MS: raw })).toThrow(StoreError);
    expect(() => neo4jConfig({}, { NEO4J_MAX_RETRY_MS: 'soon' })).toThrow(/NEO4J_MAX_RETRY_MS.*'soon'/);
  });

  it('refuses a dataset name with a key separator before any connection, naming the flag', () => {
    for (const dataset of ['a#1', 'a|b', 'a#1|b', ''])
      expect(() => new Neo4jStore(neo4jConfig({ dataset }, {}))).toThrow(StoreError);
    expect(() => new Neo4jStore(neo4jConfig({ dataset: 'a#1|b' }, {}))).toThrow(/--dataset.*'a#1\|b'/);
    expect(() => new Neo4jStore(neo4jConfig({ dataset: 'ministerie-bzk_2024.v2' }, {}))).not.toThrow();
  });
});
