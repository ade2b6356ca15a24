// The workspace API: change sets (POST /api/changes, If-Match optimistic concurrency), the log and
// history per node, versions and as-of graphs, diffs between versions, and revert. Mounted in app.ts
// with one line; without a workspace the reads answer version 0 and every write is 403 read-only.
import express from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { ScenarioError } from '../../scenarios/apply';
import { versionDiff } from '../../workspace/diff';
import {
  ChangeNotFoundError,
  ChangeSetError,
  RevertConflictError,
  ScopeError,
  StaleBaseError,
} from '../../workspace/errors';
import type { ChangeRecord } from '../../workspace/records';
import { ChangeSetSchema } from '../../workspace/schema';
import { ChangesQuery, RevertBody, VersionDiffQuery, VersionGraphQuery } from './changes-schemas';
import type { AuditLog, TokenStore } from '../../workspace/tokens';
import type { Workspace } from '../../workspace/workspace';
import { auditWrites, authorOf, requireToken } from '../auth';
import { HttpProblem, toProblem } from '../problem';
import { parseOrProblem } from '../schemas';
import type { GraphService } from '../service';

export interface ServerWorkspace {
  workspace: Workspace;
  tokens: TokenStore;
  audit: AuditLog;
}

const VersionParam = z.coerce.number().int().min(1);

/** A record without its operations: what lists show. */
export function summary(r: ChangeRecord) {
  return {
    version: r.version,
    kind: r.kind,
    ...(r.reverts !== undefined ? { reverts: r.reverts } : {}),
    base: r.base,
    author: r.author,
    at: r.at,
    validFrom: r.validFrom,
    reason: r.reason,
    sources: r.sources,
    operations: r.operations.length,
    touched: r.touched,
    fingerprint: r.fingerprint,
  };
}

/** `If-Match: "3"` (or W/"3", or 3): the version the client edited. */
function ifMatch(req: Request): number | undefined {
  const header = req.get('if-match');
  if (header === undefined) return undefined;
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!m) throw new HttpProblem(400, 'Bad parameter', 'If-Match must be a version number, e.g. "3"');
  return Number(m[1]);
}

type Handler = (req: Request, res: Response) => Promise<void> | void;
const wrap =
  (handler: Handler) =>
  (req: Request, res: Response, next: NextFunction): void => {
    Promise.resolve(handler(req, res)).catch(next);
  };

