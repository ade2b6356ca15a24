// The viewer part of `npm run bench`: time to ready and the frame after a wheel zoom, at about 5k and
// 50k generated nodes, in headless Chromium (/usr/bin/chromium, the flags of src/reports/pdf.ts), for
// the viewer (the level-of-detail view above its threshold) and for sigma alone drawing the same graph
// at the same positions (bench/viewer-sigma, built with vite into the viewer's folder, served by the
// same server), each the median of three alternating visits after one visit not counted, every visit
// in a fresh browser context after a quiet SETTLE_MS. Ratios are
// sigma / viewer: above 1 the viewer is faster than bare sigma.
// What each side includes, both from navigation in a fresh page of the same browser, same viewport:
// - ready, viewer: its page (the full viewer's HTML and stylesheet), the entry and LOD chunks, GET
//   /api/graph/compact, the fold into groups, the layout, sigma's set-up, the side panel and search,
//   and the first frame with its collision-free labels (body[data-ready] is set on the frame after).
// - ready, sigma: a bare page, its bundle, the same GET /api/graph/compact, the same fold and layout
//   functions, a graphology graph of every node and edge, sigma's set-up and its first frame with
//   sigma's own labels.
// - zoom frame: the same wheel step at the same point, to the first `afterRender` after it: sigma's
//   drawing plus, for the viewer, its label placement and drawing (done in that afterRender, before
//   the timestamp); for sigma, its own label pass inside the render.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { stringify } from 'yaml';
import { CHROMIUM_ARGS, chromiumPath, hasChromium } from '../reports/pdf';
import { serverConfig } from '../server/config';
import { startServer } from '../server/listen';
import { generateDataset } from '../synthetic/generate';
import { median } from './bench-timing';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Ministries of the generator for about 5k and 50k nodes (about 44 nodes a ministry). */
export const VIEWER_SIZES = [
  { name: 'generated-5k', ministries: 115 },
  { name: 'generated-50k', ministries: 1140 },
];

interface Measure {
  readyMs: number;
  zoomFrameMs: number;
}

const RUNS = 3;
/**
 * Quiet time after each visit, before the next one starts. Closing sigma's 50k-node page keeps the
 * browser busy (its GPU process frees the WebGL buffers) for about a second, and the page opened
 * next, always the viewer's in the alternation, paid for it: the viewer's 50k ready measured 1.5-2.4 s
 * right after a sigma visit and 0.8-1.0 s after three seconds of quiet (sigma's 1.2-1.9 s either way).
 */
const SETTLE_MS = 3000;
const medianOf = (ms: Measure[]): Measure => ({
  readyMs: median(ms.map((m) => m.readyMs)),
  zoomFrameMs: median(ms.map((m) => m.zoomFrameMs)),
});

async function measure(browser: Browser, url: string): Promise<Measure> {
  // A context of its own per visit (a fresh renderer process and cache), and SETTLE_MS after it.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 600_000 });
    const readyMs = await page.evaluate(() => performance.getEntriesByName('cio-graph-ready')[0]!.startTime);
    await page.waitForTimeout(500);
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // The time from the wheel event to the first frame drawn after it (zoom work included), median of 3.
    const samples: number[] = [];
    for (let k = 0; k < 3; k++) {
      await page.evaluate(() => {
        const w = window as unknown as { wheelAt: number };
        window.addEventListener('wheel', () => (w.wheelAt = performance.now()), {
          once: true,
          capture: true,
        });
      });
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(1500);
      samples.push(
        await page.evaluate(() => {
          const w = window as unknown as { wheelAt: number; cioGraphFrames: number[] };
          const next = w.cioGraphFrames.find((t) => t > w.wheelAt);
          return next === undefined ? Number.NaN : next - w.wheelAt;
        }),
      );
    }
    const zoomFrameMs = samples.sort((a, b) => a - b)[1]!;
    return { readyMs: +readyMs.toFixed(0), zoomFrameMs: +zoomFrameMs.toFixed(1) };
  } finally {
    await context.close();
    await new Promise((r) => setTimeout(r, SETTLE_MS));
  }
}

export async function benchViewer(log: (line: string) => void): Promise<Record<string, unknown>[]> {
  // Skipped with a note, as the peers are when NetworkX or igraph is missing: a bench run on a machine
  // without Chromium still gives every other figure.
  if (!hasChromium()) {
    const note = `viewer not run: no Chromium at ${chromiumPath()} (apt-get install chromium)`;
    log(note);
    return [{ note }];
  }
  const { build } = await import('vite');
  const scratch = mkdtempSync(join(tmpdir(), 'cio-graph-bench-viewer-'));
  const web = join(scratch, 'web');
  const rows: Record<string, unknown>[] = [];
  try {
    await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'error', build: { outDir: web } });
    await build({
      root: join(ROOT, 'bench/viewer-sigma'),
      base: '/bench-sigma/',
      configFile: false,
      logLevel: 'error',
      build: { outDir: join(web, 'bench-sigma'), emptyOutDir: true },
    });
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      for (const size of VIEWER_SIZES) {
        const dir = join(scratch, size.name);
        const dataset = generateDataset({ ministries: size.ministries, seed: `bench-viewer-${size.name}` });
        for (const file of dataset.files) {
          const json = !file.path.endsWith('sources.yaml');
          const full = join(dir, json ? file.path.replace(/\.yaml$/, '.json') : file.path);
          mkdirSync(dirname(full), { recursive: true });
          writeFileSync(full, json ? JSON.stringify(file.parsed) : stringify(file.parsed));
        }
        const server = await startServer(serverConfig({ port: '0', web, data: [dir] }, {}));
        try {
          // Warm the server: the compact form is computed and compressed on the first request, once per
          // coding. Chromium asks for gzip over plain http (brotli only over https), so warming brotli
          // alone left the gzip compression to whichever page came first, always the viewer's.
          for (const coding of ['br', 'gzip'])
            await fetch(`${server.url}/api/graph/compact`, { headers: { 'accept-encoding': coding } });
          // One visit of each page not counted (the browser's first page pays its own start-up), then
          // three visits of each, alternating, and the median of each figure.
          const pages = { viewer: `${server.url}/`, sigma: `${server.url}/bench-sigma/` };
          for (const url of Object.values(pages)) await measure(browser, url);
          const runs: { viewer: Measure[]; sigma: Measure[] } = { viewer: [], sigma: [] };
          for (let k = 0; k < RUNS; k++)
            for (const side of ['viewer', 'sigma'] as const)
              runs[side].push(await measure(browser, pages[side]));
          const [viewer, sigma] = [medianOf(runs.viewer), medianOf(runs.sigma)];
          const row = {
            dataset: size.name,
            nodes: dataset.nodeCount,
            edges: dataset.edgeCount,
            viewer,
            sigma,
            readyRatio: +(sigma.readyMs / viewer.readyMs).toFixed(2),
            zoomFrameRatio: +(sigma.zoomFrameMs / viewer.zoomFrameMs).toFixed(2),
          };
          rows.push(row);
          log(
            `viewer ${size.name}: ready ${viewer.readyMs} ms vs sigma ${sigma.readyMs} ms (×${row.readyRatio}), ` +
              `zoom frame ${viewer.zoomFrameMs} ms vs ${sigma.zoomFrameMs} ms (×${row.zoomFrameRatio})`,
          );
        } finally {
          await server.close();
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return rows;
}
