// The broken paths of issue 13, end to end in headless Chromium: a scenario draws only the graph after
// it and its counts say what changed; the analysis menu works during a scenario; unchecking every
// ministry shows none; the findings table fits its panel and the header keeps its rows at 1400×900 and
// 1024×768; the PNG export carries the labels; every number on screen has a tooltip that says what
// it is. Each test failed before its fix.
import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { OrgEdgeAttributes, OrgNodeAttributes } from '../../src/model/types';
import type { GraphJson, ScenarioResult } from '../../web/src/api';
import type { LabelBox } from '../../web/src/core/labels/producers';
import { edgeVisible, nodeVisible } from '../../web/src/graph/visibility';
import { DEFAULT_STATE } from '../../web/src/state';
import { nextFrames, openPage, showView, useViewerHarness } from './helpers/harness';

const h = useViewerHarness('paths');
const SCENARIO = 'merge-acd-into-cio-beraad';
const VIEWPORTS = [
  { width: 1400, height: 900 },
  { width: 1024, height: 768 },
];

const show = (page: Page, query: string) => showView(h, page, query);

const labels = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { cioGraphLabels?: () => LabelBox[] }).cioGraphLabels?.() ?? [],
  ) as Promise<LabelBox[]>;

/** What the default view counts in a graph: the nodes it shows and the relations between them. */
function defaultCounts(json: GraphJson): { nodes: number; edges: number } {
  const g = new MultiDirectedGraph<OrgNodeAttributes, OrgEdgeAttributes>();
  g.import(json);
  const shown = new Set(g.filterNodes((n, a) => nodeVisible(a, n, DEFAULT_STATE, { focus: null })));
  const edges = g.filterEdges(
    (_e, a, s, t) => edgeVisible(a, DEFAULT_STATE) && shown.has(s) && shown.has(t),
  ).length;
  return { nodes: shown.size, edges };
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

async function runScenario(): Promise<ScenarioResult> {
  const scenario: unknown = await (await fetch(`${h.url}/api/scenarios/${SCENARIO}`)).json();
  const res = await fetch(`${h.url}/api/scenarios`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(scenario),
  });
  return (await res.json()) as ScenarioResult;
}

