// The overviews end to end in headless Chromium: the deviations matrix (12 ministries, every cell
// coloured as its finding's status in /api/analyses/deviations, a cell opens the finding's evidence
// and verbatim sources), the findings list (sort and filter, state in the URL, restored from it), the
// fragmentation chart (one bar group per stelsel, values equal to the API's), axe without serious or
// critical violations on each overview, and all of it usable with the keyboard alone.
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AnalysisOutputs } from '../../src/contract/responses';
import { looksLikeCode } from '../../src/model/labels';
import { STATUS_COLORS } from '../../web/src/graph/appearance';
import { OUT, openPage, useViewerHarness } from './helpers/harness';

const h = useViewerHarness('overviews');

const api = async <T>(path: string): Promise<T> => (await (await fetch(`${h.url}${path}`)).json()) as T;

/** `#d55e00` → `rgb(213, 94, 0)`, as getComputedStyle reports it. */
const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

async function axe(page: Page, name: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('#overviews').analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${name}: axe ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`);
}

const codeWords = async (page: Page) =>
  (
    await page.evaluate(() => {
      const d = document.querySelector('#overviews')!;
      const parts = [(d as HTMLElement).innerText];
      d.querySelectorAll('option').forEach((o) => parts.push(o.textContent ?? ''));
      d.querySelectorAll('[title],[aria-label]').forEach((n) =>
        parts.push(n.getAttribute('title') ?? '', n.getAttribute('aria-label') ?? ''),
      );
      return parts.join('\n');
    })
  )
    .split(/[\s|,;:()[\]/=?→…“”"'·]+/)
    .filter((w) => looksLikeCode(w));

/**
 * `openPage` in a context of its own: axe-core opens a page beside the one it checks, which needs
 * one (the harness's pages come from `browser.newPage`). The same error recording as `openPage`.
 */
async function open(query = ''): Promise<{ page: Page; errors: string[] }> {
  const context = await h.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.on('close', () => void context.close());
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await page.goto(`${h.url}/${query}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  return { page, errors };
}

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

