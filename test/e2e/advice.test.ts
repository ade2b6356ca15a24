// The Advies panel end to end in headless Chromium: proposals are listed with their objectives, and
// choosing one shows it in the existing scenario view and leaves it in the scenario editor.
import { join } from 'node:path';
import { ROOT, useViewerHarness } from './helpers/harness';
import { describe, expect, it } from 'vitest';

const OUT = join(ROOT, 'test-output');
const h = useViewerHarness('advice');

describe('Advies panel in headless Chromium', () => {
  it('lists proposals, shows one as a scenario and offers it in the editor', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${h.url}/`);
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
