// The server's PDF printer: one Chromium, reused across requests, printing one document at a time
// through a bounded queue with a time budget per document. Printing is Chromium's work in its own
// process; this side only waits on it, so the event loop (health, cached reads) stays free. A full
// queue is refused at once (PdfBusyError: the server answers 503 with Retry-After); a document past
// its budget stops the browser, which the next document relaunches. After a quiet minute the browser
// is closed, so an idle server holds no Chromium.
import type { Browser } from 'playwright-core';
import { CioGraphError } from '../model/errors';
import { chromiumPath, launchChromium, printPage, requireChromium } from './pdf';
import type { PdfOptions } from './pdf';

/** Every print slot is taken: try again after `retryAfterSeconds`. */
export class PdfBusyError extends CioGraphError {
  constructor(readonly retryAfterSeconds: number) {
    super('cio-graph/reports: the PDF printer is busy and its queue is full; try again shortly');
  }
}

/** A document took longer than the printer's budget; the browser was stopped. */
export class PdfTimeoutError extends CioGraphError {
  constructor(readonly timeoutMs: number) {
    super(`cio-graph/reports: printing took longer than its ${timeoutMs} ms budget and was stopped`);
  }
}

export interface PdfQueueOptions {
  /** Documents that may wait while one prints; more are refused. Default 2. */
  maxQueue?: number;
  /** Budget of one document from the moment it starts printing, in ms. Default 30 s. */
  timeoutMs?: number;
  /** Close the browser after this long without work, in ms. Default 60 s. */
  idleMs?: number;
  /** Where Chromium is, read per document (CIO_GRAPH_CHROMIUM may change in tests). */
  executablePath?: () => string;
}

export class PdfQueue {
  readonly maxQueue: number;
  readonly timeoutMs: number;
  private readonly idleMs: number;
  private readonly executablePath: () => string;
  private browser: { path: string; browser: Promise<Browser> } | undefined;
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private idle: NodeJS.Timeout | undefined;
  private closed = false;
  /** Browsers launched so far (tests check the browser is reused). */
  launches = 0;

  constructor(options: PdfQueueOptions = {}) {
    this.maxQueue = options.maxQueue ?? 2;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.idleMs = options.idleMs ?? 60_000;
    this.executablePath = options.executablePath ?? (() => chromiumPath());
  }

  /** Documents printing or waiting. */
  get size(): number {
    return this.pending;
  }

  /** Prints one document; refuses at once when one prints and `maxQueue` wait. */
  async print(html: string, options: Omit<PdfOptions, 'executablePath'>): Promise<Buffer> {
    // Checked before queueing: a missing Chromium is not a busy printer.
    const path = requireChromium(this.executablePath());
    if (this.closed || this.pending > this.maxQueue) throw new PdfBusyError(this.retryAfterSeconds());
    this.pending++;
    clearTimeout(this.idle);
    const run = this.tail.then(() => this.printNow(path, html, options));
    this.tail = run.catch(() => undefined);
    try {
      return await run;
    } finally {
      this.pending--;
      if (this.pending === 0 && !this.closed) {
        this.idle = setTimeout(() => void this.stopBrowser(), this.idleMs);
        this.idle.unref();
      }
    }
  }

  private async printNow(path: string, html: string, options: PdfOptions): Promise<Buffer> {
    if (this.closed) throw new PdfBusyError(this.retryAfterSeconds());
    const browser = await this.browserFor(path);
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<never>((_ok, fail) => {
      timer = setTimeout(() => fail(new PdfTimeoutError(this.timeoutMs)), this.timeoutMs);
    });
    try {
      return await Promise.race([printPage(browser, html, options), budget]);
    } catch (error) {
      // A stuck or crashed browser is not reused: the next document gets a fresh one.
      await this.stopBrowser();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private async browserFor(path: string): Promise<Browser> {
    if (this.browser && this.browser.path !== path) await this.stopBrowser();
    if (this.browser) {
      const browser = await this.browser.browser.catch(() => undefined);
      if (browser?.isConnected()) return browser;
      this.browser = undefined;
    }
    this.launches++;
    const browser = launchChromium(path);
    this.browser = { path, browser };
    browser.catch(() => {
      if (this.browser?.browser === browser) this.browser = undefined;
    });
    return browser;
  }

  private async stopBrowser(): Promise<void> {
    const current = this.browser;
    this.browser = undefined;
    if (!current) return;
    const browser = await current.browser.catch(() => undefined);
    await browser?.close().catch(() => undefined);
  }

  private retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.timeoutMs / 1000));
  }

  /** Refuses new documents, waits for the running one, closes the browser. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idle);
    await this.tail;
    await this.stopBrowser();
  }
}
