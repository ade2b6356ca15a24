// Neo4j connection settings, read once: flags win over NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD,
// NEO4J_DATABASE, NEO4J_MAX_RETRY_MS. The password is never printed; `describe` gives a safe summary
// for messages.
import { StoreError } from '../errors';

export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  database: string;
  dataset: string;
  /**
   * How long a transaction is retried after a transient failure or a lost server before the store
   * gives up (the driver's `maxTransactionRetryTime`). The driver's 30 s rides out a cluster leader
   * switch; a single local server that died will not come back in that time, so scripts and tests
   * that want a quick, clear failure set it lower.
   */
  maxRetryMs?: number;
}

function retryWindow(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new StoreError(
      `cio-graph/store: NEO4J_MAX_RETRY_MS must be a whole number of milliseconds, got '${raw}'`,
    );
  return value;
}

/**
 * A dataset name may not contain the node key's separators: keys are `<dataset>#<generation>|<id>`,
 * and a name like `a#1|b` would make one dataset's keys another's (`a`, generation 1, id `b#1|x`).
 */
export function assertDatasetName(dataset: string): void {
  if (dataset === '' || /[#|]/.test(dataset))
    throw new StoreError(
      `cio-graph/store: the dataset name (--dataset or CIO_GRAPH_DATASET) must be non-empty and ` +
        `without '#' or '|', got '${dataset}'`,
    );
}

export function neo4jConfig(
  flags: Partial<Neo4jConfig> = {},
  env: NodeJS.ProcessEnv = process.env,
): Neo4jConfig {
  const config: Neo4jConfig = {
    uri: flags.uri ?? env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    database: flags.database ?? env.NEO4J_DATABASE ?? 'neo4j',
    dataset: flags.dataset ?? env.CIO_GRAPH_DATASET ?? 'default',
  };
  const user = flags.user ?? env.NEO4J_USER;
  const password = flags.password ?? env.NEO4J_PASSWORD;
  if (user !== undefined) config.user = user;
  if (password !== undefined) config.password = password;
  const maxRetryMs = flags.maxRetryMs ?? retryWindow(env.NEO4J_MAX_RETRY_MS);
  if (maxRetryMs !== undefined) config.maxRetryMs = maxRetryMs;
  return config;
}

export function describe(config: Neo4jConfig): string {
  return `${config.uri} (database ${config.database}${config.user ? `, user ${config.user}` : ''})`;
}
