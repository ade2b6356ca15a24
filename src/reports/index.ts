// One entry point for every caller (CLI, API, bench): a report request in, a file out.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InvalidArgumentError } from '../model/errors';
import type { OrgGraph } from '../model/types';
import { SNAPSHOTS } from '../model/vocabulary';
import { buildFactsheet } from './factsheet';
import { renderHtml } from './html';
import { tr } from './i18n';
import { renderMarkdown } from './markdown';
import type { ReportDocument, ReportMeta } from './model';
import { htmlToPdf } from './pdf';
import { buildStelselReport } from './stelsel';

export const REPORT_FORMATS = ['html', 'pdf', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const ReportRequestSchema = z.strictObject({
  /** A ministry code, or 'stelsel' for the Rijk-wide report. */
  target: z.string().min(1).max(64),
  format: z.enum(REPORT_FORMATS).default('html'),
  lang: z.enum(['nl', 'en']).default('nl'),
  snapshot: z.enum(SNAPSHOTS).default('2024'),
  /** ISO date printed in the footer; today when left out. */
  generated: z.string().optional(),
  chromium: z.string().optional(),
});
export type ReportRequest = z.input<typeof ReportRequestSchema>;

export interface ReportFile {
  name: string;
  mediaType: string;
  content: string | Buffer;
}

/** The SHA-256 of the graph's JSON, exactly the fingerprint /api/health reports. */
export function graphFingerprint(graph: OrgGraph): string {
  return createHash('sha256').update(JSON.stringify(graph.export())).digest('base64url').slice(0, 27);
}

export async function buildReport(
  graph: OrgGraph,
  request: ReportRequest,
  fingerprint: string = graphFingerprint(graph),
): Promise<ReportDocument> {
  const parsed = ReportRequestSchema.safeParse(request);
  if (!parsed.success)
    throw new InvalidArgumentError(
      `cio-graph/reports: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const r = parsed.data;
  const document = graph.getAttribute('documents')?.[0];
  const meta: ReportMeta = {
    lang: r.lang,
    snapshot: r.snapshot,
    fingerprint,
    generated: r.generated ?? new Date().toISOString().slice(0, 10),
    source: document ? `${document.title} (${document.author}, ${document.date})` : '—',
  };
  return r.target === 'stelsel'
    ? buildStelselReport(graph, { lang: r.lang, snapshot: r.snapshot, meta })
    : buildFactsheet(graph, r.target, { lang: r.lang, snapshot: r.snapshot, meta });
}

export async function renderReport(
  graph: OrgGraph,
  request: ReportRequest,
  fingerprint?: string,
): Promise<ReportFile> {
  const doc = await buildReport(graph, request, fingerprint);
  const format = request.format ?? 'html';
  const documents = graph.getAttribute('documents') ?? [];
  const base = `${doc.kind === 'stelsel' ? 'stelsel' : `factsheet-${request.target}`}-${doc.meta.lang}-${doc.meta.snapshot}`;
  if (format === 'md')
    return {
      name: `${base}.md`,
      mediaType: 'text/markdown; charset=utf-8',
      content: renderMarkdown(doc, documents),
    };
  const html = renderHtml(doc, documents);
  if (format === 'html')
    return { name: `${base}.html`, mediaType: 'text/html; charset=utf-8', content: html };
  const footer = tr(doc.meta.lang, 'footer', {
    f: doc.meta.fingerprint,
    d: doc.meta.generated,
    s: doc.meta.source,
  });
  const pdf = await htmlToPdf(html, {
    footer,
    lang: doc.meta.lang,
    ...(request.chromium ? { executablePath: request.chromium } : {}),
  });
  return { name: `${base}.pdf`, mediaType: 'application/pdf', content: pdf };
}

export { PdfUnavailableError } from './pdf';
