// The report feature of the viewer in headless Chromium: the ministry focus opens the factsheet of
// that ministry, the download menu opens the stelsel report, and the SVG export of the current view
// opens in Chromium with the same nodes as the canvas shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { openPage, ROOT, useViewerHarness } from './helpers/harness';
import { describe, expect, it } from 'vitest';

const OUT = join(ROOT, 'test-output');
const h = useViewerHarness('report');

/** The SVG the export button saves, opened in Chromium as a document of its own. */
async function exportedSvg(page: Page): Promise<{ ids: string[]; page: Page }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
  const file = join(OUT, download.suggestedFilename());
  await download.saveAs(file);
  expect(readFileSync(file, 'utf8').startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  const svgPage = await h.browser.newPage();
  await svgPage.goto(pathToFileURL(file).href);
  const ids = await svgPage.$$eval('g.node', (gs) => gs.map((g) => g.getAttribute('data-id') ?? ''));
  return { ids, page: svgPage };
}

describe('the report feature of the viewer', () => {
  it('opens the factsheet of the focused ministry from the focus', async () => {
    const { page, errors } = await openPage(h, '?focus=JenV');
    const link = page.locator('#factsheet-link');
    await expect(link.isVisible()).resolves.toBe(true);
    expect(await link.textContent()).toBe('Factsheet JenV');
    const decentral = Number(await page.locator('#decentral-count').textContent());
    const [popup] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await popup.waitForLoadState('load');
    expect(await popup.locator('h1').textContent()).toBe('Ministerie van Justitie en Veiligheid (JenV)');
    expect(await popup.locator('#decentraal + p').textContent()).toContain(`${decentral} decentrale CIO's`);
    await popup.screenshot({ path: join(OUT, 'report-from-viewer.png') });
    // In English the link follows the language.
    await page.click('#lang');
    expect(await link.getAttribute('href')).toBe('/api/reports/JenV?lang=en');
    expect(errors).toEqual([]);
  });

  it('opens the stelsel report from the download menu', async () => {
    const { page, errors } = await openPage(h, '');
    expect(await page.locator('#factsheet-box').isHidden()).toBe(true);
    const [popup] = await Promise.all([
      page.context().waitForEvent('page'),
      page.selectOption('#download', 'report:html'),
    ]);
    await popup.waitForLoadState('load');
    expect(await popup.locator('body').getAttribute('data-report')).toBe('stelsel');
    expect(await popup.locator('#tabel-1').count()).toBe(1);
    expect(await page.locator('#download').inputValue()).toBe('');
    expect(errors).toEqual([]);
  });

  it.each([
    ['the whole stelsel', ''],
    ['the focus of JenV', '?focus=JenV'],
  ])('exports %s as SVG with the same nodes as the canvas', async (_name, query) => {
    const { page, errors } = await openPage(h, query);
    await page.waitForTimeout(300);
    const shown = Number(await page.locator('#counts').getAttribute('data-nodes'));
    const { ids, page: svgPage } = await exportedSvg(page);
    expect(ids).toHaveLength(shown);
    expect(new Set(ids).size).toBe(ids.length);
    if (query) {
      // The focus: JenV's own network plus the Rijk gremia its CIO sits in, nothing of other ministries.
      expect(ids.filter((id) => !id.startsWith('JenV')).every((id) => !/^[A-Z][A-Za-z]+\//.test(id))).toBe(
        true,
      );
      expect(ids).toContain('JenV/CIO');
    }
    expect(await svgPage.locator('svg > title').textContent()).toBeTruthy();
    await svgPage.screenshot({ path: join(OUT, `report-svg-export${query ? '-focus' : ''}.png`) });
    expect(errors).toEqual([]);
  });
});
