// The statements feature's producers on the real data: every statement and recommendation with what it
// concerns, the bodies that light up, and its quote.
import { describe, expect, it } from 'vitest';
import { highlightOf, metaRecords, quotes } from '../../web/src/features/statements/producers';
import { realGraph } from '../helpers/real';

const graph = realGraph();

describe('statements feature', () => {
  it('lists every statement with the bodies it names and its quote', () => {
    const statements = metaRecords(graph, 'statement', '2024');
    expect(statements.length).toBe(graph.filterNodes((_n, a) => a.kind === 'statement').length);
    const acd = statements.find((s) => s.id === 'statement/acd-cio-beraad-overlap')!;
    expect(acd.bodies.sort()).toEqual(['acd', 'cio-beraad']);
    expect(acd.concerns).toContain('topic/digitalisering-maatschappelijke-opgaven');
    expect(acd.saidBy).toBe('interviewees');
    expect(quotes(acd).some((q) => q.excerpt && q.locator)).toBe(true);
    const lit = highlightOf(acd);
    expect([...lit.nodes].sort()).toEqual(['acd', 'cio-beraad', 'statement/acd-cio-beraad-overlap']);
    expect(lit.edges.size).toBe(acd.edges.length);
    for (const s of statements)
      for (const b of s.bodies) expect(graph.getNodeAttribute(b, 'kind')).toBe('body');
  });

  it('lists the recommendations apart, each linked only by concerns', () => {
    const recs = metaRecords(graph, 'recommendation', '2024');
    expect(recs.length).toBe(graph.filterNodes((_n, a) => a.kind === 'recommendation').length);
    expect(recs.length).toBeGreaterThan(0);
    for (const r of recs) {
      expect(['adr_advice', 'management_response']).toContain(r.type);
      expect(r.concerns.length).toBe(new Set(r.edges.map((e) => graph.target(e))).size);
    }
    const order = recs.map((r) => `${r.type}|${r.name}`);
    expect(order).toEqual([...order].sort((x, y) => x.localeCompare(y)));
  });
});
