import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { forEachEdgeOfKinds } from '../../src/model/edge-index';
import { nodePositions } from '../../src/model/node-index';
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
  const keys = graph.nodes();
  forEachEdgeOfKinds(graph, kinds, (edge, a, s, t, sAt, tAt) => {
    expect(a).toBe(graph.getEdgeAttributes(edge));
    // The endpoints' positions are their places in the graph's node order, and nodePositions agrees.
    expect([keys[sAt], keys[tAt]]).toEqual([s, t]);
    expect([nodePositions(graph).positionOf.get(s), nodePositions(graph).keys[tAt]]).toEqual([sAt, t]);
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

  it('follows every change to the graph: added, dropped and re-kinded edges, added and dropped nodes', () => {
    const op = fc.oneof(
      fc.record({ add: fc.nat(8), to: fc.nat(8), kind: fc.constantFrom(...KINDS) }),
      fc.record({ drop: fc.nat(30) }),
      fc.record({ rekind: fc.nat(30), kind: fc.constantFrom(...KINDS) }),
      fc.record({ dropNode: fc.nat(8) }),
      fc.record({ addNode: fc.nat(8) }),
      fc.record({ clearEdges: fc.constant(true) }),
      fc.record({ replace: fc.nat(30), kind: fc.constantFrom(...KINDS) }),
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
            } else if ('replace' in o) {
              if (edges.length) graph.replaceEdgeAttributes(edges[o.replace % edges.length]!, attrs(o.kind));
            } else if ('addNode' in o) {
              if (!graph.hasNode(`n${o.addNode}`)) graph.addNode(`n${o.addNode}`, {} as never);
            } else if ('clearEdges' in o) graph.clearEdges();
            else if (graph.hasNode(`n${o.dropNode}`)) graph.dropNode(`n${o.dropNode}`);
            // Asked between changes, so that a stale table would show.
            expect(actual(graph, kinds)).toEqual(expected(graph, kinds));
          }
        },
      ),
    );
  });

  it('keeps its table when only node attributes change (centrality writes one per node)', () => {
    const graph = realGraph();
    actual(graph, ['member_of']);
    let passes = 0;
    const forEachEdge = graph.forEachEdge.bind(graph);
    graph.forEachEdge = ((...args: Parameters<OrgGraph['forEachEdge']>) => {
      passes++;
      return (forEachEdge as (...a: unknown[]) => void)(...args);
    }) as OrgGraph['forEachEdge'];
    graph.updateEachNodeAttributes((_id, a) => ({ ...a, name: a.name }));
    graph.setNodeAttribute(graph.nodes()[0]!, 'name', 'x');
    forEachEdgeOfKinds(graph, ['member_of'], () => undefined);
    expect(passes).toBe(0);
    graph.dropNode(graph.nodes()[0]!);
    forEachEdgeOfKinds(graph, ['member_of'], () => undefined);
    expect(passes).toBe(1);
  });
});
