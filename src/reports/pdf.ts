// PDF through headless Chromium (playwright-core's page.pdf): A4, page numbers in the footer, the
// inline SVG figures kept as vectors. Without a Chromium binary the caller gets a typed
// PdfUnavailableError and HTML keeps working.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { CioGraphError } from '../model/errors';

export class PdfUnavailableError extends CioGraphError {}

/** Debian's chromium, as the tests use it; CIO_GRAPH_CHROMIUM points elsewhere. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CIO_GRAPH_CHROMIUM || DEFAULT_CHROMIUM;
}

/** Whether the Chromium that PDFs and the viewer bench use is installed (benches skip without it). */
export function hasChromium(env: NodeJS.ProcessEnv = process.env): boolean {
  return existsSync(chromiumPath(env));
}

export interface PdfOptions {
  executablePath?: string;
  /** Footer text left of the page number (the fingerprint line). */
  footer: string;
  lang: 'nl' | 'en';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Chromium's path, or PdfUnavailableError saying how to get one. */
export function requireChromium(executablePath: string = chromiumPath()): string {
  if (!existsSync(executablePath))
    throw new PdfUnavailableError(
      `cio-graph/reports: PDF needs Chromium at ${executablePath} (apt-get install chromium, or set CIO_GRAPH_CHROMIUM); HTML and Markdown work without it`,
    );
  return executablePath;
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** One page of `browser` prints the HTML (A4, footer with page numbers); the page is closed after. */
export async function printPage(browser: Browser, html: string, options: PdfOptions): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    // The page is self-contained: nothing to fetch, so nothing may be fetched.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const word = options.lang === 'nl' ? 'pagina' : 'page';
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:7px;width:100%;padding:0 14mm;display:flex;justify-content:space-between;color:#3b4a5c"><span>${esc(options.footer)}</span><span>${word} <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
      margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
      tagged: true,
      outline: true,
    });
    return Buffer.from(pdf);
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** One PDF with a browser of its own (the CLI): launched, used once, closed. */
export async function htmlToPdf(html: string, options: PdfOptions): Promise<Buffer> {
  const browser = await launchChromium(requireChromium(options.executablePath));
  try {
    return await printPage(browser, html, options);
  } finally {
    await browser.close();
  }
}
