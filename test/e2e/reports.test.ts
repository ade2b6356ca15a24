// The reports end to end: the CLI writes a PDF through Debian's Chromium and pdftotext reads back
// the ministry, its decentral CIOs, its articles and the source locators; the served HTML passes
// axe-core in Chromium with no serious or critical violation; without Chromium the PDF is refused
// with a typed error (CLI) and 503 (API) while HTML still works.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { deviations } from '../../src/analyses/deviations';
import { tabel4 } from '../../src/analyses/tables';
import { PdfUnavailableError, renderReport } from '../../src/reports';
import { CHROMIUM_ARGS } from '../../src/reports/pdf';
import { PdfBusyError, PdfQueue } from '../../src/reports/pdf-queue';
import { TEST_DOC, addDecentralCio } from '../helpers/changes';
import { serverConfig } from '../../src/server/config';
import { startServer } from '../../src/server/listen';
import type { RunningServer } from '../../src/server/listen';
import { capture } from '../helpers/io';
import { realGraph } from '../helpers/real';

const OUT = resolve(import.meta.dirname, '../../test-output');
let server: RunningServer;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'cio-graph-reports-'));
  server = await startServer(serverConfig({ port: '0' }, {}));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const words = (text: string) => text.replace(/\s+/g, ' ');

describe('cio-graph report --format pdf', () => {
  it('writes a PDF whose text has the ministry, its 15 decentral CIOs, its articles and the locators', async () => {
    const file = join(dir, 'jenv.pdf');
    const io = capture();
    expect(await main(['report', '--ministry', 'JenV', '--format', 'pdf', '--out', file], io)).toBe(0);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = words(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+|Page size:\s+595\.\d+ x 842\.\d+/);
    expect(text).toContain('Ministerie van Justitie en Veiligheid (JenV)');
    const graph = realGraph();
    const decentral = tabel4(graph).find((r) => r.ministry === 'JenV')!.decentralCios;
    expect(decentral).toHaveLength(15);
    for (const d of decentral) expect(text).toContain(graph.getNodeAttribute(d.id, 'name'));
    expect(text).toContain("15 decentrale CIO's");
    const articles = [
      ...new Set(
        deviations(graph)
          .filter((f) => f.subject === 'JenV')
          .map((f) => f.article),
      ),
    ];
    expect(articles.length).toBeGreaterThan(0);
    for (const a of articles) {
      expect(text).toContain(`Art. ${a}`);
      // The article's text from data/norms.yaml, as its Bijlage 2 source states it.
      const [norm] = graph.getNodeAttribute(`norm/${a}`, 'sources');
      expect(text).toContain(words(norm!.excerpt!));
    }
    for (const locator of ['Tabel 1', 'Tabel 3', 'Tabel 4', 'Bijlage 2', 'factsheet JenV – Kernelementen'])
      expect(text).toContain(`Evaluatie CIO-stelsel Rijksdienst 2024, ${locator}`);
    // Page numbers in the footer, on every page.
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(text).toContain(`pagina ${pages} / ${pages}`);
    // The network figure is a vector: its labels are text in the PDF, not pixels.
    expect(text).toContain('Departementale CIO JenV');
  });

  it('refuses a PDF without Chromium with a typed error, and still renders HTML', async () => {
    const graph = realGraph();
    await expect(
      renderReport(graph, { target: 'JenV', format: 'pdf', chromium: join(dir, 'no-chromium') }),
    ).rejects.toBeInstanceOf(PdfUnavailableError);
    const html = await renderReport(graph, {
      target: 'JenV',
      format: 'html',
      chromium: join(dir, 'no-chromium'),
    });
    expect(String(html.content)).toContain('<html lang="nl">');
  });
});

