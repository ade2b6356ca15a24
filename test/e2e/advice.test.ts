// The Advies panel end to end in headless Chromium: proposals are listed with their objectives, and
// choosing one shows it in the existing scenario view and leaves it in the scenario editor.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverConfig } from '../../src/server/config';
import { startServer } from '../../src/server/listen';
import type { RunningServer } from '../../src/server/listen';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test-output');
const WEB_DIST = join(ROOT, 'test-output/web-dist-advice');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  await build({
    configFile: join(ROOT, 'web/vite.config.ts'),
    logLevel: 'error',
    build: { outDir: WEB_DIST, emptyOutDir: true },
  });
  server = await startServer(serverConfig({ port: '0', web: WEB_DIST }, {}));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Advies panel in headless Chromium', () => {
  it('lists proposals, shows one as a scenario and offers it in the editor', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${server.url}/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await page.locator('#advice-panel summary').click();
    await page.locator('#advice-primary').selectOption('reportedOverlap');
    await page.locator('#advice-search').click();
    await page.locator('#advice-list > li').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('#advice-list > li').count()).toBeGreaterThan(1);
    const first = page.locator('#advice-list > li').first();
    expect(await first.locator('.advice-objectives .better').count()).toBeGreaterThan(0);
    await first.locator('.advice-show').click();
    await page.locator('#scenario-head').waitFor({ timeout: 30_000 });
    expect(await page.locator('#scenario-head h3').textContent()).toMatch(/Advies 1/);
    expect(await page.locator('#scenario-text').inputValue()).toMatch(/op: /);
    await page.screenshot({ path: join(OUT, 'advice-01-proposal-as-scenario.png') });
    // The second choice only fills the editor: the scenario shown stays until the user runs it.
    await page.locator('#advice-list > li').nth(1).locator('.advice-edit').click();
    expect(await page.locator('#scenario-text').inputValue()).toMatch(/Advies 2/);
    expect(await page.locator('#scenario-head h3').textContent()).toMatch(/Advies 1/);
    // The language switch re-renders the panel.
    await page.locator('#lang').click();
    expect(await page.locator('#advice-search').textContent()).toBe('Find proposals');
    expect(errors).toEqual([]);
  });
});
