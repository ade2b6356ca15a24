// The report builders on hand-built graphs: a contested fact keeps every claim with its own sources,
// a ministry's findings, decentral CIOs and gremia come from the graph, the meeting-load line follows
// what the overlap analysis gives, and the HTML escapes data and numbers each source once.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/reports';
import { renderHtml } from '../../src/reports/html';
import { meetingLoadBlock } from '../../src/reports/sections';
import { factInline, mapFact } from '../../src/reports/values';
import type { Block } from '../../src/reports/model';
import { e, graphOf, ministry, n } from '../helpers/build';

const src = (locator: string) => ({ doc: 'd', locator });

describe('values', () => {
  it('shows a contested fact with every claim and its own sources', () => {
    const cell = {
      contested: true as const,
      claims: [
        { value: false, sources: [src('Tabel 1')] },
        { value: true, sources: [src('factsheet')] },
      ],
    };
    expect(factInline(cell, 'nl')).toEqual([
      { strong: 'BETWIST' },
      ': ',
      'Nee',
      { cite: [src('Tabel 1')] },
      ' versus ',
      'Ja',
      { cite: [src('factsheet')] },
    ]);
    expect(factInline(null, 'en')).toEqual(['—']);
  });

  it('maps values and merges claims that become equal', () => {
    const cell = {
      contested: true as const,
      claims: [
        { value: 'cio_office', sources: [src('a')] },
        { value: 'it_service_provider', sources: [src('b')] },
      ],
    };
    expect(mapFact(cell, (v) => v === 'cio_office')).toEqual({
      contested: true,
      claims: [
        { value: true, sources: [src('a')] },
        { value: false, sources: [src('b')] },
      ],
    });
    expect(mapFact(cell, () => false)).toEqual({ value: false, sources: [src('a'), src('b')] });
  });
});

describe('a factsheet of a hand-built ministry', () => {
  const base = ministry('M', { inBr: [false, true] });
  const graph = graphOf(
    [
      ...base.nodes,
      n('M/DIENST', 'organisation', { type: 'unit_or_agency', name: 'Dienst <X> & co', abbreviation: 'DX' }),
      n('M/CIO-DX', 'role', { type: 'decentral_cio', name: 'CIO DX' }),
      n('M/raad', 'body', { type: 'council', name: 'CIO-raad M' }),
      n('norm/3.4', 'norm', { article: '3.4', name: 'Art. 3.4: De CIO is lid van de Bestuursraad' }),
    ],
    [
      ...base.edges,
      e('hosted_by', 'M/CIO-DX', 'M/DIENST'),
      e('reports_to', 'M/CIO-DX', 'M/CIO'),
      e('member_of', 'M/CIO', 'M/raad', { seat: 'permanent' }),
    ],
  );

  it('lists the decentral CIO, the contested Bestuursraad seat, the finding with its article and the gremium', async () => {
    const doc = await buildReport(graph, { target: 'M', generated: '2026-01-01' });
    const defs = doc.blocks.find(
      (b): b is Extract<Block, { type: 'definitions' }> => b.type === 'definitions',
    )!;
    expect(defs.items.find((i) => i.term === 'CIO lid van bestuursraad')!.content[0]).toEqual({
      strong: 'BETWIST',
    });
    const tables = doc.blocks.filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
    const decentral = tables.find((t) => t.headers[0] === 'Organisatie')!;
    expect(decentral.rows.map((r) => r[1]!.content[0])).toEqual(['DX']);
    const norms = tables.find((t) => t.headers[0] === 'Artikel')!;
    const art34 = norms.rows.find((r) => r[0]!.content[0] === 'Art. 3.4')!;
    expect(art34[1]!.content[0]).toBe('Art. 3.4: De CIO is lid van de Bestuursraad');
    expect(art34[2]!.status).toBe('contested');
    const gremia = tables.find((t) => t.headers[0] === 'Gremium')!;
    expect(gremia.rows.map((r) => r[0]!.content[0])).toEqual(['CIO-raad M']);
    expect(gremia.rows[0]![2]!.content[0]).toBe('lid, vaste zetel');
  });

  it('renders HTML that escapes the data and numbers each source once', async () => {
    const doc = await buildReport(graph, { target: 'M', generated: '2026-01-01' });
    const html = renderHtml(doc, graph.getAttribute('documents'));
    expect(html).toContain('Dienst &lt;X&gt; &amp; co');
    expect(html).not.toContain('Dienst <X>');
    const notes = [...html.matchAll(/<li id="fn(\d+)">(.*?)<\/li>/g)].map((m) => m[2]);
    expect(new Set(notes).size).toBe(notes.length);
  });
});

describe('meeting load', () => {
  it('says what the overlap analysis gives: a load when it has one, otherwise that it has none yet', () => {
    expect(meetingLoadBlock({ role: 'M/CIO' }, 'en')).toMatchObject({ note: true });
    const known = meetingLoadBlock({ load: { meetingsPerYear: 24, known: 2, unknown: 0 } }, 'en');
    expect(known).toEqual({
      type: 'paragraph',
      content: ['Meeting load: 24 meetings a year over 2 gremia with a known frequency.'],
    });
    const partial = meetingLoadBlock({ load: { meetingsPerYear: 12, known: 1, unknown: 3 } }, 'nl');
    expect(JSON.stringify(partial)).toContain('ten minste 12 vergaderingen per jaar');
  });
});
