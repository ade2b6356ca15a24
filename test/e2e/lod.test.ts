// The level-of-detail view end to end in headless Chromium on a generated graph of about 5k nodes
// (above the default threshold): it opens folded into ministry and gremia groups, a click unfolds a
// group into its members, zooming in unfolds the groups that grew on screen, drawn labels never
// overlap, a member's detail comes from the per-node endpoint, and nothing reaches the console as
// an error. The real dataset stays below the threshold: the other e2e files cover that viewer.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { generateDataset } from '../../src/synthetic/generate';
import { overlappingPairs } from '../../web/src/core/labels/producers';
import type { LabelBox } from '../../web/src/core/labels/producers';
import { OUT, openPage, useViewerHarness } from './helpers/harness';

const DATA = join(OUT, 'lod-5k');
// Registered before the harness's own beforeAll: the server loads this directory when it starts.
beforeAll(() => {
  rmSync(DATA, { recursive: true, force: true });
  for (const file of generateDataset({ ministries: 115, seed: 'lod-e2e' }).files) {
    const json = !file.path.endsWith('sources.yaml');
    const full = join(DATA, json ? file.path.replace(/\.yaml$/, '.json') : file.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, json ? JSON.stringify(file.parsed) : stringify(file.parsed));
  }
});

/** What the level-of-detail page exposes to tests (web/src/features/lod/index.ts). */
interface W {
  cioGraphLabels(): LabelBox[];
  cioGraphLod: { position(key: string): { x: number; y: number } | null; unfolded(): string[] };
}

const h = useViewerHarness('lod', { flags: { data: [DATA] } });

const labels = (page: Page) =>
  page.evaluate(() => (window as unknown as W).cioGraphLabels()) as Promise<LabelBox[]>;
const drawn = async (page: Page) => Number(await page.locator('#counts').getAttribute('data-drawn'));

async function clickNode(page: Page, key: string): Promise<void> {
  const p = await page.evaluate((k) => (window as unknown as W).cioGraphLod.position(k), key);
  expect(p, key).not.toBeNull();
  const box = (await page.locator('#graph').boundingBox())!;
  await page.mouse.click(box.x + p!.x, box.y + p!.y);
}

describe('level-of-detail view (5k nodes)', () => {
  it('opens folded, unfolds a clicked group, shows a member per node, labels never overlap', async () => {
    const { page, errors } = await openPage(h);
    expect(await page.locator('body').getAttribute('data-view')).toBe('lod');
    const nodes = Number(await page.locator('#counts').getAttribute('data-nodes'));
    expect(nodes).toBeGreaterThan(3000);
    const folded = await drawn(page);
    // About 120 groups instead of 5 000 nodes.
    expect(folded).toBeLessThan(300);
    const first = await labels(page);
    expect(first.some((b) => /^M\d+ \(\d+\)$/.test(b.label))).toBe(true);
    expect(first.some((b) => b.label.startsWith('Rijksgremia ('))).toBe(true);
    expect(overlappingPairs(first)).toEqual([]);
    // Controls of the full viewer that need the whole graph are not offered.
    expect(await page.locator('#overlay').isVisible()).toBe(false);

    await clickNode(page, 'lod-group:ministry:M001');
    await page.waitForFunction(() =>
      (window as unknown as W).cioGraphLod.unfolded().includes('ministry:M001'),
    );
    expect(await drawn(page)).toBeGreaterThan(folded);
    expect(
      await page.evaluate(() => (window as unknown as W).cioGraphLod.position('M001/CIO')),
    ).not.toBeNull();
    expect(
      await page.evaluate(() => (window as unknown as W).cioGraphLod.position('lod-group:ministry:M001')),
    ).toBeNull();
    expect(overlappingPairs(await labels(page))).toEqual([]);

    // A member's detail comes from GET /api/nodes/{id}; it can fold its group again.
    // Opened through the search box (members are small at this zoom): unfolded, centred, detailed.
    await page.locator('#search').fill('M001/CIO');
    await page.locator('#search-results li[data-id="M001/CIO"]').click();
    await page.locator('#details h3', { hasText: 'CIO M001' }).waitFor();
    expect(await page.locator('#details li').count()).toBeGreaterThan(3);
    // Folded by hand while zoomed in: it stays folded though it is big on screen.
    await page.locator('#lod-fold-group').click();
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => (window as unknown as W).cioGraphLod.unfolded())).not.toContain(
      'ministry:M001',
    );

    await page.locator('#lang').click();
    await page.locator('#lod-panel h2', { hasText: 'Overview' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('zooming in unfolds the groups that grew on screen; zooming out folds them again', async () => {
    const { page, errors } = await openPage(h, '?lang=en');
    const box = (await page.locator('#graph').boundingBox())!;
    const p = (await page.evaluate(() =>
      (window as unknown as W).cioGraphLod.position('lod-group:ministry:M050'),
    ))!;
    await page.mouse.move(box.x + p.x, box.y + p.y);
    for (
      let k = 0;
      k < 8 && !(await page.evaluate(() => (window as unknown as W).cioGraphLod.unfolded().length));
      k++
    ) {
      await page.mouse.wheel(0, -400);
      await page.waitForTimeout(450);
    }
    const unfolded = await page.evaluate(() => (window as unknown as W).cioGraphLod.unfolded());
    expect(unfolded.length).toBeGreaterThan(0);
    expect(unfolded.every((g) => g.startsWith('ministry:') || g.startsWith('rijk:'))).toBe(true);
    expect(overlappingPairs(await labels(page))).toEqual([]);
    for (
      let k = 0;
      k < 12 && (await page.evaluate(() => (window as unknown as W).cioGraphLod.unfolded().length));
      k++
    ) {
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(450);
    }
    expect(await page.evaluate(() => (window as unknown as W).cioGraphLod.unfolded())).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
