// The viewer's edit mode end to end (issue 12) in headless Chromium, on a real server over a
// workspace made with the real CLI (`changes init`, `token create`): a JenV editor adds a decentral
// CIO with a source and commits; a second browser sees it after a refresh; the history says who,
// when and why; an edit:JenV token cannot change a BZK record (the 403 names it); a stale commit is
// refused with the current version and the editor's change survives the refresh; an admin's revert
// gives back the previous fingerprint. Read-only servers show no edit control at all.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { capture } from '../helpers/io';
import { OUT, openPage, useViewerHarness } from './helpers/harness';

const DIR = mkdtempSync(join(tmpdir(), 'cio-graph-edit-e2e-'));
const NO_TOKENS = mkdtempSync(join(tmpdir(), 'cio-graph-edit-e2e-ro-'));
const tokens: Record<string, string> = {};

async function cli(args: string[]): Promise<string> {
  const io = capture();
  const code = await main(args, io);
  if (code !== 0) throw new Error(`cio-graph ${args.join(' ')}: ${io.stderr.join('\n')}`);
  return io.stdout.join('\n').trim();
}

// Registered before the harness, so the workspaces exist when its server starts.
beforeAll(async () => {
  await cli(['changes', 'init', '--workspace', DIR]);
  tokens.jenv = await cli([
    'token',
    'create',
    '--workspace',
    DIR,
    '--name',
    'jenv-editor',
    '--scope',
    'edit:JenV',
  ]);
  tokens.admin = await cli([
    'token',
    'create',
    '--workspace',
    DIR,
    '--name',
    'stelsel-admin',
    '--scope',
    'admin',
  ]);
  await cli(['changes', 'init', '--workspace', NO_TOKENS]);
});

const h = useViewerHarness('edit-mode', { flags: { workspace: DIR } });
const plain = useViewerHarness('edit-mode', { skipBuild: true });
const tokenless = useViewerHarness('edit-mode', { skipBuild: true, flags: { workspace: NO_TOKENS } });

const workspace = async () =>
  (await (await fetch(`${h.url}/api/workspace`)).json()) as { version: number; fingerprint: string };

async function editor(query: string, token: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(h, query);
  await opened.page.locator('#edit-panel').waitFor();
  await opened.page.locator('#edit-token').fill(token);
  await opened.page.locator('#edit-token-check').click();
  await opened.page.locator('#edit-who', { hasText: '(' }).waitFor();
  return opened;
}

/** Fills a form's source fieldset. */
async function source(page: Page, form: string, title: string): Promise<void> {
  await page.locator(`#edit-${form}-src-kind`).selectOption('organisatiebesluit');
  await page.locator(`#edit-${form}-src-title`).fill(title);
  await page.locator(`#edit-${form}-src-author`).fill('SG JenV');
  await page.locator(`#edit-${form}-src-date`).fill('2026-11-01');
  await page.locator(`#edit-${form}-src-locator`).fill('art. 4');
}

async function commit(page: Page, reason: string): Promise<void> {
  await page.locator('#edit-reason').fill(reason);
  await Promise.all([page.waitForEvent('load'), page.locator('#edit-commit').click()]);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  await page.locator('#edit-panel').waitFor();
}

const pendingCount = (page: Page) => page.locator('#edit-pending-list > li').count();