describe('GET /api/reports', () => {
  it('serves the factsheet and the stelsel report as HTML with a CSP that allows no script', async () => {
    const res = await fetch(`${server.url}/api/reports/JenV?lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { fingerprint: string };
    expect(html).toContain(health.fingerprint);
    const md = await fetch(`${server.url}/api/reports/stelsel?format=md`);
    expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(await md.text()).toContain('**Tabel 1.');
  });

  it('answers 404 for an unknown ministry and 400 for a bad format', async () => {
    const unknown = await fetch(`${server.url}/api/reports/XX`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await fetch(`${server.url}/api/reports/JenV?format=docx`)).status).toBe(400);
  });

  it('answers 503 for a PDF when Chromium is missing', async () => {
    const before = process.env.CIO_GRAPH_CHROMIUM;
    process.env.CIO_GRAPH_CHROMIUM = join(dir, 'no-chromium');
    try {
      const res = await fetch(`${server.url}/api/reports/BZ?format=pdf&lang=en`);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { title: string }).title).toBe('PDF unavailable');
    } finally {
      if (before === undefined) delete process.env.CIO_GRAPH_CHROMIUM;
      else process.env.CIO_GRAPH_CHROMIUM = before;
    }
  });

  it('serves a PDF with Chromium present', async () => {
    const res = await fetch(`${server.url}/api/reports/stelsel?format=pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});

describe('accessibility of the report HTML', () => {
  it.each([
    ['factsheet JenV (nl)', '/api/reports/JenV'],
    ['stelsel report (en)', '/api/reports/stelsel?lang=en'],
  ])('%s passes axe-core with no serious or critical violation', async (_name, path) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(`${server.url}${path}`);
      const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      // Nothing the CSP refuses: no script, no remote resource, no inline style outside <style>.
      expect(errors).toEqual([]);
      await page.screenshot({ path: join(OUT, `report-${path.replace(/\W+/g, '-')}.png`) });
    } finally {
      await context.close();
    }
  });
});

describe('cio-graph report --version --format pdf', () => {
  it('prints the new decentral CIO and its edit footnote only at the new version', async () => {
    const ws = join(dir, 'workspace');
    expect(await main(['changes', 'init', '--workspace', ws], capture())).toBe(0);
    const change = join(dir, 'change.json');
    writeFileSync(change, JSON.stringify(addDecentralCio(0, 'P')));
    const commit = capture();
    expect(
      await main(
        ['changes', 'commit', change, '--workspace', ws, '--author', 'editor', '--format', 'json'],
        commit,
      ),
    ).toBe(0);
    const record = JSON.parse(commit.stdout.join('\n')) as { at: string; fingerprint: string };
    const pdfText = async (version: string) => {
      const file = join(dir, `jenv-v${version}.pdf`);
      const args = ['report', '--ministry', 'JenV', '--format', 'pdf', '--out', file];
      expect(await main([...args, '--version', version, '--workspace', ws], capture())).toBe(0);
      return words(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    };
    const [v1, v0] = [await pdfText('1'), await pdfText('0')];
    expect(v1).toContain('Test organisation P');
    expect(v0).not.toContain('Test organisation P');
    // pdftotext drops a hyphen where a line breaks, so the date's dashes are optional.
    const [y, mo, d] = record.at.slice(0, 10).split('-');
    expect(v1).toMatch(
      new RegExp(
        `${TEST_DOC.title.replace(/[()]/g, '\\$&')}, art\\. 1 \\(werkruimtewijziging 1, editor, ${y}-?${mo}-?${d}\\)`,
      ),
    );
    expect(v0).not.toContain('werkruimtewijziging');
    expect(v1).toContain('Wijzigingen in de werkruimte');
    // The report's own footnotes stay, at both versions.
    for (const text of [v0, v1]) expect(text).toContain('Evaluatie CIO-stelsel Rijksdienst 2024, Tabel 4');
    // The page footer names the version (its fingerprint may wrap, so only its start is checked).
    expect(v1).toContain('werkruimteversie 1');
    expect(v0).toContain('werkruimteversie 0');
  });
});

describe('PdfQueue', () => {
  const html = '<!doctype html><html lang="en"><title>t</title><p>queued page</p></html>';
  const options = { footer: 'test', lang: 'en' as const };

  it('prints with one reused browser, and refuses at once when the queue is full', async () => {
    const queue = new PdfQueue({ maxQueue: 0, executablePath: () => '/usr/bin/chromium' });
    try {
      const first = await queue.print(html, options);
      expect(first.subarray(0, 5).toString()).toBe('%PDF-');
      const printing = queue.print(html, options);
      const refused = await queue.print(html, options).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(PdfBusyError);
      expect((refused as PdfBusyError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect((await printing).subarray(0, 5).toString()).toBe('%PDF-');
      expect(queue.launches).toBe(1);
    } finally {
      await queue.close();
    }
  });

  it('says PDF is unavailable without Chromium, before queueing', async () => {
    const queue = new PdfQueue({ executablePath: () => join(dir, 'no-chromium') });
    await expect(queue.print(html, options)).rejects.toBeInstanceOf(PdfUnavailableError);
    expect(queue.size).toBe(0);
    await queue.close();
  });
});