export function changesRouter(service: GraphService, handle: ServerWorkspace | undefined): express.Router {
  const router = express.Router();
  const ws = handle?.workspace;
  const records = () => ws?.records ?? [];
  const version = () => ws?.version ?? 0;
  const [failures, check] = requireToken({ tokens: handle?.tokens, audit: handle?.audit }) as [
    RequestHandler,
    RequestHandler,
  ];
  const writes = [auditWrites(handle?.audit), failures, check];
  // A Bearer token on GET /api/workspace says whose it is (name, scopes), so the viewer can show who
  // is editing and offer revert to admins only; a bad token is refused and rate-limited like a write.
  const identify: RequestHandler = (req, res, next) => {
    if (req.get('authorization') === undefined) return next();
    failures(req, res, (error?: unknown) => (error ? next(error) : check(req, res, next)));
  };

  const need = (): Workspace => {
    if (!ws) throw new HttpProblem(404, 'Not found', 'This server has no workspace (serve --workspace DIR)');
    return ws;
  };
  const sendVersion = (res: Response) => {
    res.set('ETag', `"${version()}"`);
    res.set('Cache-Control', 'no-store');
  };

  router.get(
    '/workspace',
    identify,
    wrap(async (_req, res) => {
      if (ws) await ws.sync();
      sendVersion(res);
      res.json({
        enabled: ws !== undefined,
        writable: handle?.tokens.hasActive() ?? false,
        backend: ws?.changeLog.backend ?? null,
        version: version(),
        fingerprint: ws?.fingerprint ?? null,
        token: res.locals.author ? { name: authorOf(res).name, scopes: authorOf(res).scopes } : null,
      });
    }),
  );

  // The graph at a version or date; without either, app.ts's /graph answers (the current graph).
  router.get('/graph', (req, res, next) => {
    if (req.query.version === undefined && req.query.asOf === undefined) return next();
    wrap(async () => {
      const { snapshot, ...query } = req.query;
      const { version: v, asOf } = parseOrProblem(VersionGraphQuery, query, 'query');
      if (v !== undefined && asOf !== undefined)
        throw new HttpProblem(400, 'Bad parameter', 'Give version or asOf, not both');
      if (ws) await ws.sync();
      const at = v ?? (ws ? ws.versionAsOf(asOf!) : 0);
      if (!ws && at !== 0) throw new ChangeNotFoundError(`cio-graph/workspace: no version ${at}`);
      const exported = (ws ? ws.graphAt(at) : await service.base()).export();
      // The same snapshot filter as the current graph's route.
      if (typeof snapshot === 'string')
        exported.edges = exported.edges.filter((e) => e.attributes!.validIn.includes(snapshot as never));
      res.set('X-Version', String(at));
      res.set('Cache-Control', 'no-cache');
      res.json(exported);
    })(req, res, next);
  });

  router.get(
    '/changes',
    wrap(async (req, res) => {
      const { node } = parseOrProblem(ChangesQuery, req.query, 'query');
      if (ws) await ws.sync();
      const list = node && ws ? ws.history(node) : records();
      sendVersion(res);
      res.json({ version: version(), fingerprint: ws?.fingerprint ?? null, changes: list.map(summary) });
    }),
  );

  router.get(
    '/changes/:id',
    wrap(async (req, res) => {
      const w = need();
      const v = parseOrProblem(VersionParam, req.params.id, 'path.id');
      await w.sync();
      const record = w.record(v);
      res.json({ ...record, diff: versionDiff(v - 1, v, w.graphAt(v - 1), w.graphAt(v)) });
    }),
  );

  router.get(
    '/versions/diff',
    wrap(async (req, res) => {
      const w = need();
      const { from, to } = parseOrProblem(VersionDiffQuery, req.query, 'query');
      await w.sync();
      res.json(versionDiff(from, to, w.graphAt(from), w.graphAt(to)));
    }),
  );

  router.post(
    '/changes',
    ...writes,
    wrap(async (req, res) => {
      const w = need();
      if (!req.is('application/json'))
        throw new HttpProblem(415, 'Unsupported media type', 'Send the change set as application/json');
      const match = ifMatch(req);
      const body = { ...(req.body as Record<string, unknown>) };
      if (body.base === undefined && match !== undefined) body.base = match;
      const changeSet = parseOrProblem(ChangeSetSchema, body, 'body');
      if (match !== undefined && match !== changeSet.base)
        throw new HttpProblem(400, 'Bad parameter', `If-Match ${match} and base ${changeSet.base} disagree`);
      const record = await w.commit(changeSet, authorOf(res));
      committed(res, record);
    }),
  );

  router.post(
    '/changes/:id/revert',
    ...writes,
    wrap(async (req, res) => {
      const w = need();
      const v = parseOrProblem(VersionParam, req.params.id, 'path.id');
      const body = parseOrProblem(RevertBody, req.body ?? {}, 'body');
      const author = authorOf(res);
      if (!author.scopes.includes('admin')) throw new ScopeError(`change ${v}`, author.scopes.join(','));
      const record = await w.revert(v, author, body.reason, body.base ?? ifMatch(req));
      committed(res, record);
    }),
  );

  function committed(res: Response, record: ChangeRecord): void {
    service.invalidate();
    res.locals.auditDetail = `version ${record.version}: ${record.reason}`;
    res.locals.auditVersion = record.version;
    res.set('ETag', `"${record.version}"`);
    res.status(201).json(summary(record));
  }

  // Workspace errors as problems; a stale base carries the current version and what changed since.
  router.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    const send = (status: number, title: string, detail: string, extra: Record<string, unknown> = {}) => {
      res.locals.auditDetail = detail;
      const problem = toProblem(new HttpProblem(status, title, detail), req.originalUrl);
      res
        .status(status)
        .type('application/problem+json')
        .send(JSON.stringify({ ...problem, ...extra }));
    };
    if (error instanceof StaleBaseError)
      return send(412, 'Stale base', error.message, {
        current: error.current,
        since: error.since.map(summary),
      });
    if (error instanceof ScopeError)
      return send(403, 'Outside your scope', error.message, { record: error.record });
    if (error instanceof ChangeNotFoundError) return send(404, 'Not found', error.message);
    if (error instanceof RevertConflictError) return send(409, 'Conflict', error.message);
    if (error instanceof ScenarioError)
      return send(422, 'Change set cannot be applied', error.message, {
        errors: [{ path: `body.${error.issue.record}.${error.issue.field}`, message: error.issue.message }],
      });
    if (error instanceof ChangeSetError)
      return send(422, 'Change set cannot be applied', error.message, {
        errors: [{ path: `body.${error.field}`, message: error.message }],
      });
    if (error instanceof HttpProblem) res.locals.auditDetail ??= error.message;
    next(error);
  });
  return router;
}
