// Neo4j connection settings, read once: flags win over NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD,
// NEO4J_DATABASE. The password is never printed; `describe` gives a safe summary for messages.
export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  database: string;
  dataset: string;
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
  return config;
}

export function describe(config: Neo4jConfig): string {
  return `${config.uri} (database ${config.database}${config.user ? `, user ${config.user}` : ''})`;
}
