// The one module that talks to Neo4j: it owns the driver, opens sessions on an explicit database, runs
// transaction functions (retried on transient errors), attaches metadata, logs Cypher through `debug`
// (parameters summarised, never credentials), converts Neo4j integers at the boundary and maps driver
// errors onto the store's typed errors.
import createDebug from 'debug';
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import {
  DatasetExistsError,
  StoreAuthError,
  StoreConstraintError,
  StoreError,
  StoreUnavailableError,
} from '../errors';
import type { Neo4jConfig } from './config';
import { describe } from './config';

const log = createDebug('cio-graph:neo4j');
export const APP_METADATA = { app: 'cio-graph@0.1.0' };

/** A whole number as a Neo4j Integer (JavaScript numbers arrive as floats, which LIMIT rejects). */
export function int(value: number) {
  return neo4j.int(value);
}

/** Neo4j Integer → number, recursively; everything else as is. */
export function toNative(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toNative);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNative(v)]));
  }
  return value;
}

export function mapError(error: unknown, config: Neo4jConfig): Error {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof StoreError) return error;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|connect/i.test(message)) {
    return new StoreUnavailableError(
      `cio-graph/store: cannot reach Neo4j at ${describe(config)}: start it (npm run neo4j:start) or set NEO4J_URI`,
    );
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new StoreAuthError(
      `cio-graph/store: Neo4j at ${describe(config)} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD)`,
    );
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
    return new StoreConstraintError(`cio-graph/store: constraint violated: ${message}`);
  if (code === 'Neo.ClientError.Database.DatabaseNotFound')
    return new StoreError(`cio-graph/store: no database '${config.database}' at ${config.uri}`);
  return new StoreError(`cio-graph/store: Neo4j error ${code || ''}: ${message}`);
}

function summarise(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? `[${v.length} rows]` : v]),
  );
}

export class Executor {
  readonly driver: Driver;

  constructor(readonly config: Neo4jConfig) {
    // Without a user the server must run without auth (the local launcher does).
    const auth = config.user !== undefined ? neo4j.auth.basic(config.user, config.password ?? '') : undefined;
    // neo4j:// and neo4j+s:// URIs route reads to readers in a cluster or on Aura.
    this.driver = neo4j.driver(config.uri, auth, {
      userAgent: APP_METADATA.app,
      disableLosslessIntegers: false,
      ...(config.maxRetryMs !== undefined ? { maxTransactionRetryTime: config.maxRetryMs } : {}),
    });
  }

  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.config.database });
    } catch (error) {
      throw mapError(error, this.config);
    }
  }

  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const config = { metadata: APP_METADATA, timeout: 600_000 };
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      if (error instanceof DatasetExistsError) throw error;
      throw mapError(error, this.config);
    } finally {
      await session.close();
    }
  }

  /** Runs one read query and returns its records as plain objects with native numbers. */
  async read<R extends RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<R[]> {
    return this.session('READ', async (tx) => {
      log('%s %o', cypher, summarise(params));
      const result: QueryResult<R> = await tx.run<R>(cypher, params);
      return result.records.map((r) => toNative(r.toObject()) as R);
    });
  }

  /** Runs `work` in one write transaction: all of it commits, or none of it. */
  async write<T>(
    work: (
      run: (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>,
    ) => Promise<T>,
  ): Promise<T> {
    return this.session('WRITE', (tx) =>
      work(async (cypher, params = {}) => {
        log('%s %o', cypher, summarise(params));
        const result = await tx.run(cypher, params);
        return result.records.map((r) => toNative(r.toObject()) as Record<string, unknown>);
      }),
    );
  }

  /** Schema statements cannot share a transaction with writes; each runs on its own. */
  async schema(statements: string[]): Promise<void> {
    for (const statement of statements) await this.write((run) => run(statement));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
