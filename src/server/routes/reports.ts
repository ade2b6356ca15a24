// GET /api/reports/stelsel and /api/reports/:ministry?format=html|pdf|md&lang=nl|en&snapshot=&version=:
// the documents of src/reports. The document is built in the worker pool (503 + Retry-After when it is
// full, its time budget), and a PDF is then printed by the one shared Chromium of the PDF queue (one
// document at a time, a bounded queue, a budget), so the event loop never renders: /api/health and
// the cached reads answer while reports are made. `version` renders a workspace version (its edits
// footnoted with change, author and date). Results are cached per graph and request (bounded); without
// Chromium the PDF route answers 503 with a clear message and HTML keeps working.
import { createHash } from 'node:crypto';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { CURRENT_SNAPSHOT, SNAPSHOTS } from '../../model/vocabulary';
import { PdfUnavailableError, REPORT_FORMATS, pdfFile, workspaceAt } from '../../reports';
import type { ReportFile, ReportRequest, ReportWorkspace } from '../../reports';
import { PdfBusyError, PdfQueue, PdfTimeoutError } from '../../reports/pdf-queue';
import { ChangeNotFoundError } from '../../workspace/errors';
import { fingerprint as workspaceFingerprint } from '../../workspace/fingerprint';
import type { Workspace } from '../../workspace/workspace';
import { PoolBusyError, TaskTimeoutError } from '../pool/errors';
import type { BaseGraph } from '../pool/tasks';
import { HttpProblem } from '../problem';
import { parseOrProblem } from '../schemas';
import type { GraphService } from '../service';

export const ReportQuery = z.strictObject({
  format: z.enum(REPORT_FORMATS).default('html'),
  lang: z.enum(['nl', 'en']).default('nl'),
  snapshot: z.enum(SNAPSHOTS).default('2024'),
  /** A workspace version (0 = the dataset); the current graph when left out. */
  version: z.coerce.number().int().min(0).optional(),
});
export const MinistryParam = z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,40}$/);

/** The report page carries its own stylesheet and no script: styles inline, nothing else at all. */
const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const CACHE_LIMIT = 48;

/** One Chromium per process, shared by every app in it; listen.ts closes it with the server. */
let sharedPrinter: PdfQueue | undefined;
export function reportPrinter(): PdfQueue {
  return (sharedPrinter ??= new PdfQueue());
}
export async function closeReportPrinter(): Promise<void> {
  const printer = sharedPrinter;
  sharedPrinter = undefined;
  await printer?.close();
}

export interface ReportsRouterOptions {
  /** The PDF queue; default: the process's shared one. */
  printer?: PdfQueue;
}

interface Source {
  base: BaseGraph;
  fingerprint: string;
  workspace?: ReportWorkspace;
}

export function reportsRouter(
  service: GraphService,
  workspace?: Workspace,
  options: ReportsRouterOptions = {},
): express.Router {
  const router = express.Router();
  const cache = new Map<string, Promise<ReportFile>>();
  const printer = () => options.printer ?? reportPrinter();

  /** The graph a request renders: the current one, or a workspace version as the pool takes it. */
  const source = async (version: number | undefined): Promise<Source> => {
    if (version === undefined) {
      const { body, etag } = await service.graphJson(undefined);
      return { base: { key: etag, json: body }, fingerprint: etag.replace(/"/g, '') };
    }
    let graph;
    let ws: ReportWorkspace;
    if (workspace) {
      await workspace.sync();
      ({ graph, workspace: ws } = workspaceAt(workspace, version));
    } else {
      if (version !== 0) throw new ChangeNotFoundError(`cio-graph/workspace: no version ${version}`);
      graph = await service.base();
      ws = { version: 0, fingerprint: workspaceFingerprint(graph), changes: [] };
    }
    const json = JSON.stringify(graph.export());
    // The same digest as the graph's ETag, so the footer's dataset fingerprint means one thing.
    const digest = createHash('sha256').update(json).digest('base64url').slice(0, 27);
    return { base: { key: ws.fingerprint, json }, fingerprint: digest, workspace: ws };
  };

  const render = async (target: string, query: z.infer<typeof ReportQuery>): Promise<ReportFile> => {
    const { version, ...rest } = query;
    // A committed version never changes (the log only grows); the current graph is keyed by its ETag.
    const graphKey = version === undefined ? (await service.graphJson(undefined)).etag : `version:${version}`;
    const key = `${graphKey}|${target}|${rest.format}|${rest.lang}|${rest.snapshot}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const file = (async () => {
      const from = await source(version);
      const request: ReportRequest = {
        target,
        ...rest,
        // The page for the printer is HTML; the file's name and footer come back with it.
        ...(from.workspace ? { workspace: from.workspace } : {}),
      };
      const prepared = await service.runner.runTask('report', {
        base: from.base,
        request,
        fingerprint: from.fingerprint,
      });
      if ('file' in prepared) return prepared.file;
      const { print } = prepared;
      return pdfFile(print, await printer().print(print.html, { footer: print.footer, lang: print.lang }));
    })();
    cache.set(key, file);
    file.catch(() => cache.delete(key));
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    return file;
  };

  const send = async (req: Request, res: Response, target: string) => {
    const query = parseOrProblem(ReportQuery, req.query, 'query');
    if (query.version !== undefined && query.snapshot !== CURRENT_SNAPSHOT)
      throw new HttpProblem(
        400,
        'Bad parameter',
        `A workspace version edits the ${CURRENT_SNAPSHOT} picture; snapshot ${query.snapshot} has no versions (give one of them)`,
        [{ path: 'query.version', message: `not with snapshot ${query.snapshot}` }],
      );
    let file: ReportFile;
    try {
      file = await render(target, query);
    } catch (error) {
      if (error instanceof PdfUnavailableError) throw new HttpProblem(503, 'PDF unavailable', error.message);
      // The printer's refusals are the pool's: 503, with Retry-After when it is full.
      if (error instanceof PdfBusyError) throw new PoolBusyError(error.retryAfterSeconds);
      if (error instanceof PdfTimeoutError) throw new TaskTimeoutError('pdf', error.timeoutMs);
      if (error instanceof ChangeNotFoundError) throw new HttpProblem(404, 'Not found', error.message);
      throw error;
    }
    res.set('Cache-Control', 'no-cache');
    if (query.version !== undefined) res.set('X-Version', String(query.version));
    if (query.format === 'html') res.set('Content-Security-Policy', REPORT_CSP);
    else
      res.set(
        'Content-Disposition',
        `${query.format === 'pdf' ? 'inline' : 'attachment'}; filename="${file.name}"`,
      );
    // A PDF comes back from a worker or the printer as bytes; express sends a Buffer as they are.
    const content = typeof file.content === 'string' ? file.content : Buffer.from(file.content);
    res.type(file.mediaType).send(content);
  };
  const wrap =
    (fn: (req: Request, res: Response) => Promise<void>) =>
    (req: Request, res: Response, next: NextFunction) => {
      fn(req, res).catch(next);
    };

  router.get(
    '/stelsel',
    wrap((req, res) => send(req, res, 'stelsel')),
  );
  router.get(
    '/:ministry',
    wrap((req, res) => send(req, res, parseOrProblem(MinistryParam, req.params.ministry, 'path.ministry'))),
  );
  return router;
}
