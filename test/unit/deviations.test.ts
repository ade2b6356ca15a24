import { describe, expect, it } from 'vitest';
import { DEVIATIONS_BLOCK, deviations } from '../../src/analyses/deviations';
import { RULES } from '../../src/analyses/rules';
import { InvalidArgumentError } from '../../src/model/errors';
import { ministriesInGraph, stelsels } from '../../src/model/queries';
import { generateDataset } from '../../src/synthetic/generate';
import { e, f, graphOf, graphOfFiles, ministry, n } from '../helpers/build';

function findingsFor(
  parts: { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] }[],
  article: string,
) {
  const graph = graphOf(
    parts.flatMap((p) => p.nodes),
    parts.flatMap((p) => p.edges),
  );
  return deviations(graph, { articles: [article] });
}

describe('deviations', () => {
  it('art. 3.1: compliant under the SG, a deviation under the pSG, explained with a formal explain', () => {
    const found = findingsFor(
      [
        ministry('AZ'),
        ministry('BZK', { underPsg: true }),
        ministry('SZW', { underPsg: true, explain: 'formal', covers: ['3.1'] }),
      ],
      '3.1',
    );
    expect(found.map((x) => [x.subject, x.status, x.formalConsultationRequired])).toEqual([
      ['AZ', 'compliant', false],
      ['BZK', 'deviation', true],
      ['SZW', 'explained', false],
    ]);
    expect(found[1]!.evidence.nodes).toEqual(['BZK/CIO', 'BZK/pSG']);
    expect(found[1]!.evidence.edges).toEqual(['BZK/CIO->BZK/pSG:reports_to']);
    expect(found[1]!.explanation.nl).toContain('pSG');
    expect(found[1]!.explanation.en).toContain('pSG');
  });

  it('an informal explain, or one for another article, does not explain a deviation', () => {
    const found = findingsFor(
      [
        ministry('BZ', { underPsg: true, explain: 'informal', covers: ['3.1'] }),
        ministry('VWS', { underPsg: true, explain: 'formal', covers: ['3.4'] }),
      ],
      '3.1',
    );
    expect(found.map((x) => x.status)).toEqual(['deviation', 'deviation']);
  });

  it('art. 3.1 is contested when alternative reporting lines are claimed', () => {
    const m = ministry('BZ');
    m.edges.push(e('reports_to', 'BZ/CIO', 'BZ/pSG', { claimGroup: 'pos' }));
    (m.edges[0] as Record<string, unknown>).claimGroup = 'pos';
    const [finding] = findingsFor([m], '3.1');
    expect(finding).toMatchObject({ status: 'contested', actual: 'SG / pSG' });
  });

  it('art. 3.4: contested facts give a contested finding; unknown facts give unknown', () => {
    const found = findingsFor(
      [ministry('OCW', { inBr: [false, true] }), ministry('AZ', {}), ministry('DEF', { inBr: true })],
      '3.4',
    );
    expect(Object.fromEntries(found.map((x) => [x.subject, x.status]))).toEqual({
      AZ: 'unknown',
      DEF: 'compliant',
      OCW: 'contested',
    });
  });

  it('art. 3.5: a CIO without a CIO-office deviates', () => {
    const found = findingsFor([ministry('AZ', { office: false }), ministry('BZ')], '3.5');
    expect(found.map((x) => [x.subject, x.status])).toEqual([
      ['AZ', 'deviation'],
      ['BZ', 'compliant'],
    ]);
  });

  it('art. 6.1: a ministry with no CxO roles at all has no CISO to test', () => {
    const m = ministry('AZ');
    const withCiso = ministry('BZ');
    withCiso.nodes.push(
      n('BZ/CISO', 'role', { type: 'CISO', facts: { placement: f('under_cio_elsewhere') } }),
    );
    const found = findingsFor([m, withCiso], '6.1');
    expect(found.map((x) => [x.subject, x.status, x.actual])).toEqual([
      ['AZ', 'unknown', 'no CISO recorded'],
      ['BZ', 'deviation', 'under_cio_elsewhere'],
    ]);
  });

  it('art. 15.7: the CTO-raad chaired by someone else than CIO Rijk is a Rijk-level deviation', () => {
    const nodes = [
      n('rijk/CIO-Rijk', 'role', { type: 'cio_rijk' }),
      n('rijk/hoofd', 'role', { type: 'head_of_department' }),
      n('cto-raad', 'body', { type: 'voorportaal' }),
    ];
    const graph = graphOf(nodes, [e('chairs', 'rijk/hoofd', 'cto-raad')]);
    expect(deviations(graph, { articles: ['15.7'] })).toEqual([
      expect.objectContaining({
        subject: 'rijk',
        status: 'deviation',
        evidence: { nodes: ['cto-raad', 'rijk/hoofd'], edges: ['rijk/hoofd->cto-raad:chairs'] },
      }),
    ]);
  });

  it('validates its options and throws InvalidArgumentError', () => {
    const graph = graphOf(ministry('AZ').nodes, ministry('AZ').edges);
    expect(() => deviations(graph, { snapshot: '2030' as never })).toThrow(InvalidArgumentError);
  });

  it('evaluating in blocks of stelsels finds what each rule finds over the whole graph', () => {
    // More stelsels than three blocks hold, so that blocks, their edges and a partial last block count.
    const graph = graphOfFiles(
      generateDataset({ ministries: 3 * DEVIATIONS_BLOCK + 5, seed: 'blocks' }).files,
    );
    const whole = {
      graph,
      snapshot: '2024' as const,
      stelsels: stelsels(graph),
      ministries: ministriesInGraph(graph),
    };
    const key = (x: { article: string; subject: string }) => `${x.article} ${x.subject}`;
    const expected = RULES.flatMap((rule) => rule.evaluate(whole)).sort((a, b) =>
      key(a).localeCompare(key(b)),
    );
    const found = [...deviations(graph)].sort((a, b) => key(a).localeCompare(key(b)));
    expect(found.length).toBeGreaterThan(5 * 3 * DEVIATIONS_BLOCK);
    expect(found).toEqual(expected);
  });
});
