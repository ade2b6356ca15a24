// One entry point for every caller (CLI, API, bench): a report request in, a file out.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InvalidArgumentError } from '../model/errors';
import type { OrgGraph } from '../model/types';
import { CURRENT_SNAPSHOT, SNAPSHOTS } from '../model/vocabulary';
import { buildFactsheet } from './factsheet';
import { renderHtml } from './html';
import { footerText } from './i18n';
import { renderMarkdown } from './markdown';
import type { ReportDocument, ReportMeta } from './model';
import { htmlToPdf } from './pdf';
import { buildStelselReport } from './stelsel';
import { ReportWorkspaceSchema } from './workspace';

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
  /** The graph is this workspace version (see workspaceAt): the edits get a section and the footer. */
  workspace: ReportWorkspaceSchema.optional(),
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
  // Workspace edits change the current picture only; the 2021 snapshot is the report's alone.
  if (r.workspace && r.snapshot !== CURRENT_SNAPSHOT)
    throw new InvalidArgumentError(
      `cio-graph/reports: a workspace version is an edit of the ${CURRENT_SNAPSHOT} picture; snapshot ${r.snapshot} has no versions`,
    );
  const document = graph.getAttribute('documents')?.[0];
  const meta: ReportMeta = {
    lang: r.lang,
    snapshot: r.snapshot,
    fingerprint,
    generated: r.generated ?? new Date().toISOString().slice(0, 10),
    source: document ? `${document.title} (${document.author}, ${document.date})` : '—',
    ...(r.workspace
      ? { workspace: { version: r.workspace.version, fingerprint: r.workspace.fingerprint } }
      : {}),
  };
  const options = { lang: r.lang, snapshot: r.snapshot, meta, workspace: r.workspace };
  return r.target === 'stelsel'
    ? buildStelselReport(graph, options)
    : buildFactsheet(graph, r.target, options);
}

/** What is left for Chromium: the page, the footer line and the file name (plain data, for a worker). */
export interface PrintJob {
  name: string;
  html: string;
  footer: string;
  lang: 'nl' | 'en';
}

/**
 * The report up to the PDF step: the file itself for HTML and Markdown, the print job for PDF. The
 * server runs this in its worker pool and prints on its bounded Chromium queue; the CLI does both.
 */
export async function prepareReport(
  graph: OrgGraph,
  request: ReportRequest,
  fingerprint?: string,
): Promise<{ file: ReportFile } | { print: PrintJob }> {
  const doc = await buildReport(graph, request, fingerprint);
  const format = request.format ?? 'html';
  const documents = graph.getAttribute('documents') ?? [];
  const version = doc.meta.workspace ? `-v${doc.meta.workspace.version}` : '';
  const base = `${doc.kind === 'stelsel' ? 'stelsel' : `factsheet-${request.target}`}-${doc.meta.lang}-${doc.meta.snapshot}${version}`;
  if (format === 'md')
    return {
      file: {
        name: `${base}.md`,
        mediaType: 'text/markdown; charset=utf-8',
        content: renderMarkdown(doc, documents),
      },
    };
  const html = renderHtml(doc, documents);
  if (format === 'html')
    return { file: { name: `${base}.html`, mediaType: 'text/html; charset=utf-8', content: html } };
  return { print: { name: `${base}.pdf`, html, footer: footerText(doc.meta), lang: doc.meta.lang } };
}

/** The PDF file of a print job. */
export function pdfFile(job: PrintJob, pdf: Buffer): ReportFile {
  return { name: job.name, mediaType: 'application/pdf', content: pdf };
}

export async function renderReport(
  graph: OrgGraph,
  request: ReportRequest,
  fingerprint?: string,
): Promise<ReportFile> {
  const prepared = await prepareReport(graph, request, fingerprint);
  if ('file' in prepared) return prepared.file;
  const { print } = prepared;
  const pdf = await htmlToPdf(print.html, {
    footer: print.footer,
    lang: print.lang,
    ...(request.chromium ? { executablePath: request.chromium } : {}),
  });
  return pdfFile(print, pdf);
}

export { PdfUnavailableError } from './pdf';
export { workspaceAt } from './workspace';
export type { ReportWorkspace } from './workspace';
