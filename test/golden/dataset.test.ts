// Golden tests on the real dataset: provenance on every fact, excerpts verbatim in the report, and the
// contradictions the report contains kept as contested facts.
import { describe, expect, it } from 'vitest';
import { resolveFact } from '../../src/model/facts';
import { DEFAULT_DATA_DIR, validateDataDirs } from '../../src/model/load';
import { MINISTRY_CODES } from '../../src/model/vocabulary';
import { REPORT_PRESENT, realGraph } from '../helpers/real';

describe('the 2024 dataset', () => {
  it('validates, with every excerpt checked against the report when it is present', () => {
    const result = validateDataDirs([DEFAULT_DATA_DIR]);
    expect(result.issues).toEqual([]);
    if (REPORT_PRESENT) expect(result.notices).toEqual([]);
  });

  it('has at least one source on every node, edge and property value', () => {
    const graph = realGraph();
    const missing: string[] = [];
    graph.forEachNode((id, a) => {
      if (a.sources.length === 0) missing.push(id);
      for (const [fact, claims] of Object.entries(a.facts)) {
        if (claims.length === 0) missing.push(`${id}.${fact}`);
        claims.forEach((c, i) => {
          if (c.sources.length === 0) missing.push(`${id}.${fact}[${i}]`);
          if (c.sources.some((s) => !s.doc || !s.locator))
            missing.push(`${id}.${fact}[${i}] (empty locator)`);
        });
      }
    });
    graph.forEachEdge((id, a) => {
      if (a.sources.length === 0 || a.sources.some((s) => !s.locator)) missing.push(id);
    });
    expect(missing).toEqual([]);
  });

  it('has all twelve ministries, each with one departmental CIO', () => {
    const graph = realGraph();
    for (const m of MINISTRY_CODES) {
      expect(graph.getNodeAttribute(m, 'kind')).toBe('ministry');
      const cios = graph.filterNodes((_id, a) => a.type === 'departmental_cio' && a.ministries.includes(m));
      expect(cios).toEqual([`${m}/CIO`]);
    }
  });

  it('models the EZK/LNV sharing once: one CIO-office and one CIO-raad that belong to both', () => {
    const graph = realGraph();
    expect(graph.getNodeAttribute('EZK-LNV/CIO-office', 'ministries')).toEqual(['EZK', 'LNV']);
    expect(graph.getNodeAttribute('EZK-LNV/cio-raad', 'ministries')).toEqual(['EZK', 'LNV']);
    expect(
      graph.filterNodes(
        (_id, a) => a.type === 'cio_office' && (a.ministries.includes('EZK') || a.ministries.includes('LNV')),
      ),
    ).toEqual(['EZK-LNV/CIO-office']);
  });

  it.each([
    ['OCW/CIO', 'inBestuursraad', [false, true]],
    ['DEF/CIO-office', 'fte', ['30-40', 'ca. 50']],
    ['AZ/CDO', 'present', [false, true]],
    ['EZK-LNV/CPO', 'formallyEmbedded', [false, true]],
    ['EZK-LNV/CTO', 'placement', ['it_service_provider', 'in_development']],
    ['FIN/CIO-office', 'fte', ['ca. 18', 'circa 10']],
    ['vooroverleg-cio-beraad', 'isVoorportaal', [true, false]],
    ['BZK/plv-CIO', 'isHeadOfCioOffice', [true, false]],
  ])('keeps the contradiction on %s.%s with both sources', (node, fact, values) => {
    const resolved = resolveFact(realGraph(), node, fact, '2024');
    expect(resolved).toMatchObject({ contested: true });
    if (resolved && 'contested' in resolved) {
      expect(resolved.claims.map((c) => c.value)).toEqual(values);
      for (const claim of resolved.claims) expect(claim.sources.length).toBeGreaterThan(0);
      expect(new Set(resolved.claims.flatMap((c) => c.sources.map((s) => s.locator))).size).toBeGreaterThan(
        1,
      );
    }
  });

  it('keeps the contradiction on whom the BZ CIO reports to as alternative edges', () => {
    const graph = realGraph();
    const alternatives = graph.filterOutEdges(
      'BZ/CIO',
      (_e, a) => a.kind === 'reports_to' && a.claimGroup === 'BZ/CIO:position',
    );
    expect(alternatives.map((e) => graph.target(e)).sort()).toEqual(['BZ/SG', 'BZ/pSG']);
  });

  it('dates the 2021 facts of Tabel 1 and par. 4.1.2', () => {
    const graph = realGraph();
    expect(resolveFact(graph, 'AZ/CIO', 'inBestuursraad', '2021')).toMatchObject({ value: false });
    expect(resolveFact(graph, 'BZK/CIO', 'inBestuursraad', '2021')).toMatchObject({ value: true });
    expect(resolveFact(graph, 'DEF/CIO', 'directlyUnderSg', '2021')).toMatchObject({ value: false });
    expect(resolveFact(graph, 'IenW/CDIB', 'fte', '2021')).toMatchObject({ value: 'ca. 15' });
    expect(resolveFact(graph, 'DEF/CIO-office', 'fte', '2021')).toMatchObject({ value: 'ca. 20' });
  });
});
