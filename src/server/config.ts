// Server configuration, read once at startup from flags and the environment (flags win):
// PORT, HOST, CIO_GRAPH_BACKEND, CIO_GRAPH_DATA (colon-separated), CIO_GRAPH_WEB_DIR,
// CIO_GRAPH_WORKERS, CIO_GRAPH_TASK_TIMEOUT_MS and the Neo4j
// variables of src/store/neo4j/config.ts.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InvalidArgumentError } from '../model/errors';
import { DEFAULT_DATA_DIR } from '../model/load';
import { neo4jConfig } from '../store/neo4j/config';
import type { Neo4jConfig } from '../store/neo4j/config';

export const DEFAULT_WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

const ServerConfigSchema = z.strictObject({
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  backend: z.enum(['memory', 'neo4j']),
  dataDirs: z.array(z.string().min(1)).min(1),
  webDir: z.string().min(1),
  rateLimitPerMinute: z.coerce.number().int().min(1),
  /** Worker threads for scenarios and exports (CIO_GRAPH_WORKERS); 0 runs them on the event loop. */
  workers: z.coerce.number().int().min(0).max(16).optional(),
  /** Time budget of one scenario or export in milliseconds (CIO_GRAPH_TASK_TIMEOUT_MS). */
  taskTimeoutMs: z.coerce.number().int().min(100).max(600_000),
});

export interface ServerConfig extends z.infer<typeof ServerConfigSchema> {
  neo4j: Neo4jConfig;
}

export interface ServerFlags {
  port?: string | undefined;
  host?: string | undefined;
  backend?: string | undefined;
  data?: string[] | undefined;
  web?: string | undefined;
  neo4j?: Partial<Neo4jConfig>;
}

export function serverConfig(flags: ServerFlags = {}, env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const result = ServerConfigSchema.safeParse({
    port: flags.port ?? env.PORT ?? 3000,
    host: flags.host ?? env.HOST ?? '127.0.0.1',
    backend: flags.backend ?? env.CIO_GRAPH_BACKEND ?? 'memory',
    dataDirs: flags.data?.length
      ? flags.data
      : env.CIO_GRAPH_DATA
        ? env.CIO_GRAPH_DATA.split(':')
        : [DEFAULT_DATA_DIR],
    webDir: flags.web ?? env.CIO_GRAPH_WEB_DIR ?? DEFAULT_WEB_DIR,
    rateLimitPerMinute: env.CIO_GRAPH_RATE_LIMIT ?? 1200,
    workers: env.CIO_GRAPH_WORKERS,
    taskTimeoutMs: env.CIO_GRAPH_TASK_TIMEOUT_MS ?? 10_000,
  });
  if (!result.success)
    throw new InvalidArgumentError(
      `cio-graph/server: bad configuration: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return { ...result.data, neo4j: neo4jConfig(flags.neo4j ?? {}, env) };
}