describe('viewer paths (issue 13)', () => {
  it('a scenario does not draw what it removed, and its counts say what the scenario changed', async () => {
    const { page, errors } = await openPage(h, `?scenario=${SCENARIO}`);
    const result = await runScenario();
    expect(result.changes.removedNodes).toContain('acd');
    const boxes = await labels(page);
    expect(boxes.length).toBeGreaterThan(10);
    expect(boxes.map((b) => b.id)).not.toContain('acd');
    // No legend entry or caption says a removed node is still shown.
    expect(await page.locator('#stage-aside').innerText()).not.toMatch(/nog getoond|still shown/);
    expect(await page.locator('#caption').innerText()).not.toMatch(/nog getoond|still shown/);

    const base = defaultCounts((await (await fetch(`${h.url}/api/graph`)).json()) as GraphJson);
    const after = defaultCounts(result.graph);
    const counts = page.locator('#counts');
    expect(await counts.getAttribute('data-nodes')).toBe(String(after.nodes));
    expect(await counts.getAttribute('data-edges')).toBe(String(after.edges));
    const text = await counts.innerText();
    expect(text).toContain(`${after.nodes} knopen`);
    expect(text).toContain(`${after.edges} relaties`);
    // The change against the current situation, in words.
    expect(text).toContain('scenario');
    expect(text).toContain(`${signed(after.nodes - base.nodes)} knoop`);
    expect(text).toContain(`${signed(after.edges - base.edges)} relatie`);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('the analysis menu works during a scenario and shows the analysis of the graph after it', async () => {
    const { page: before } = await openPage(h, '?overlay=overlap');
    const baseItems = await before.locator('#findings-list button').allInnerTexts();
    expect(baseItems.some((t) => t.includes('Ambtelijke Commissie Digitalisering'))).toBe(true);
    await before.close();

    const { page, errors } = await openPage(h, `?scenario=${SCENARIO}`);
    const overlay = page.locator('#overlay');
    expect(await overlay.isDisabled()).toBe(false);
    await overlay.selectOption('overlap');
    await page.waitForFunction(
      () =>
        document.querySelector('#findings-list')?.getAttribute('data-source') === 'overlap' &&
        document.querySelectorAll('#findings-list button').length > 0,
      undefined,
      { timeout: 15_000 },
    );
    const items = await page.locator('#findings-list button').allInnerTexts();
    // The merged-away ACD overlaps with nothing in the graph after the scenario.
    expect(items.some((t) => t.includes('Ambtelijke Commissie Digitalisering'))).toBe(false);
    expect(items.length).toBeGreaterThan(0);
    // Still in the scenario: its summary above, the URL keeps both.
    expect(await page.locator('#scenario-head').isVisible()).toBe(true);
    expect(await page.locator('#caption').innerText()).toMatch(/Scenario/);
    const url = new URL(page.url());
    expect(url.searchParams.get('scenario')).toBe(SCENARIO);
    expect(url.searchParams.get('overlay')).toBe('overlap');
    // A shared link opens the same view.
    await show(page, `?scenario=${SCENARIO}&overlay=deviations`);
    await page.waitForFunction(
      () => document.querySelector('#findings-list')?.getAttribute('data-source') === 'deviations',
    );
    expect(await page.locator('#findings-list button').count()).toBeGreaterThan(0);
    // Back to no analysis: the scenario's diff again.
    await overlay.selectOption('none');
    await page.waitForFunction(
      () => document.querySelector('#findings-list')?.getAttribute('data-source') === 'scenario',
    );
    await page.close();
    expect(errors).toEqual([]);
  });

  it('unchecking every ministry shows none, says so, and one click shows them all again', async () => {
    const { page, errors } = await openPage(h, '');
    const all = Number(await page.locator('#counts').getAttribute('data-nodes'));
    const boxes = page.locator('#filter-ministries input[type=checkbox]');
    const n = await boxes.count();
    expect(n).toBeGreaterThan(10);
    // Checked = shown, as in every other filter: all are checked at first.
    for (let i = 0; i < n; i++) expect(await boxes.nth(i).isChecked()).toBe(true);
    const codes = await boxes.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    for (let i = 0; i < n; i++) await boxes.nth(i).uncheck();
    // The URL write is debounced; once it has the filter, the next frames draw the filtered view.
    await expect.poll(() => new URL(page.url()).searchParams.get('ministries')).toBe('');
    await nextFrames(page);
    const shown = Number(await page.locator('#counts').getAttribute('data-nodes'));
    expect(shown).toBeLessThan(all);
    const ids = (await labels(page)).map((b) => b.id);
    const ofMinistry = ids.filter((id) => codes.some((c) => id === c || id.startsWith(`${c}/`)));
    expect(ofMinistry).toEqual([]);
    const message = page.locator('#ministries-none');
    expect(await message.isVisible()).toBe(true);
    expect(await message.innerText()).toMatch(/Geen ministerie/);
    await page.locator('#ministries-all').click();
    await page.waitForTimeout(300);
    for (let i = 0; i < n; i++) expect(await boxes.nth(i).isChecked()).toBe(true);
    expect(Number(await page.locator('#counts').getAttribute('data-nodes'))).toBe(all);
    expect(new URL(page.url()).searchParams.has('ministries')).toBe(false);
    expect(await message.isVisible()).toBe(false);
    // One ministry checked off: the others stay.
    await boxes.first().uncheck();
    await page.waitForTimeout(300);
    expect(new URL(page.url()).searchParams.get('ministries')?.split(',')).toHaveLength(n - 1);
    await page.close();
    expect(errors).toEqual([]);
  });

  for (const viewport of VIEWPORTS)
    it(`at ${viewport.width}×${viewport.height} the findings table fits its panel and the header keeps its rows`, async () => {
      const { page, errors } = await openPage(h, '', viewport);
      const header = await page.evaluate(() => {
        const tops = (sel: string) =>
          [...document.querySelectorAll<HTMLElement>(sel)]
            .filter((n) => n.offsetParent !== null)
            .map((n) => Math.round(n.getBoundingClientRect().top));
        const controls = [...document.querySelectorAll<HTMLElement>('header .control')];
        return {
          controls: tops('header .control'),
          actions: tops('header .actions > button, header .actions > select'),
          // A control is its label above its menu: two lines, never three.
          tall: controls.filter((c) => c.getBoundingClientRect().height > 48).map((c) => c.innerText),
          wrapped: [...document.querySelectorAll<HTMLElement>('header button')]
            .filter((b) => b.offsetParent !== null && b.getBoundingClientRect().height > 34)
            .map((b) => b.innerText),
        };
      });
      expect(new Set(header.controls).size, `controls on one row: ${header.controls.join(',')}`).toBe(1);
      expect(new Set(header.actions).size, `actions on one row: ${header.actions.join(',')}`).toBe(1);
      expect(header.tall).toEqual([]);
      expect(header.wrapped).toEqual([]);

      const clipped: string[] = [];
      for (const overlay of [
        'deviations',
        'overlap',
        'fragmentation',
        'centrality',
        'contradictions',
        'changes',
      ]) {
        await show(page, `?overlay=${overlay}`);
        if ((await page.locator('#toggle-table').getAttribute('aria-pressed')) !== 'true')
          await page.locator('#toggle-table').click();
        await page.waitForSelector('#findings-table');
        const m = await page.evaluate(() => {
          const table = document.querySelector<HTMLElement>('#findings-table')!;
          const box = table.parentElement!;
          const panel = document.querySelector<HTMLElement>('#panel')!.getBoundingClientRect();
          const ths = [...table.querySelectorAll('th')].map((th) => th.getBoundingClientRect().right);
          return {
            scroll: table.scrollWidth - box.clientWidth,
            right: Math.max(...ths) - panel.right,
          };
        });
        if (m.scroll > 1 || m.right > 1)
          clipped.push(`${overlay}: ${m.scroll}px wider than its box, ${m.right}px past the panel`);
      }
      await page.close();
      expect(clipped).toEqual([]);
      expect(errors).toEqual([]);
    });

  it('the PNG export carries the labels drawn on the canvas', async () => {
    const { page, errors } = await openPage(h, '');
    const boxes = await labels(page);
    expect(boxes.length).toBeGreaterThan(20);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const png = PNG.sync.read(readFileSync((await download.path())!));
    const dims = await page.locator('#graph').boundingBox();
    expect(png.width).toBe(Math.round(dims!.width));
    // A label is drawn near-black (#1a1a1a); edges and node fills are lighter.
    const dark = (b: LabelBox) => {
      let count = 0;
      for (let y = Math.floor(b.y); y < b.y + b.height && y < png.height; y++)
        for (let x = Math.floor(b.x); x < b.x + b.width && x < png.width; x++) {
          const i = (y * png.width + x) * 4;
          if (Math.max(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!) < 70) count++;
        }
      return count;
    };
    const withText = boxes.filter((b) => dark(b) >= 6).length;
    expect(withText / boxes.length).toBeGreaterThan(0.9);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('every number in the findings, the detail panel, the legend, the caption and the counts has a tooltip', async () => {
    const { page, errors } = await openPage(h, '');
    const missing: string[] = [];
    const views: [string, 'first-finding' | 'table' | null][] = [
      ['?overlay=fragmentation', 'first-finding'],
      ['?overlay=fragmentation', 'table'],
      ['?overlay=overlap', 'first-finding'],
      ['?overlay=overlap', 'table'],
      ['?overlay=centrality', 'first-finding'],
      ['?overlay=deviations', 'first-finding'],
      ['?focus=JenV', null],
      ['?sel=node:JenV%2FCIO', null],
      ['?sel=node:cio-beraad', null],
      [`?scenario=${SCENARIO}`, 'first-finding'],
      ['?lang=en&overlay=fragmentation', 'first-finding'],
    ];
    for (const [query, then] of views) {
      await show(page, query);
      if (then === 'table') await page.locator('#toggle-table').click();
      if (then === 'first-finding') await page.locator('#findings-list button').first().click();
      await page.waitForTimeout(300);
      const bare = await page.evaluate(() => {
        const roots = [
          '#findings-section',
          '#details',
          '#stage-aside',
          '#caption',
          '#counts',
          '#focus-summary',
        ];
        const out: string[] = [];
        for (const sel of roots) {
          const root = document.querySelector(sel);
          if (!root || (root as HTMLElement).hidden) continue;
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const text = n.textContent ?? '';
            const el = n.parentElement!;
            // Cited sources quote the report (its own numbers, locators): not ours to explain.
            if (!/\d/.test(text) || el.closest('.sources, .source') || el.closest('[hidden]')) continue;
            const tip = el.closest('[title], [aria-describedby]');
            if (!tip || !(tip.getAttribute('title') ?? 'x').trim()) out.push(`${sel}: “${text.trim()}”`);
          }
        }
        return out;
      });
      for (const b of bare) missing.push(`${query}: ${b}`);
    }
    await page.close();
    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
  });
});
