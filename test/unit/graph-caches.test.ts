// The per-graph caches: the node index and the structural adjacency behind fragmentation's reach are
// built once per graph version, and every kind of change makes the next call see the new graph.
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { structuralHops, STRUCTURAL_EDGE_KINDS } from '../../src/analyses/structural-reach';
import { nodeIndex, nodePositions } from '../../src/model/node-index';
import { departmentalCio, ministriesInGraph, roleOfType } from '../../src/model/queries';
import type { OrgGraph } from '../../src/model/types';
import type { Snapshot } from '../../src/model/vocabulary';
import { graphOf, n } from '../helpers/build';
import { realGraph } from '../helpers/real';

// A role's ministries come from its id's prefix (AZ/CIO belongs to AZ).
const cio = (id: string) => n(id, 'role', { type: 'departmental_cio' });

describe('node index', () => {
  it('lists ministries in report order and follows node additions, drops and attribute changes', () => {
    const graph = graphOf([n('ZZ', 'ministry'), n('BZK', 'ministry'), n('AZ', 'ministry'), cio('AZ/CIO')]);
    expect(ministriesInGraph(graph)).toEqual(['AZ', 'BZK', 'ZZ']);
    expect(departmentalCio(graph, 'AZ')).toBe('AZ/CIO');

    graph.addNode('AA', { ...graph.getNodeAttributes('ZZ') });
    expect(ministriesInGraph(graph)).toEqual(['AZ', 'BZK', 'AA', 'ZZ']);

    graph.dropNode('BZK');
    expect(ministriesInGraph(graph)).toEqual(['AZ', 'AA', 'ZZ']);

    graph.setNodeAttribute('AZ/CIO', 'type', 'cio_rijk');
    expect(departmentalCio(graph, 'AZ')).toBeUndefined();
    expect(roleOfType(graph, 'cio_rijk')).toBe('AZ/CIO');

    graph.updateEachNodeAttributes((id, a) => (id === 'AZ/CIO' ? { ...a, type: 'departmental_cio' } : a));
    expect(departmentalCio(graph, 'AZ')).toBe('AZ/CIO');
    expect(roleOfType(graph, 'cio_rijk')).toBeUndefined();
  });

  it('gives each body its position and attributes, and each departmental CIO its flag, in graph order', () => {
    const graph = realGraph();
    const check = () => {
      const index = nodeIndex(graph);
      const keys = graph.nodes();
      expect([...index.bodyPositions].map((at) => keys[at])).toEqual(index.bodies);
      index.bodies.forEach((id, b) => expect(index.bodyAttributes[b]).toBe(graph.getNodeAttributes(id)));
      expect(keys.filter((_id, at) => index.departmentalCioAt[at] === 1)).toEqual([
        ...index.departmentalCios,
      ]);
      expect(nodePositions(graph).keys).toEqual(keys);
    };
    check();
    graph.dropNode(nodeIndex(graph).bodies[0]!);
    check();
    graph.addNode('ZZ/CIO', {
      ...graph.getNodeAttributes(departmentalCio(graph, 'AZ')!),
      ministries: ['ZZ'],
    });
    check();
    graph.dropNode(graph.nodes()[0]!);
    check();
  });

  it('does not hand out its own list: a caller changing the result changes nothing', () => {
    const graph = graphOf([n('AZ', 'ministry'), n('BZ', 'ministry')]);
    ministriesInGraph(graph).pop();
    expect(ministriesInGraph(graph)).toEqual(['AZ', 'BZ']);
  });
});

// A bare graph with the two attributes reach reads; the rest of OrgGraph's shape plays no part.
function bareGraph(edges: [number, number, string, Snapshot[]][], order: number): OrgGraph {
  const graph = new MultiDirectedGraph();
  for (let i = 0; i < order; i++) graph.addNode(`v${i}`);
  for (const [s, t, kind, validIn] of edges) graph.addEdge(`v${s}`, `v${t}`, { kind, validIn });
  return graph as unknown as OrgGraph;
}

/** The definition: per start a BFS over graphology's own edges, the minimum over starts. */
function naiveHops(
  graph: OrgGraph,
  starts: string[],
  snapshot: Snapshot,
  limit: number,
): Map<string, number> {
  const best = new Map<string, number>();
  for (const start of starts) {
    const dist = new Map([[start, 0]]);
    let frontier = [start];
    for (let d = 1; d <= limit && frontier.length; d++) {
      const next: string[] = [];
      for (const node of frontier)
        graph.forEachEdge(node, (_e, a, s, t) => {
          if (!STRUCTURAL_EDGE_KINDS.includes(a.kind) || !a.validIn.includes(snapshot)) return;
          const other = s === node ? t : s;
          if (dist.has(other)) return;
          dist.set(other, d);
          next.push(other);
        });
      frontier = next;
    }
    for (const [node, d] of dist) best.set(node, Math.min(d, best.get(node) ?? Infinity));
  }
  return best;
}

describe('structural reach', () => {
  const kinds = [...STRUCTURAL_EDGE_KINDS, 'member_of', 'chairs'];
  const snapshots: Snapshot[][] = [['2021'], ['2024'], ['2021', '2024']];

  it('equals a BFS per start over graphology, on random multigraphs with self-loops', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((order) =>
          fc.record({
            order: fc.constant(order),
            edges: fc.array(
              fc.tuple(
                fc.nat(order - 1),
                fc.nat(order - 1),
                fc.constantFrom(...kinds),
                fc.constantFrom(...snapshots),
              ),
              { maxLength: 80 },
            ),
            starts: fc.array(fc.nat(order - 1), { minLength: 1, maxLength: 4 }),
            snapshot: fc.constantFrom<Snapshot>('2021', '2024'),
            limit: fc.integer({ min: 0, max: 8 }),
          }),
        ),
        ({ order, edges, starts, snapshot, limit }) => {
          const graph = bareGraph(edges, order);
          const all = graph.nodes();
          const hops = structuralHops(graph);
          const startIds = starts.map((s) => `v${s}`);
          // Twice with one search function: the stamped scratch arrays must not leak between searches.
          for (let round = 0; round < 2; round++)
            expect(hops(startIds, all, snapshot, limit)).toEqual(naiveHops(graph, startIds, snapshot, limit));
        },
      ),
    );
  });

  it('sees an edge dropped, added or moved to another snapshot after the first search', () => {
    const graph = bareGraph(
      [
        [0, 1, 'reports_to', ['2024']],
        [1, 2, 'serves', ['2024']],
      ],
      3,
    );
    const hops = structuralHops(graph);
    expect(hops(['v0'], ['v2'], '2024', 8)).toEqual(new Map([['v2', 2]]));
    graph.setEdgeAttribute(graph.edges('v1', 'v2')[0]!, 'validIn', ['2021']);
    expect(hops(['v0'], ['v2'], '2024', 8)).toEqual(new Map());
    expect(hops(['v0'], ['v2'], '2021', 8)).toEqual(new Map());
    graph.addEdge('v0', 'v2', { kind: 'part_of', validIn: ['2024'] } as never);
    expect(hops(['v0'], ['v2'], '2024', 8)).toEqual(new Map([['v2', 1]]));
    graph.dropEdge(graph.edges('v0', 'v2')[0]!);
    expect(hops(['v0'], ['v2'], '2024', 8)).toEqual(new Map());
    graph.addNode('v3');
    graph.addEdge('v3', 'v0', { kind: 'deputy_of', validIn: ['2024'] } as never);
    expect(structuralHops(graph)(['v3'], ['v1'], '2024', 8)).toEqual(new Map([['v1', 2]]));
  });
});