describe('overviews in headless Chromium', () => {
  it('the matrix: 12 ministries, cells coloured by the API status, a cell opens its evidence', async () => {
    const { page, errors } = await open();
    const findings = await api<AnalysisOutputs['deviations']>('/api/analyses/deviations?snapshot=2024');
    await page.locator('#overviews-open').click();
    await page.locator('#ov-matrix').waitFor();
    expect(param(page, 'ov')).toBe('matrix');
    expect(await page.locator('#ov-matrix tbody tr').count()).toBe(12);
    const departmental = findings.filter((f) => f.subject !== 'rijk');
    expect(await page.locator('#ov-matrix button.ov-cell').count()).toBe(departmental.length);
    // Every cell's colour is its finding's status colour.
    const cells = await page.$$eval('#overviews button.ov-cell', (bs) =>
      bs.map((b) => [b.getAttribute('data-cell'), getComputedStyle(b).backgroundColor]),
    );
    expect(cells).toHaveLength(findings.length);
    for (const [key, colour] of cells) {
      const f = findings.find((x) => `${x.article}:${x.subject}` === key)!;
      expect(colour, key!).toBe(rgb(STATUS_COLORS[f.status]!));
    }
    // A deviation: its cell opens the finding with the evidence and the verbatim sources.
    const dev = departmental.find((f) => f.status === 'deviation' && f.sources.some((s) => s.excerpt))!;
    const key = `${dev.article}:${dev.subject}`;
    await page.locator(`button[data-cell="${key}"]`).click();
    const detail = page.locator(`#ov-detail[data-finding="${key}"]`);
    await detail.waitFor();
    expect(param(page, 'ovSel')).toBe(key);
    expect(await page.locator(`button[data-cell="${key}"]`).getAttribute('aria-current')).toBe('true');
    expect(await detail.locator('.explanation').textContent()).toContain(dev.subject);
    const excerpts = await detail.locator('.excerpt').allTextContents();
    for (const s of dev.sources.filter((x) => x.excerpt)) expect(excerpts).toContain(`“${s.excerpt}”`);
    const evidenceNames = await detail.locator('ul.sources').first().locator('button').count();
    expect(evidenceNames).toBeGreaterThan(0);
    // "Toon passage" fetches the report's passage around the excerpt.
    await detail.locator('.source button').first().click();
    await detail.locator('.passage').first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(OUT, 'overviews-01-matrix.png') });
    expect(await axe(page, 'matrix')).toEqual([]);
    expect(await codeWords(page)).toEqual([]);
    // A link restores the open matrix and the finding.
    const again = await openPage(h, `?ov=matrix&ovSel=${encodeURIComponent(key)}`);
    await again.page.locator(`#ov-detail[data-finding="${key}"]`).waitFor();
    expect(await again.page.locator('#overviews').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await again.page.close();
    // Evidence opens in the graph: the dialog closes and the node is selected.
    await detail.locator('ul.sources').first().locator('button').first().click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sel')?.startsWith('node:'));
    expect(param(page, 'ov')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the findings list: sorted by each column, filtered, state in the URL', async () => {
    const { page, errors } = await open('?lang=en');
    const findings = await api<AnalysisOutputs['deviations']>('/api/analyses/deviations?snapshot=2024');
    await page.locator('#overviews-open').click();
    await page.locator('#ov-tab-findings').click();
    await page.locator('#ov-list').waitFor();
    const rows = page.locator('#ov-list tbody tr');
    expect(await rows.count()).toBe(findings.length);
    // Sort by status: the most serious first; again: the other way round.
    await page.locator('button[data-sort="status"]').click();
    expect(param(page, 'ovSort')).toBe('status');
    expect(await page.locator('th:has(button[data-sort="status"])').getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect(await rows.first().getAttribute('data-status')).toBe('deviation');
    await page.locator('button[data-sort="status"]').click();
    expect(param(page, 'ovSort')).toBe('-status');
    expect(await rows.first().getAttribute('data-status')).toBe('compliant');
    // Sort by ministry, descending: the last code first.
    await page.locator('button[data-sort="subject"]').click();
    await page.locator('button[data-sort="subject"]').click();
    const subjects = await page.$$eval('#ov-list tbody tr td:nth-child(2)', (tds) =>
      tds.map((t) => t.textContent),
    );
    expect(subjects).toEqual(
      [...subjects].sort((a, b) => b!.localeCompare(a!, 'nl', { sensitivity: 'base' })),
    );
    // Filters: status, then ministry, then free text.
    await page.locator('#ov-status').selectOption('deviation');
    const deviations = findings.filter((f) => f.status === 'deviation');
    expect(await rows.count()).toBe(deviations.length);
    expect(param(page, 'ovStatus')).toBe('deviation');
    const ministry = deviations.find((f) => f.subject !== 'rijk')!.subject;
    await page.locator('#ov-ministry').selectOption(ministry);
    expect(await rows.count()).toBe(deviations.filter((f) => f.subject === ministry).length);
    await page.locator('#ov-status').selectOption('');
    await page.locator('#ov-ministry').selectOption('');
    await page.locator('#ov-q').fill('Bestuursraad');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('ovQ') === 'Bestuursraad');
    const matching = await rows.count();
    expect(matching).toBeGreaterThan(0);
    expect(matching).toBeLessThan(findings.length);
    // The search field keeps its focus while the table follows the text.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ov-q');
    expect(await page.locator('#ov-count').textContent()).toContain(
      `${matching} shown of ${findings.length}`,
    );
    await page.screenshot({ path: join(OUT, 'overviews-02-list.png') });
    expect(await axe(page, 'findings list')).toEqual([]);
    expect(await codeWords(page)).toEqual([]);
    // The URL restores sort and filters.
    const url = page.url();
    const again = await openPage(h, url.slice(url.indexOf('?')));
    await again.page.locator('#ov-list').waitFor();
    expect(await again.page.locator('#ov-q').inputValue()).toBe('Bestuursraad');
    expect(await again.page.locator('#ov-list tbody tr').count()).toBe(matching);
    expect(await again.page.locator('th:has(button[data-sort="subject"])').getAttribute('aria-sort')).toBe(
      'descending',
    );
    await again.page.close();
    // A row opens its finding beside the list.
    await rows.first().locator('button.ov-open').click();
    await page.locator('#ov-detail').waitFor();
    expect(await page.locator('#ov-detail').getAttribute('data-finding')).toBe(
      await rows.first().getAttribute('data-finding'),
    );
    // Closed, the list keeps its sort and filters in the URL while the view state is written around them.
    await page.locator('#overviews-close').click();
    await page.locator('#overlay').selectOption('deviations');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('overlay') === 'deviations');
    expect([param(page, 'ov'), param(page, 'ovSort'), param(page, 'ovQ')]).toEqual([
      null,
      '-subject',
      'Bestuursraad',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the fragmentation chart: one bar group per stelsel with the API values, a formula tooltip', async () => {
    const { page, errors } = await open('?ov=fragmentation');
    const results = await api<AnalysisOutputs['fragmentation']>('/api/analyses/fragmentation?snapshot=2024');
    await page.locator('#ov-chart').waitFor();
    const groups = await page.$$eval('#ov-chart g.ov-bar', (gs) =>
      gs.map((g) => ({
        ministry: g.getAttribute('data-ministry'),
        index: Number(g.getAttribute('data-index')),
        parts: [...g.querySelectorAll('rect.ov-part')].map((r) => ({
          component: r.getAttribute('data-component'),
          value: Number(r.getAttribute('data-value')),
          width: Number(r.getAttribute('width')),
        })),
      })),
    );
    expect(groups.map((g) => g.ministry)).toEqual(results.map((r) => r.ministry));
    for (const [i, g] of groups.entries()) {
      const r = results[i]!;
      expect(g.index).toBe(r.index);
      expect(g.parts.map((p) => [p.component, p.value])).toEqual([
        ['distance', r.components.distance],
        ['spread', r.components.spread],
        ['reach', r.components.reach],
      ]);
    }
    // Bar lengths are proportional to the index: the longest bar is the highest index.
    const length = (g: (typeof groups)[number]) => g.parts.reduce((s, p) => s + p.width, 0);
    const top = groups.reduce((a, b) => (length(b) > length(a) ? b : a));
    expect(top.index).toBe(Math.max(...results.map((r) => r.index)));
    // Axis with its unit, and a legend of the three components.
    expect(await page.locator('#ov-axis-title').textContent()).toMatch(/0–1/);
    expect(await page.locator('#ov-chart-legend li').count()).toBe(3);
    // Hover a part: the tooltip gives the component, its weight and the formula.
    await page.locator('#ov-chart g.ov-bar').first().locator('rect').first().hover();
    const tip = page.locator('#ov-tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toMatch(/index = 0,5 · D \+ 0,25 · S \+ 0,25 · R/);
    await page.screenshot({ path: join(OUT, 'overviews-03-fragmentation.png') });
    expect(await axe(page, 'fragmentation')).toEqual([]);
    expect(await codeWords(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works with the keyboard alone: open, switch tabs, choose a cell, sort, focus a bar, close', async () => {
    const { page, errors } = await openPage(h);
    await page.locator('#overviews-open').focus();
    await page.keyboard.press('Enter');
    await page.locator('#ov-matrix').waitFor();
    // Tab from the dialog's start reaches a matrix cell; Enter opens its finding.
    let reached = '';
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.cell ?? '');
    }
    expect(reached).not.toBe('');
    await page.keyboard.press('Enter');
    await page.locator(`#ov-detail[data-finding="${reached}"]`).waitFor();
    // Focus stays on the chosen cell; the arrow keys move through the matrix.
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset.cell);
    expect(await focused()).toBe(reached);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const [article, subject] = reached.split(':');
    const m = await page.$$eval('#ov-matrix tbody tr', (trs) =>
      trs.map((tr) => tr.getAttribute('data-ministry')),
    );
    const articles = await page.$$eval('#ov-matrix thead th abbr', (as) => as.map((a) => a.textContent));
    const next = `${articles[articles.indexOf(`Art. ${article}`) + 1]!.slice(5)}:${m[m.indexOf(subject!) + 1]}`;
    expect(await focused()).toBe(next);
    // The tabs: arrow keys move between them.
    await page.locator('#ov-tab-matrix').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('#ov-list').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ov-tab-findings');
    // Every control of the list is reached with Tab.
    const controls = await page.$$eval('#ov-panel button, #ov-panel select, #ov-panel input', (ns) =>
      ns.map((n, i) => ((n as HTMLElement).dataset.probe = String(i))),
    );
    const seen = new Set<string>();
    for (let i = 0; i < controls.length + 5; i++) {
      await page.keyboard.press('Tab');
      const p = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.probe);
      if (p) seen.add(p);
    }
    expect(controls.filter((c) => !seen.has(c))).toEqual([]);
    // Sort with the keyboard.
    await page.locator('button[data-sort="status"]').focus();
    await page.keyboard.press('Enter');
    expect(param(page, 'ovSort')).toBe('status');
    // The chart: each bar is focusable and shows the formula.
    await page.locator('#ov-tab-findings').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('#ov-chart').waitFor();
    let bar = '';
    for (let i = 0; i < 12 && !bar; i++) {
      await page.keyboard.press('Tab');
      bar = await page.evaluate(() => document.activeElement?.getAttribute('data-ministry') ?? '');
    }
    expect(bar).not.toBe('');
    expect(await page.locator('#ov-tooltip').textContent()).toContain(`${bar}: index =`);
    // Escape closes the dialog; the overviews leave the URL.
    await page.keyboard.press('Escape');
    expect(await page.locator('#overviews').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    // The dialog's close event comes a task later.
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('ov'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('overviews-open');
    expect(errors).toEqual([]);
    await page.close();
  });
});