describe('edit mode in headless Chromium', () => {
  const before: { fingerprint?: string } = {};
  let second: Page;

  it('a JenV editor adds a decentral CIO with a source, previews it and commits', async () => {
    before.fingerprint = (await workspace()).fingerprint;
    ({ page: second } = await openPage(h, '?focus=JenV'));
    expect(await second.locator('#decentral-list').textContent()).not.toContain('CIO DDZ');

    const { page, errors } = await editor('?focus=JenV', tokens.jenv!);
    expect(await page.locator('#edit-who').textContent()).toContain('jenv-editor');
    await page.locator('#edit-box-cio summary').click();
    await page.locator('#edit-cio-organisation').fill('Dienst Digitale Zaken');
    await page.locator('#edit-cio-abbreviation').fill('DDZ');
    // Without a source the form refuses, names the field and puts the keyboard there.
    await page.locator('#edit-cio-add').click();
    expect(await page.locator('#edit-cio-error').textContent()).toMatch(/Titel/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('edit-cio-src-title');
    await source(page, 'cio', 'Organisatiebesluit JenV 2026');
    await page.locator('#edit-cio-src-title').press('Enter');
    expect(await pendingCount(page)).toBe(1);
    // The live preview is the scenario view: its head, structure table and the analyses' diff.
    await page
      .locator('#scenario-head h3', { hasText: 'Wijzigingen in behandeling' })
      .waitFor({ timeout: 30_000 });
    expect(await page.locator('#structure-table').count()).toBe(1);
    await page.screenshot({ path: join(OUT, 'edit-01-pending-preview.png') });

    await commit(page, 'Nieuwe decentrale CIO bij DDZ');
    expect(await page.locator('#edit-message').textContent()).toContain('Vastgelegd als versie 1');
    expect(await page.locator('#decentral-list').textContent()).toContain('CIO DDZ');
    expect(await pendingCount(page)).toBe(0);
    expect(page.url()).not.toContain(tokens.jenv);
    const ws = await workspace();
    expect(ws.version).toBe(1);
    expect(ws.fingerprint).not.toBe(before.fingerprint);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a second browser sees it after refresh, and the history shows who, when and why', async () => {
    await second.reload();
    await second.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    expect(await second.locator('#decentral-list').textContent()).toContain('CIO DDZ');
    await second.locator('#edit-history summary').click();
    const row = second.locator('#edit-history-list li[data-version="1"]');
    expect(await row.locator('.edit-who').textContent()).toBe('jenv-editor');
    expect(await row.locator('.edit-why').textContent()).toBe('Nieuwe decentrale CIO bij DDZ');
    expect(await row.locator('.edit-when').textContent()).toContain(new Date().toISOString().slice(0, 10));
    await row.locator('.edit-show-diff').click();
    await second.locator('#edit-diff-1').waitFor();
    expect(await second.locator('#edit-diff-1').textContent()).toContain('CIO DDZ');
    // Without a token nobody is offered a revert.
    expect(await second.locator('.edit-revert').count()).toBe(0);
    await second.context().close();
  });

  it('an edit:JenV token cannot change a BZK record: the 403 names the record', async () => {
    const { page } = await editor('?focus=BZK', tokens.jenv!);
    await page.locator('#edit-box-fact summary').click();
    await page.locator('#edit-fact-node').selectOption('BZK/CIO');
    await page.locator('#edit-fact-property').selectOption('fulltime');
    await page.locator('#edit-fact-value').fill('nee');
    await source(page, 'fact', 'Brief aan BZK');
    await page.locator('#edit-fact-add').click();
    expect(await pendingCount(page)).toBe(1);
    await page.locator('#edit-reason').fill('Proberen');
    await page.locator('#edit-commit').click();
    await page.locator('#edit-alert', { hasText: 'BZK/CIO' }).waitFor();
    expect(await page.locator('#edit-alert').textContent()).toMatch(/mag dit record niet wijzigen/);
    expect((await workspace()).version).toBe(1);
    await page.context().close();
  });

  it('a stale commit is refused with the current version; after the refresh it goes in', async () => {
    const first = (await editor('?focus=JenV', tokens.jenv!)).page;
    const late = (await editor('?focus=JenV', tokens.jenv!)).page;
    await first.locator('#edit-box-fact summary').click();
    await first.locator('#edit-fact-node').selectOption('JenV/CIO-DDZ');
    await first.locator('#edit-fact-property').selectOption('fulltime');
    await first.locator('#edit-fact-value').fill('ja');
    await source(first, 'fact', 'Aanstelling CIO DDZ');
    await first.locator('#edit-fact-add').click();

    await late.locator('#edit-box-membership summary').click();
    await late.locator('#edit-membership-action').selectOption('add-membership');
    await late.locator('#edit-membership-role').selectOption('JenV/CIO-DDZ');
    await late.locator('#edit-membership-body').selectOption('JenV/cio-raad');
    await source(late, 'membership', 'Reglement CIO-raad JenV');
    await late.locator('#edit-membership-add').click();

    await commit(first, 'CIO DDZ is fulltime');
    expect((await workspace()).version).toBe(2);
    await late.locator('#edit-reason').fill('CIO DDZ in de CIO-raad');
    await late.locator('#edit-commit').click();
    await late.locator('#edit-alert', { hasText: 'huidige versie is 2' }).waitFor();
    expect(await late.locator('#edit-alert').textContent()).toContain('CIO DDZ is fulltime');
    expect((await workspace()).version).toBe(2);
    await Promise.all([late.waitForEvent('load'), late.locator('#edit-refresh').click()]);
    await late.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await late.locator('#edit-panel').waitFor();
    expect(await late.locator('#edit-version').textContent()).toContain('2');
    expect(await pendingCount(late)).toBe(1);
    await commit(late, 'CIO DDZ in de CIO-raad');
    expect(await late.locator('#edit-message').textContent()).toContain('versie 3');
    await first.context().close();
    await late.context().close();
  });

  it('an admin reverts the head and the previous fingerprint is back', async () => {
    const fingerprintOf2 = (
      (await (await fetch(`${h.url}/api/changes`)).json()) as {
        changes: { version: number; fingerprint: string }[];
      }
    ).changes.find((c) => c.version === 2)!.fingerprint;
    const jenv = (await editor('?focus=JenV', tokens.jenv!)).page;
    await jenv.locator('#edit-history summary').click();
    expect(await jenv.locator('.edit-revert').count()).toBe(0);
    await jenv.context().close();

    const { page, errors } = await editor('?focus=JenV', tokens.admin!);
    expect(await page.locator('#edit-who').textContent()).toContain('stelsel-admin');
    await page.locator('#edit-history summary').click();
    await Promise.all([
      page.waitForEvent('load'),
      page.locator('#edit-history-list li[data-version="3"] .edit-revert').click(),
    ]);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await page.locator('#edit-panel').waitFor();
    expect(await page.locator('#edit-message').textContent()).toContain('Teruggedraaid als versie 4');
    const ws = await workspace();
    expect(ws).toMatchObject({ version: 4, fingerprint: fingerprintOf2 });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is keyboard reachable, axe-clean and in English too', async () => {
    // axe needs a page made through browser.newContext().
    const context = await h.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${h.url}/?focus=JenV`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await page.locator('#edit-token').fill(tokens.jenv!);
    await page.locator('#edit-token-check').click();
    await page.locator('#edit-who', { hasText: '(' }).waitFor();
    for (const id of ['cio', 'cxo', 'reports', 'membership', 'fact'])
      await page.locator(`#edit-box-${id} summary`).click();
    await page.locator('#edit-history summary').click();
    await page.locator('#edit-history-list li[data-version="1"] .edit-show-diff').click();
    await page.locator('#edit-diff-1').waitFor();
    const result = await new AxeBuilder({ page }).include('#edit-panel').analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    // Tab from the token field reaches the check button and then the forms.
    await page.locator('#edit-token').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('edit-token-check');
    await page.locator('#lang').click();
    expect(await page.locator('#edit-title').textContent()).toBe('Edit');
    expect(await page.locator('#edit-commit').textContent()).toBe('Commit');
    expect(await page.locator('#edit-box-cio summary').textContent()).toBe('Decentral CIO with organisation');
    await page.context().close();
  });
});

describe('read-only visitors', () => {
  for (const [name, harness] of [
    ['no workspace (npm start)', plain],
    ['a workspace without a token', tokenless],
  ] as const)
    it(`see no edit control: ${name}`, async () => {
      const { page, errors } = await openPage(harness, '?focus=JenV');
      const info = (await (await fetch(`${harness.url}/api/workspace`)).json()) as { writable: boolean };
      expect(info.writable).toBe(false);
      // The feature asked the server and decided; give it the time a writable server needs.
      await page.waitForLoadState('networkidle');
      expect(await page.locator('#edit-panel, #edit-token, #edit-commit, .edit-revert').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });
});
