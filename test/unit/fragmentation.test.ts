import { describe, expect, it } from 'vitest';
import { fragmentation } from '../../src/analyses/fragmentation';
import { e, f, graphOf, ministry, n } from '../helpers/build';

function withCxos(m: string, placements: Record<string, [string, string] | [string, string, string]>) {
  const base = ministry(m);
  base.nodes.push(
    n(`${m}/DG`, 'organisation', { type: 'directorate' }),
    n(`${m}/ITSP`, 'organisation', { type: 'it_service_provider' }),
  );
  base.edges.push(e('part_of', `${m}/DG`, m), e('part_of', `${m}/ITSP`, m));
  for (const [cxo, [placement, host, other]] of Object.entries(placements)) {
    const fact = other ? { claims: [f(placement), f(other)] } : f(placement);
    base.nodes.push(n(`${m}/${cxo}`, 'role', { type: cxo, facts: { present: f(true), placement: fact } }));
    if (host) base.edges.push(e('hosted_by', `${m}/${cxo}`, host));
  }
  return base;
}

describe('fragmentation', () => {
  const parts = [
    withCxos('AZ', { CISO: ['cio_office', 'AZ/CIO-office'], CPO: ['cio_office', 'AZ/CIO-office'] }),
    withCxos('DEF', {
      CISO: ['cio_office', 'DEF/CIO-office'],
      CPO: ['elsewhere_in_ministry', 'DEF/DG'],
      CTO: ['it_service_provider', 'DEF/ITSP'],
    }),
    withCxos('EZK', { CTO: ['it_service_provider', 'EZK/ITSP', 'in_development'] }),
    ministry('SZW'),
  ];
  const results = fragmentation(
    graphOf(
      parts.flatMap((p) => p.nodes),
      parts.flatMap((p) => p.edges),
    ),
  );
  const byMinistry = Object.fromEntries(results.map((r) => [r.ministry, r]));

  it('gives 0 when every CxO sits in the CIO-office serving the CIO', () => {
    expect(byMinistry.AZ).toMatchObject({
      index: 0,
      hosts: 1,
      components: { distance: 0, spread: 0, reach: 0 },
    });
    expect(byMinistry.AZ!.roles.find((r) => r.role === 'CISO')).toMatchObject({
      hopsFromCio: 2,
      host: ['AZ/CIO-office'],
    });
  });

  it('follows the documented formula for roles spread over units', () => {
    const d = byMinistry.DEF!;
    // distance (0 + 0.75 + 1) / 3; spread (3 hosts - 1) / (3 - 1) = 1;
    // reach: hops 2 (CIO→office→CISO), 4 (CIO→office→DEF→DG→CPO) and 4 → (0 + 0.5 + 0.5) / 3
    expect(d.components.distance).toBeCloseTo(1.75 / 3, 4);
    expect(d.components.spread).toBe(1);
    expect(d.components.reach).toBeCloseTo(1 / 3, 4);
    expect(d.roles.map((r) => r.hopsFromCio)).toEqual([2, 4, 4, null]);
    expect(d.index).toBeCloseTo(0.5 * (1.75 / 3) + 0.25 + 0.25 * (1 / 3), 4);
    expect(results[0]!.ministry).toBe('DEF');
  });

  it('scores a contested placement for each claim and reports the range', () => {
    const z = byMinistry.EZK!;
    expect(z.contested).toBe(true);
    expect(z.roles.find((r) => r.role === 'CTO')?.placement).toEqual({
      contested: true,
      values: ['it_service_provider', 'in_development'],
    });
    expect(z.indexRange[0]).toBe(0);
    expect(z.indexRange[1]).toBeGreaterThan(0.5);
    expect(z.index).toBeCloseTo((z.indexRange[0] + z.indexRange[1]) / 2, 4);
  });

  it('handles a ministry with no CxO roles', () => {
    expect(byMinistry.SZW).toMatchObject({
      index: 0,
      hosts: 0,
      roles: [
        { role: 'CISO', id: null },
        { role: 'CPO', id: null },
        { role: 'CTO', id: null },
        { role: 'CDO', id: null },
      ],
    });
  });

  it('stays within [0, 1]', () => {
    for (const r of results) {
      expect(r.index).toBeGreaterThanOrEqual(0);
      expect(r.index).toBeLessThanOrEqual(1);
    }
  });
});
