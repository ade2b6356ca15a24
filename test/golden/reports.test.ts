// Golden tests of the reports on the real dataset: the Kernelementen of all twelve factsheets agree
// with Tabel 1 (and Tabel 3 for the CISO) value by value and source by source, and say what the
// report's Tabel 1 says; the stelsel report reproduces Tabel 1, 3 and 4 cell by cell as the
// `tables` command renders them.
import { describe, expect, it } from 'vitest';
import { renderTables } from '../../src/analyses/tables-text';
import { reportTables } from '../../src/analyses/tables';
import { MINISTRY_CODES } from '../../src/model/vocabulary';
import { buildReport, graphFingerprint, renderReport } from '../../src/reports';
import { kernelementen } from '../../src/reports/kernelementen';
import type { Block } from '../../src/reports/model';
import { InvalidArgumentError, NotFoundError } from '../../src/model/errors';
import { looksLikeCode } from '../../src/model/labels';
import type { Inline } from '../../src/reports/model';
import { realGraph } from '../helpers/real';

const graph = realGraph();
const tables = reportTables(graph, '2024');
const plain = (cell: unknown) =>
  cell && typeof cell === 'object' && 'value' in cell ? (cell as { value: unknown }).value : cell;
const FIXED = { generated: '2026-01-01' };

describe('factsheet Kernelementen against Tabel 1', () => {
  it.each(MINISTRY_CODES)('%s: every Kernelement is the Tabel 1 cell, with its sources', (m) => {
    const k = kernelementen(graph, m, '2024');
    const row = tables.tabel1.find((r) => r.ministry === m)!;
    expect(k.cio).toBe(row.cio);
    expect(k.placement).toEqual(row.reportsTo);
    expect(k.cioFunction).toEqual(row.cioFunction);
    expect(k.fulltime).toEqual(row.fulltime);
    expect(k.inBestuursraad).toEqual(row.inBestuursraad);
    expect(k.selfAgenda).toEqual(row.selfAgenda);
    expect(k.explain).toEqual(row.explain);
    const stelsel = tables.tabel3.find((r) => r.ministry.split('/').includes(m))!;
    const ciso = stelsel.CISO.placement;
    if (ciso && !('contested' in ciso)) expect(plain(k.cisoInCioOffice)).toBe(ciso.value === 'cio_office');
  });

  it('says what the report’s Tabel 1 says about position and Bestuursraad seat', () => {
    const all = Object.fromEntries(MINISTRY_CODES.map((m) => [m, kernelementen(graph, m, '2024')]));
    const under = Object.fromEntries(
      MINISTRY_CODES.filter((m) => !('contested' in (all[m]!.placement ?? {}))).map((m) => [
        m,
        plain(all[m]!.placement),
      ]),
    );
    expect(under).toMatchObject({
      BZK: 'pSG',
      SZW: 'pSG',
      VWS: 'pSG',
      AZ: 'SG',
      DEF: 'SG',
      OCW: 'SG',
      JenV: 'SG',
    });
    expect(all.BZ!.placement).toMatchObject({ contested: true });
    expect(MINISTRY_CODES.filter((m) => plain(all[m]!.inBestuursraad) === true)).toEqual([
      'AZ',
      'DEF',
      'EZK',
      'FIN',
      'IenW',
      'JenV',
      'LNV',
    ]);
    expect(all.OCW!.inBestuursraad).toMatchObject({ contested: true });
    // Art. 6.1: the CISO sits outside the CIO-office only at BZ.
    expect(MINISTRY_CODES.filter((m) => plain(all[m]!.cisoInCioOffice) === false)).toEqual(['BZ']);
    expect(plain(all.JenV!.fte)).toBe('40+');
    expect(all.DEF!.fte).toMatchObject({ contested: true });
  });

  it.each(MINISTRY_CODES)('%s: the rendered factsheet shows the Kernelementen first', async (m) => {
    const doc = await buildReport(graph, { target: m, ...FIXED });
    const defs = doc.blocks.find(
      (b): b is Extract<Block, { type: 'definitions' }> => b.type === 'definitions',
    )!;
    expect(doc.blocks[0]).toMatchObject({ type: 'heading', id: 'kernelementen' });
    expect(defs.items.map((i) => i.term).slice(0, 6)).toEqual([
      'Organisatorische plaatsing CIO',
      'Functie CIO',
      'Fulltime CIO',
      'Aantal FTE CIO-office',
      'CISO onderdeel CIO-office',
      'CIO lid van bestuursraad',
    ]);
    const row = tables.tabel1.find((r) => r.ministry === m)!;
    const seat = defs.items[5]!.content;
    if (row.inBestuursraad && !('contested' in row.inBestuursraad))
      expect(seat[0]).toBe(row.inBestuursraad.value ? 'Ja' : 'Nee');
  });
});

/** A Markdown table under a caption, as rows of cells without footnote marks. */
/** The rows of the Markdown table under a title (the reports' bold caption or the tables command's heading), without footnote marks. */
function markdownRows(md: string, title: string): string[][] {
  const start = md.indexOf(title);
  expect(start).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (const line of md.slice(start).split('\n').slice(4)) {
    if (!line.startsWith('|')) break;
    const cells = line.slice(2, -2).split(/ (?<!\\)\| /);
    rows.push(
      cells.map((c) =>
        c
          .replace(/\[\^\d+\]/g, '')
          .replace(/\\\|/g, '|')
          .trim(),
      ),
    );
  }
  return rows;
}

