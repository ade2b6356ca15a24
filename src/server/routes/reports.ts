// GET /api/reports/stelsel and /api/reports/:ministry?format=html|pdf|md&lang=nl|en&snapshot=:
// the documents of src/reports, rendered once per dataset and request (bounded cache). PDF rendering
// launches Chromium, so PDFs are made one at a time; without Chromium the PDF route answers 503 with
// a clear message and HTML keeps working.
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { SNAPSHOTS } from '../../model/vocabulary';
import { PdfUnavailableError, REPORT_FORMATS, renderReport } from '../../reports';
import type { ReportFile } from '../../reports';
import { HttpProblem } from '../problem';
import { parseOrProblem } from '../schemas';
import type { GraphService } from '../service';

export const ReportQuery = z.strictObject({
  format: z.enum(REPORT_FORMATS).default('html'),
  lang: z.enum(['nl', 'en']).default('nl'),
  snapshot: z.enum(SNAPSHOTS).default('2024'),
});
const MinistryParam = z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,40}$/);

/** The report page carries its own stylesheet and no script: styles inline, nothing else at all. */
const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const CACHE_LIMIT = 48;

export function reportsRouter(service: GraphService): express.Router {
  const router = express.Router();
  const cache = new Map<string, Promise<ReportFile>>();
  let pdfQueue: Promise<unknown> = Promise.resolve();

  const render = (target: string, query: z.infer<typeof ReportQuery>): Promise<ReportFile> => {
    const key = `${target}|${query.format}|${query.lang}|${query.snapshot}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const run = async () => {
      const [graph, { etag }] = await Promise.all([service.base(), service.graphJson(undefined)]);
      return renderReport(graph, { target, ...query }, etag.replace(/"/g, ''));
    };
    // One Chromium at a time: a PDF costs a browser launch and a few hundred MB.
    const pending = query.format === 'pdf' ? (pdfQueue = pdfQueue.catch(() => undefined).then(run)) : run();
    const file = pending as Promise<ReportFile>;
    cache.set(key, file);
    file.catch(() => cache.delete(key));
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    return file;
  };

  const send = async (req: Request, res: Response, target: string) => {
    const query = parseOrProblem(ReportQuery, req.query, 'query');
    let file: ReportFile;
    try {
      file = await render(target, query);
    } catch (error) {
      if (error instanceof PdfUnavailableError) throw new HttpProblem(503, 'PDF unavailable', error.message);
      throw error;
    }
    res.set('Cache-Control', 'no-cache');
    if (query.format === 'html') res.set('Content-Security-Policy', REPORT_CSP);
    else
      res.set(
        'Content-Disposition',
        `${query.format === 'pdf' ? 'inline' : 'attachment'}; filename="${file.name}"`,
      );
    res.type(file.mediaType).send(file.content);
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
