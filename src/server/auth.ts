// Who may write: Bearer tokens from the workspace, compared in constant time (src/workspace/tokens.ts).
// Without a workspace or an active token the server is read-only and says so (403). Failed attempts
// (no, unknown or revoked token) are rate-limited far harder than reads, and every write attempt,
// accepted or refused, goes to the audit log with the token's name, never its value.
import type { NextFunction, Request, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { AuditLog, TokenStore } from '../workspace/tokens';
import type { Author } from '../workspace/workspace';
import { HttpProblem } from './problem';

export interface AuthOptions {
  tokens: TokenStore | undefined;
  audit: AuditLog | undefined;
  /** Failed attempts per client per 15 minutes before 429. */
  failedAttemptsPer15Min?: number;
}

/** The author of a request that passed `requireToken`. */
export function authorOf(res: Response): Author {
  return res.locals.author as Author;
}

/** Records every write attempt when its response is sent: who (token name), what, the outcome. */
export function auditWrites(audit: AuditLog | undefined) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (audit)
      res.on('finish', () => {
        const author = res.locals.author as Author | undefined;
        audit.record({
          method: req.method,
          route: req.originalUrl.split('?')[0]!,
          token: author?.name ?? null,
          outcome: res.statusCode < 400 ? 'accepted' : 'refused',
          status: res.statusCode,
          detail: String(res.locals.auditDetail ?? ''),
          version: typeof res.locals.auditVersion === 'number' ? res.locals.auditVersion : null,
          client: req.ip ?? null,
        });
      });
    next();
  };
}

export function requireToken(options: AuthOptions) {
  const failures = rateLimit({
    windowMs: 15 * 60_000,
    limit: options.failedAttemptsPer15Min ?? 10,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Only refused credentials count: a valid editor's 412 or 422 is not an attack.
    requestWasSuccessful: (_req, res) => res.statusCode !== 401,
    skipSuccessfulRequests: true,
    handler: (_req, res, next) => {
      res.locals.auditDetail = 'too many failed attempts';
      next(new HttpProblem(429, 'Too many failed attempts', 'Too many failed attempts; try again later'));
    },
  });
  const check = (req: Request, res: Response, next: NextFunction): void => {
    const { tokens } = options;
    if (!tokens || !tokens.hasActive()) {
      res.locals.auditDetail = 'read-only server';
      return next(
        new HttpProblem(
          403,
          'Read-only',
          'This server is read-only: no edit token is configured. Start it with --workspace DIR after `cio-graph token create`. / Deze server is alleen-lezen: er is geen bewerkingstoken ingesteld.',
        ),
      );
    }
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const found = match ? tokens.verify(match[1]!) : undefined;
    if (!found) {
      res.locals.auditDetail = match ? 'unknown or revoked token' : 'no bearer token';
      res.set('WWW-Authenticate', 'Bearer realm="cio-graph"');
      return next(
        new HttpProblem(
          401,
          'Unauthorized',
          'A valid bearer token is required to write / Een geldig token is nodig om te bewerken',
        ),
      );
    }
    res.locals.author = { name: found.name, scopes: found.scopes } satisfies Author;
    next();
  };
  return [failures, check];
}
