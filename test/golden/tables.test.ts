// Golden tests: Tabel 1, 3 and 4 recomputed from the graph agree with the report, cell by cell where
// it matters, and the whole JSON is pinned in a committed golden file.
import { describe, expect, it } from 'vitest';
import { reportTables } from '../../src/analyses/tables';
import { realGraph } from '../helpers/real';

const tables = reportTables(realGraph(), '2024');
const row1 = (m: string) => tables.tabel1.find((r) => r.ministry === m)!;
const row3 = (m: string) => tables.tabel3.find((r) => r.ministry === m)!;
const row4 = (m: string) => tables.tabel4.find((r) => r.ministry === m)!;
const value = (cell: unknown) =>
  cell && typeof cell === 'object' && 'value' in cell ? (cell as { value: unknown }).value : cell;

describe('Tabel 1 from the graph', () => {
  it('has twelve rows in the report order', () => {
    expect(tables.tabel1.map((r) => r.ministry)).toEqual([
      'AZ',
      'BZ',
      'BZK',
      'DEF',
      'EZK',
      'FIN',
      'IenW',
      'JenV',
      'LNV',
      'OCW',
      'SZW',
      'VWS',
    ]);
  });

  it('places the CIO under the pSG at BZK, SZW and VWS and under the SG elsewhere (BZ contested)', () => {
    const under = Object.fromEntries(tables.tabel1.map((r) => [r.ministry, value(r.reportsTo)]));
    expect(under).toMatchObject({
      BZK: 'pSG',
      SZW: 'pSG',
      VWS: 'pSG',
      AZ: 'SG',
      DEF: 'SG',
      OCW: 'SG',
      JenV: 'SG',
    });
    expect(row1('BZ').reportsTo).toMatchObject({ contested: true });
  });

  it('has the Bestuursraad seats of Tabel 1', () => {
    const members = tables.tabel1.filter((r) => value(r.inBestuursraad) === true).map((r) => r.ministry);
    expect(members).toEqual(['AZ', 'DEF', 'EZK', 'FIN', 'IenW', 'JenV', 'LNV']);
    expect(row1('OCW').inBestuursraad).toMatchObject({ contested: true });
  });

  it('has four full-time CIOs (BZ, BZK, DEF, SZW)', () => {
    expect(tables.tabel1.filter((r) => value(r.fulltime) === true).map((r) => r.ministry)).toEqual([
      'BZ',
      'BZK',
      'DEF',
      'SZW',
    ]);
  });

  it('derives the development since 2021 from dated facts', () => {
    expect(row1('AZ').development.changes.map((c) => c.field)).toEqual(['cioFunction', 'inBestuursraad']);
    expect(row1('BZK').development.changes).toEqual([
      expect.objectContaining({ field: 'inBestuursraad', from: true, to: false }),
    ]);
    expect(row1('DEF').development.changes).toEqual([
      expect.objectContaining({ field: 'reportsTo', from: 'not SG', to: 'SG' }),
    ]);
    expect(row1('FIN').development.changes).toEqual([]);
    expect(row1('FIN').development.comparedFields.length).toBeGreaterThan(0);
  });

  it('shows the SZW formal explain with its source', () => {
    expect(row1('SZW').explain).toMatchObject({
      value: 'formal',
      sources: expect.arrayContaining([expect.objectContaining({ locator: 'Tabel 1' })]),
    });
  });
});

describe('Tabel 3 from the graph', () => {
  it('groups EZK and LNV as the report does', () => {
    expect(tables.tabel3.map((r) => r.ministry)).toEqual([
      'AZ',
      'BZ',
      'BZK',
      'DEF',
      'EZK/LNV',
      'FIN',
      'IenW',
      'JenV',
      'OCW',
      'SZW',
      'VWS',
    ]);
  });

  it('has the CISO in the CIO-office everywhere but BZ', () => {
    for (const row of tables.tabel3) {
      expect(value(row.CISO.present)).toBe(true);
      expect(value(row.CISO.placement)).toBe(row.ministry === 'BZ' ? 'under_cio_elsewhere' : 'cio_office');
    }
  });

  it('puts CTO roles at IT service providers for BZK, DEF and IenW with their hosts', () => {
    expect(row3('BZK').CTO).toMatchObject({
      placement: { value: 'it_service_provider' },
      host: ['BZK/SSC-ICT', 'BZK/Logius'],
    });
    expect(row3('DEF').CTO).toMatchObject({
      placement: { value: 'it_service_provider' },
      host: ['DEF/JIVC'],
    });
    expect(row3('IenW').CTO).toMatchObject({
      placement: { value: 'it_service_provider' },
      host: ['IenW/RWS'],
    });
    expect(row3('EZK/LNV').CTO.placement).toMatchObject({ contested: true });
  });
});

describe('Tabel 4 from the graph', () => {
  it('counts the decentral CIOs per ministry as the report lists them', () => {
    const counts = Object.fromEntries(tables.tabel4.map((r) => [r.ministry, r.decentralCios.length]));
    expect(counts).toEqual({
      AZ: 0,
      BZ: 0,
      BZK: 14,
      DEF: 7,
      'EZK/LNV': 9,
      FIN: 4,
      IenW: 5,
      JenV: 15,
      OCW: 5,
      SZW: 0,
      VWS: 6,
    });
    expect(row4('JenV').decentralCios.map((d) => d.abbreviation)).toContain('DJI');
    expect(row4('OCW').decentralCios.map((d) => d.abbreviation)).toContain('DUO');
  });
});

describe('golden file', () => {
  it('pins the whole JSON of cio-graph tables', async () => {
    await expect(JSON.stringify(tables, null, 2)).toMatchFileSnapshot('./golden/tables-2024.json');
    await expect(JSON.stringify(reportTables(realGraph(), '2021'), null, 2)).toMatchFileSnapshot(
      './golden/tables-2021.json',
    );
  });
});
