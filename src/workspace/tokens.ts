// Bearer tokens: printed once at creation, stored only as their SHA-256 hash. A presented token is
// hashed and compared against every active hash in constant time (no early exit, no lookup by value).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database as Db } from 'better-sqlite3';
import { z } from 'zod';
import { WorkspaceError } from './errors';
import { ScopeSchema } from './scope';

export const TokenNameSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]*$/, 'letters, digits and . _ @ -');

export interface TokenInfo {
  name: string;
  scopes: string[];
  created: string;
  revoked: string | null;
}

export class TokenError extends WorkspaceError {}

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest();

export class TokenStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Creates a token and returns it; this is the only time its value exists outside the caller. */
  create(name: string, scopes: string[]): { token: string; info: TokenInfo } {
    const parsedName = TokenNameSchema.safeParse(name);
    if (!parsedName.success)
      throw new TokenError(`cio-graph/workspace: token name: ${parsedName.error.issues[0]?.message}`);
    for (const scope of scopes) {
      const parsed = ScopeSchema.safeParse(scope);
      if (!parsed.success)
        throw new TokenError(`cio-graph/workspace: scope '${scope}': ${parsed.error.issues[0]?.message}`);
    }
    if (scopes.length === 0) throw new TokenError('cio-graph/workspace: a token needs a scope');
    const token = `cio_${randomBytes(32).toString('base64url')}`;
    const created = this.now().toISOString();
    try {
      this.db
        .prepare('INSERT INTO tokens (name, scopes, hash, created) VALUES (?, ?, ?, ?)')
        .run(name, scopes.join(' '), hashOf(token).toString('hex'), created);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
        throw new TokenError(
          `cio-graph/workspace: a token named '${name}' exists; revoke it or pick another name`,
        );
      throw error;
    }
    return { token, info: { name, scopes, created, revoked: null } };
  }

  list(): TokenInfo[] {
    const rows = this.db.prepare('SELECT name, scopes, created, revoked FROM tokens ORDER BY id').all() as {
      name: string;
      scopes: string;
      created: string;
      revoked: string | null;
    }[];
    return rows.map((r) => ({ ...r, scopes: r.scopes.split(' ') }));
  }

  revoke(name: string): void {
    const result = this.db
      .prepare('UPDATE tokens SET revoked = ? WHERE name = ? AND revoked IS NULL')
      .run(this.now().toISOString(), name);
    if (result.changes === 0) throw new TokenError(`cio-graph/workspace: no active token named '${name}'`);
  }

  /** Whether any token is configured (active); without one the server is read-only. */
  hasActive(): boolean {
    return this.db.prepare('SELECT 1 FROM tokens WHERE revoked IS NULL LIMIT 1').get() !== undefined;
  }

  /** The active token matching `presented`, or undefined. Every active hash is compared, in constant time. */
  verify(presented: string): TokenInfo | undefined {
    const presentedHash = hashOf(presented);
    const rows = this.db
      .prepare('SELECT name, scopes, created, revoked, hash FROM tokens WHERE revoked IS NULL')
      .all() as { name: string; scopes: string; created: string; revoked: null; hash: string }[];
    let found: TokenInfo | undefined;
    for (const row of rows) {
      const equal = timingSafeEqual(Buffer.from(row.hash, 'hex'), presentedHash);
      if (equal && !found)
        found = { name: row.name, scopes: row.scopes.split(' '), created: row.created, revoked: null };
    }
    return found;
  }
}

export interface AuditEntry {
  at: string;
  method: string;
  route: string;
  /** The token's name, never its value; null when none or an unknown one was presented. */
  token: string | null;
  outcome: 'accepted' | 'refused';
  status: number;
  detail: string;
  version: number | null;
  client: string | null;
}

export class AuditLog {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  record(entry: Omit<AuditEntry, 'at'>): void {
    this.db
      .prepare(
        'INSERT INTO audit (at, method, route, token, outcome, status, detail, version, client) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        this.now().toISOString(),
        entry.method,
        entry.route,
        entry.token,
        entry.outcome,
        entry.status,
        entry.detail.slice(0, 2000),
        entry.version,
        entry.client,
      );
  }

  list(limit = 1000): AuditEntry[] {
    return this.db
      .prepare(
        'SELECT at, method, route, token, outcome, status, detail, version, client FROM audit ORDER BY id DESC LIMIT ?',
      )
      .all(limit) as AuditEntry[];
  }
}
