// The viewer end to end: the built web app served by the real server, driven in Debian's headless
// Chromium through playwright-core. Screenshots land in test-output/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { openPage, ROOT, useViewerHarness } from './helpers/harness';
import { describe, expect, it } from 'vitest';

const OUT = join(ROOT, 'test-output');
const h = useViewerHarness('viewer');

/** Share of pixels in a PNG that are not (near) white. */
function inkShare(png: Buffer): number {
  const image = PNG.sync.read(png);
  let ink = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const [r, g, b, a] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!, image.data[i + 3]!];
    if (a > 0 && (r < 235 || g < 235 || b < 235)) ink++;
  }
  return ink / (image.width * image.height);
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}.png`) });

describe('viewer in headless Chromium', () => {
  it('loads with no console errors and draws the graph on a non-blank canvas', async () => {
    const { page, errors } = await openPage(h);
    await page.waitForTimeout(300);
    const graph = await page.locator('#graph').screenshot();
    await shot(page, '01-whole-stelsel');
    expect(inkShare(graph)).toBeGreaterThan(0.01);
    expect(await page.locator('#legend li').count()).toBeGreaterThanOrEqual(6);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('search for "DUO" with the keyboard selects DUO and shows its details and sources', async () => {
    const { page, errors } = await openPage(h);
    await page.locator('#search').fill('DUO');
    await expect.poll(() => page.locator('#search-results [role=option]').count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('#search-results [role=option]').first().getAttribute('data-node'))
      .toBe('OCW/DUO');
    await page.locator('#search').press('ArrowDown');
    await page.locator('#search').press('ArrowUp');
    await page.locator('#search').press('Enter');
    await expect.poll(() => page.locator('#detail-title').textContent()).toBe('DUO');
    expect(new URL(page.url()).searchParams.get('sel')).toBe('node:OCW/DUO');
    expect(await page.locator('#details .source .locator').count()).toBeGreaterThan(0);
    await shot(page, '02-search-duo');
    // Escape (outside the search box) clears the selection; '/' jumps back to search.
    await page.locator('#details').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBeNull();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('focusing JenV shows its departmental network with its 15 decentral CIOs', async () => {
    const { page, errors } = await openPage(h);
    const all = Number(await page.locator('#counts').getAttribute('data-nodes'));
    // Every node but the norms, statements and recommendations, which are hidden by default.
    expect(all).toBe(480 - 14 - 16 - 26);
    await page.locator('#focus').selectOption('JenV');
    await expect.poll(() => page.locator('#decentral-count').textContent()).toBe('15');
    expect(Number(await page.locator('#counts').getAttribute('data-nodes'))).toBeLessThan(all);
    expect(await page.locator('#decentral-list li').count()).toBe(15);
    expect(new URL(page.url()).searchParams.get('focus')).toBe('JenV');
    await page.waitForTimeout(1200); // the focus layout animates, then the camera fits
    await shot(page, '03-focus-jenv');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the deviations overlay lists BZK, and the detail panel of a finding shows its source', async () => {
    const { page, errors } = await openPage(h);
    await page.locator('#overlay').selectOption('deviations');
    const bzk = page.locator('#findings-list button', { hasText: 'BZK' }).first();
    await bzk.waitFor();
    await bzk.click();
    await expect.poll(() => page.locator('#detail-title').textContent()).toContain('BZK');
    const locators = await page.locator('#details .source .locator').allTextContents();
    expect(locators.length).toBeGreaterThan(0);
    expect(locators.join(' ')).toMatch(/Tabel|factsheet|par\./i);
    expect(await page.locator('#details .explanation').textContent()).toMatch(/BZK/);
    await page.waitForTimeout(400);
    await shot(page, '04-deviations-bzk');
    // The accessible table view carries the same findings.
    await page.locator('#toggle-table').click();
    expect(await page.locator('#findings-table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#findings-table th').first().textContent()).toBe('Artikel');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a permalink restores the same view: selection, focus, overlay, language and camera', async () => {
    const { page } = await openPage(h);
    await page.locator('#overlay').selectOption('overlap');
    await page.locator('#focus').selectOption('OCW');
    await page.locator('#lang').click();
    await page.locator('#search').fill('DUO');
    await page.locator('#search').press('Enter');
    await expect.poll(() => page.locator('#detail-title').textContent()).toBe('DUO');
    await page.waitForTimeout(900); // camera animation and the debounced URL write
    const link = page.url();
    const state = new URL(link).searchParams;
    expect(state.get('cam')).toBeTruthy();
    const { page: again, errors } = await openPage(h, `?${state.toString()}`);
    await expect.poll(() => again.locator('#detail-title').textContent()).toBe('DUO');
    expect(await again.locator('#overlay').inputValue()).toBe('overlap');
    expect(await again.locator('#focus').inputValue()).toBe('OCW');
    expect(await again.locator('html').getAttribute('lang')).toBe('en');
    await again.waitForTimeout(400);
    expect(new URL(again.url()).searchParams.get('cam')).toBe(state.get('cam'));
    await shot(again, '05-permalink');
    expect(errors).toEqual([]);
    await page.close();
    await again.close();
  });

  it('PNG export downloads a non-empty image of the graph', async () => {
    const { page, errors } = await openPage(h, '?focus=BZK');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#export-png').click(),
    ]);
    expect(download.suggestedFilename()).toBe('cio-graph-BZK.png');
    const file = readFileSync((await download.path())!);
    expect(file.subarray(1, 4).toString()).toBe('PNG');
    const image = PNG.sync.read(file);
    expect(image.width).toBeGreaterThan(100);
    expect(inkShare(file)).toBeGreaterThan(0.001);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the Dutch/English switch changes the UI text', async () => {
    const { page, errors } = await openPage(h);
    expect(await page.locator('#search').getAttribute('placeholder')).toMatch(/Zoek/);
    expect(await page.locator('[data-i18n="findings"]').first().textContent()).toBe('Bevindingen');
    await page.locator('#lang').click();
    expect(await page.locator('#search').getAttribute('placeholder')).toMatch(/Search/);
    expect(await page.locator('h2[data-i18n="findings"]').textContent()).toBe('Findings');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await shot(page, '06-english');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ForceAtlas2 runs in a worker and keeps the graph drawn', async () => {
    const { page, errors } = await openPage(h);
    await page.locator('#layout').selectOption('forceatlas2');
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30_000 }).toBe('');
    await page.waitForTimeout(900);
    expect(inkShare(await page.locator('#graph').screenshot())).toBeGreaterThan(0.01);
    await shot(page, '07-forceatlas2');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a shipped scenario shows the graph after it, what changed, and the findings diff; the link restores it', async () => {
    const { page, errors } = await openPage(h);
    await page.locator('#scenario').selectOption('merge-acd-into-cio-beraad');
    await page.locator('#scenario-head').waitFor();
    const items = await page.locator('#findings-list button').allTextContents();
    expect(
      items.some((t) => /Ambtelijke Commissie Digitalisering ↔ CIO-beraad/.test(t) && /verwijderd/.test(t)),
    ).toBe(true);
    // The merge leaves one body fewer (the count itself grows with the dataset).
    const [before, after] = await page
      .locator('#structure-table tbody tr')
      .first()
      .locator('td')
      .allTextContents();
    expect(Number(after)).toBe(Number(before) - 1);
    expect(new URL(page.url()).searchParams.get('scenario')).toBe('merge-acd-into-cio-beraad');
    // Since issue 13 the analysis menu works in a scenario, and the removed body is not drawn (it was a
    // ghost that read as a live node): the counts say what the scenario removed.
    expect(await page.locator('#overlay').isDisabled()).toBe(false);
    expect(await page.locator('#counts').textContent()).toMatch(/scenario: −1 knoop/);
    await page.waitForTimeout(400);
    await shot(page, '08-scenario-merge-acd');
    const { page: again } = await openPage(h, new URL(page.url()).search);
    await again.locator('#scenario-head').waitFor();
    expect(await again.locator('#scenario').inputValue()).toBe('merge-acd-into-cio-beraad');
    await page.locator('#scenario').selectOption('');
    await expect.poll(() => page.locator('#scenario-head').count()).toBe(0);
    expect(await page.locator('#overlay').isDisabled()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
    await again.close();
  });

  it('an uploaded scenario file runs, and an impossible one gives a readable error', async () => {
    const { page, errors } = await openPage(h);
    const scenario = {
      name: 'CIO Rijk zit de CTO-raad voor',
      operations: [{ op: 'set-chair', body: 'cto-raad', role: 'rijk/CIO-Rijk' }],
    };
    await page.locator('#scenario-file').setInputFiles({
      name: 'cto.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(scenario)),
    });
    await page.locator('#scenario-head').waitFor();
    expect(await page.locator('#scenario-head h3').textContent()).toBe(scenario.name);
    expect((await page.locator('#findings-list button').allTextContents()).join(' ')).toMatch(/art\. 15\.7/);
    await page.locator('#scenario-file').setInputFiles({
      name: 'bad.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(
        'name: kapot\noperations:\n  - op: set-chair\n    body: cto-raad\n    role: niemand\n',
      ),
    });
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/niemand/);
    // The 422 of the impossible scenario is the expected answer, not a page error.
    expect(errors.filter((e) => !/422/.test(e))).toEqual([]);
    await page.close();
  });

  it('the download menu fetches every export format', async () => {
    const { page, errors } = await openPage(h);
    for (const [value, name] of [
      ['gexf', 'cio-graph.gexf'],
      ['graphml', 'cio-graph.graphml'],
      ['csv:edges', 'edges.csv'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('#download').selectOption(value),
      ]);
      expect(download.suggestedFilename()).toBe(name);
      expect(readFileSync((await download.path())!).length).toBeGreaterThan(1000);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the 2021→2024 overlay lists the Tabel 1 changes, and the 2021 picture shows fewer relations', async () => {
    const { page, errors } = await openPage(h, '?overlay=changes');
    const items = (await page.locator('#findings-list button').allTextContents()).join('\n');
    // In words, not codes (issue 13): the fact name and the values come from the label table.
    expect(items).toMatch(/AZ · lid Bestuursraad: nee → ja/);
    expect(items).toMatch(/DEF · valt onder: niet de SG → SG/);
    const relations2024 = Number(await page.locator('#counts').getAttribute('data-edges'));
    await page.locator('#snapshot').selectOption('2021');
    expect(new URL(page.url()).searchParams.get('snapshot')).toBe('2021');
    // The 2021 picture leaves out the relations the report dates to 2024 only.
    expect(Number(await page.locator('#counts').getAttribute('data-edges'))).toBeLessThan(relations2024);
    await page.waitForTimeout(300);
    await shot(page, '09-changes-2021');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the scenario editor: remove a node from its detail panel, run, and see a located error for a bad edit', async () => {
    const { page, errors } = await openPage(h);
    await page.locator('#search').fill('DUO');
    await page.locator('#search').press('Enter');
    await page.locator('#remove-in-scenario').click();
    expect(await page.locator('#scenario-editor').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#scenario-text').inputValue()).toMatch(/op: remove-node\s+id: OCW\/DUO/);
    await page.locator('#scenario-run').click();
    await page.locator('#scenario-head').waitFor();
    // DUO is gone from the graph after the scenario, and counted as removed.
    await expect.poll(() => page.locator('#counts').textContent()).toMatch(/scenario: −1 knoop/);
    await page
      .locator('#scenario-text')
      .fill('name: x\noperations:\n  - op: set-chair\n    body: cto-raad\n');
    await page.locator('#scenario-run').click();
    await expect
      .poll(() => page.locator('#scenario-message').textContent())
      .toMatch(/body\.operations\.0\.role/);
    expect(errors.filter((e) => !/400/.test(e))).toEqual([]);
    await page.close();
  });

  it('builds a merge by picking: "merge into…" on the ACD, then the CIO-beraad by search, then run', async () => {
    const { page, errors } = await openPage(h, '?lang=en');
    const choose = async (text: string) => {
      await page.locator('#search').fill(text);
      await expect.poll(() => page.locator('#search-results [role=option]').count()).toBeGreaterThan(0);
      await page.locator('#search').press('Enter');
    };
    await choose('ACD');
    await expect
      .poll(() => page.locator('#detail-title').textContent())
      .toBe('Ambtelijke Commissie Digitalisering');
    await page.locator('#merge-into').click();
    expect(await page.locator('#status').textContent()).toMatch(/pick the body/);
    await choose('CIO-beraad');
    expect(await page.locator('#scenario-text').inputValue()).toMatch(
      /op: merge-bodies\s+bodies:\s+- acd\s+into: cio-beraad/,
    );
    await page.locator('#scenario-run').click();
    await page.locator('#scenario-head').waitFor();
    expect((await page.locator('#findings-list button').allTextContents()).join(' ')).toMatch(
      /removed.*Ambtelijke Commissie Digitalisering ↔ CIO-beraad/,
    );
    await shot(page, '10-merge-by-picking');
    // With a scenario shown, the download menu exports the graph after it.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#download').selectOption('json'),
    ]);
    expect(download.suggestedFilename()).toBe('scenario-cio-graph.json');
    const after = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(after.nodes.some((n: { key: string }) => n.key === 'acd')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by kind, level, relation and ministry, and keeps them in the link', async () => {
    const { page, errors } = await openPage(h);
    await page.locator('#filter-kinds input[value="topic"]').uncheck();
    await page.locator('#filter-levels input[value="rijk"]').uncheck();
    await page.locator('#filter-edges input[value="handles"]').uncheck();
    // Checked = shown (issue 13): only OCW is everyone else unchecked.
    for (const box of await page.locator('#filter-ministries input:not([value="OCW"])').all())
      await box.uncheck();
    const state = new URL(page.url()).searchParams;
    expect(state.get('hideKinds')?.split(',').sort()).toEqual([
      'norm',
      'recommendation',
      'statement',
      'topic',
    ]);
    expect(state.get('hideLevels')).toBe('rijk');
    expect(state.get('hideEdges')).toBe('handles');
    expect(state.get('ministries')).toBe('OCW');
    const { page: again } = await openPage(h, `?${state.toString()}`);
    expect(await again.locator('#filter-kinds input[value="topic"]').isChecked()).toBe(false);
    expect(await again.locator('#filter-ministries input[value="OCW"]').isChecked()).toBe(true);
    expect(await again.locator('#filter-ministries input[value="AZ"]').isChecked()).toBe(false);
    await again.waitForTimeout(300);
    expect(inkShare(await again.locator('#graph').screenshot())).toBeGreaterThan(0.002);
    await shot(again, '11-filters-ocw');
    expect(errors).toEqual([]);
    await page.close();
    await again.close();
  });
});
