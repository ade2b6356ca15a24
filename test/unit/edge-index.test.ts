import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { forEachEdgeOfKinds } from '../../src/model/edge-index';
import type { OrgEdgeAttributes, OrgGraph } from '../../src/model/types';
import type { EdgeKind } from '../../src/model/vocabulary';
import { realGraph } from '../helpers/real';

const KINDS: EdgeKind[] = ['member_of', 'chairs', 'handles', 'reports_to', 'advises'];

/** The definition: graphology's own edge order, filtered by kind. */
function expected(graph: OrgGraph, kinds: readonly EdgeKind[]): string[] {
  const out: string[] = [];
  graph.forEachEdge((edge, a, s, t) => {
    if (kinds.includes(a.kind)) out.push(`${edge}:${s}>${t}:${a.kind}`);
  });
  return out;
}

function actual(graph: OrgGraph, kinds: readonly EdgeKind[]): string[] {
  const out: string[] = [];
  forEachEdgeOfKinds(graph, kinds, (edge, a, s, t) => {
    expect(a).toBe(graph.getEdgeAttributes(edge));
    out.push(`${edge}:${s}>${t}:${a.kind}`);
  });
  return out;
}

const attrs = (kind: EdgeKind): OrgEdgeAttributes =>
  ({ kind, sources: [], validIn: ['2024'] }) as OrgEdgeAttributes;

describe('forEachEdgeOfKinds', () => {
  it('gives the edges of the kinds asked, in graph order, on the real dataset', () => {
    const graph = realGraph();
    for (const kinds of [['member_of', 'chairs'], ['handles'], KINDS, []] as EdgeKind[][])
      expect(actual(graph, kinds)).toEqual(expected(graph, kinds));
  });

  it('follows every change to the graph: added, dropped and re-kinded edges, dropped nodes', () => {
    const op = fc.oneof(
      fc.record({ add: fc.nat(5), to: fc.nat(5), kind: fc.constantFrom(...KINDS) }),
      fc.record({ drop: fc.nat(30) }),
      fc.record({ rekind: fc.nat(30), kind: fc.constantFrom(...KINDS) }),
      fc.record({ dropNode: fc.nat(5) }),
    );
    fc.assert(
      fc.property(
        fc.array(op, { minLength: 1, maxLength: 40 }),
        fc.subarray(KINDS, { minLength: 1 }),
        (ops, kinds) => {
          const graph: OrgGraph = new MultiDirectedGraph();
          for (let n = 0; n < 6; n++) graph.addNode(`n${n}`, {} as never);
          for (const o of ops) {
            const edges = graph.edges();
            if ('add' in o) {
              const [s, t] = [`n${o.add}`, `n${o.to}`];
              if (graph.hasNode(s) && graph.hasNode(t)) graph.addEdge(s, t, attrs(o.kind));
            } else if ('drop' in o) {
              if (edges.length) graph.dropEdge(edges[o.drop % edges.length]!);
            } else if ('rekind' in o) {
              if (edges.length) graph.setEdgeAttribute(edges[o.rekind % edges.length]!, 'kind', o.kind);
            } else if (graph.hasNode(`n${o.dropNode}`)) graph.dropNode(`n${o.dropNode}`);
            // Asked between changes, so that a stale table would show.
            expect(actual(graph, kinds)).toEqual(expected(graph, kinds));
          }
        },
      ),
    );
  });
});