describe('the stelsel report', () => {
  it('reproduces Tabel 1, 3 and 4 cell by cell as `cio-graph tables` renders them', async () => {
    const md = String((await renderReport(graph, { target: 'stelsel', format: 'md', ...FIXED })).content);
    const reference = renderTables(graph, tables, 'md', 'nl');
    const refRows = (title: string) => markdownRows(reference, title);
    const t1 = markdownRows(md, '**Tabel 1.');
    const r1 = refRows('## Tabel 1.');
    expect(t1).toHaveLength(12);
    // A contested cell: the tables command lists the locators inline, the report as footnotes.
    const claims = (c: string) =>
      /^\**BETWIST/.test(c)
        ? [
            'BETWIST',
            ...c
              .replace(/^\**BETWIST\**: /, '')
              .split(/ vs | versus /)
              .map((v) => v.replace(/ \[[^\]]*\]$/, '')),
          ]
        : [c];
    // Tabel 1: every column but the last (which this report annotates with sources) is identical.
    expect(t1.map((r) => r.slice(0, 7).map(claims))).toEqual(r1.map((r) => r.slice(0, 7).map(claims)));
    expect(t1.find((r) => r[0] === 'OCW')![4]).toBe('**BETWIST**: Nee versus Ja');
    const t4 = markdownRows(md, '**Tabel 4.');
    expect(t4).toEqual(refRows('## Tabel 4.').map((r) => r.map((c) => c || '—')));
    expect(Object.fromEntries(t4.map((r) => [r[0], Number(r[1])]))).toMatchObject({
      JenV: 15,
      'EZK/LNV': 9,
      DEF: 7,
    });
    const t3 = markdownRows(md, '**Tabel 3.');
    const r3 = refRows('## Tabel 3.');
    expect(t3.map((r) => r[0])).toEqual(r3.map((r) => r[0]));
    // Tabel 3 cells: the same present/placement values (the report spells the placement out in words).
    for (const [i, row] of t3.entries())
      for (let c = 1; c < row.length; c++)
        expect(row[c]!.replace(/\*\*/g, '').split(' ')[0]).toBe(r3[i]![c]!.split(' ')[0]);
  });

  it('has every section of the issue, with charts as accessible SVG', async () => {
    const doc = await buildReport(graph, { target: 'stelsel', lang: 'en', ...FIXED });
    expect(
      doc.blocks.filter((b) => b.type === 'heading' && b.level === 2).map((b) => (b as { id: string }).id),
    ).toEqual([
      'tabel-1',
      'tabel-3',
      'tabel-4',
      'afwijkingen',
      'overlap',
      'versnippering',
      'centraal',
      'tegenstrijdig',
      'veranderingen',
    ]);
    const figures = doc.blocks.filter((b): b is Extract<Block, { type: 'figure' }> => b.type === 'figure');
    expect(figures).toHaveLength(3);
    for (const f of figures) {
      expect(f.svg).toMatch(/^<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"><title id=/);
      expect(f.svg).toContain('<desc id=');
    }
    expect(doc.meta.fingerprint).toBe(graphFingerprint(graph));
  });

  it('names the fingerprint and the date in the footer and numbers every source once', async () => {
    const html = String((await renderReport(graph, { target: 'JenV', format: 'html', ...FIXED })).content);
    expect(html).toContain(graphFingerprint(graph));
    expect(html).toContain('2026-01-01');
    const marks = [...html.matchAll(/<li id="fn(\d+)">/g)].map((m) => Number(m[1]));
    expect(marks).toEqual(marks.map((_, i) => i + 1));
    // Each footnote mark carries the excerpt on hover.
    expect(html).toMatch(/<a class="fn" href="#fn1" title="Evaluatie CIO-stelsel Rijksdienst 2024, [^"]+: “/);
  });

  it.each(['stelsel', 'BZ', 'EZK', 'OCW'])(
    '%s: no code value reaches the reader, in Dutch or English',
    async (target) => {
      for (const lang of ['nl', 'en'] as const) {
        const doc = await buildReport(graph, { target, lang, ...FIXED });
        const texts: string[] = [];
        const add = (xs: Inline[]) =>
          xs.forEach((x) => (typeof x === 'string' ? texts.push(x) : 'strong' in x && texts.push(x.strong)));
        for (const b of doc.blocks) {
          if (b.type === 'paragraph') add(b.content);
          if (b.type === 'list') b.items.forEach(add);
          if (b.type === 'definitions') b.items.forEach((i) => (texts.push(i.term), add(i.content)));
          if (b.type === 'table') {
            texts.push(...b.headers);
            b.rows.forEach((r) => r.forEach((c) => add(c.content)));
          }
        }
        expect(texts.length).toBeGreaterThan(50);
        expect(texts.filter(looksLikeCode)).toEqual([]);
      }
    },
  );

  it('refuses an unknown ministry and a bad request with typed errors', async () => {
    await expect(buildReport(graph, { target: 'XX' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(buildReport(graph, { target: 'JenV', lang: 'fr' as 'nl' })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
  });
});
