// One place that builds the viewer, starts the real server and launches Debian's Chromium for an e2e
// file. Every e2e file used to copy these thirty lines; a change of flags or build options now lands once.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../../src/reports/pdf';
import { serverConfig } from '../../../src/server/config';
import type { ServerFlags } from '../../../src/server/config';
import { startServer } from '../../../src/server/listen';
import type { RunningServer } from '../../../src/server/listen';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const OUT = join(ROOT, 'test-output');

export interface HarnessOptions {
  /** Server flags beyond the port and the built web folder (a workspace, data directories...). */
  readonly flags?: ServerFlags;
  /** Environment the server configuration reads (rate limits, workers); defaults to none. */
  readonly env?: NodeJS.ProcessEnv;
  /** Set up only the server and the browser, not the build: for files that reuse another's server. */
  readonly skipBuild?: boolean;
}

export interface ViewerHarness {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly url: string;
  readonly webDist: string;
}

/**
 * Registers the build, the server and the browser around the calling file's tests. `name` gives the
 * file its own build folder: vitest runs e2e files in parallel, and two builds into one folder race.
 * The returned object is filled in by `beforeAll`; read it inside tests only.
 */
export function useViewerHarness(name: string, options: HarnessOptions = {}): ViewerHarness {
  const harness = {} as { server: RunningServer; browser: Browser; url: string; webDist: string };
  const webDist = join(OUT, `web-dist-${name}`);
  harness.webDist = webDist;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    if (!options.skipBuild)
      await build({
        configFile: join(ROOT, 'web/vite.config.ts'),
        logLevel: 'error',
        build: { outDir: webDist, emptyOutDir: true },
      });
    harness.server = await startServer(
      serverConfig({ port: '0', web: webDist, ...options.flags }, options.env ?? {}),
    );
    harness.url = harness.server.url;
    harness.browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  }, 180_000);
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}

/** A page that records console errors, failed requests and page errors, for tests to assert empty. */
export async function openPage(
  harness: ViewerHarness,
  query = '',
  viewport = { width: 1400, height: 900 },
): Promise<{ page: Page; errors: string[] }> {
  const page = await harness.browser.newPage({ viewport, acceptDownloads: true });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await showView(harness, page, query);
  return { page, errors };
}

/**
 * Opens `query` in `page` and waits until the view is drawn: ready, fonts loaded (a label measured in
 * a fallback font is placed wrong), and a few frames rendered so the label boxes are the view's. The
 * viewer starts with its layout and camera placed unanimated, so no fixed sleep is needed.
 */
export async function showView(harness: ViewerHarness, page: Page, query: string): Promise<void> {
  await page.goto(`${harness.url}/${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
  await nextFrames(page, 3);
}

/**
 * Waits until the renderer has drawn `frames` more frames: sigma renders on animation frames, and the
 * label boxes tests read are those of the last frame. Used instead of a fixed sleep where nothing
 * animates (the viewer starts with its layout and camera in place, unanimated).
 */
export async function nextFrames(page: Page, frames = 2): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
        step(n);
      }),
    frames,
  );
}
