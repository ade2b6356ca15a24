// Values derived from a graph (indexes, compact adjacency) kept until the graph changes. Each cache
// listens once to the events that can make its value stale and forgets the value on the first of
// them, so a derived value is built at most once per graph version and never served stale.
import type { OrgGraph } from './types';

export const NODE_CHANGE_EVENTS = [
  'nodeAdded',
  'nodeDropped',
  'nodeAttributesUpdated',
  'eachNodeAttributesUpdated',
  'cleared',
  'attributesUpdated',
] as const;

/** The events of the edges themselves. */
const EDGE_EVENTS = [
  'edgeAdded',
  'edgeDropped',
  'edgeAttributesUpdated',
  'eachEdgeAttributesUpdated',
  'edgesCleared',
] as const;

export const GRAPH_CHANGE_EVENTS = [...NODE_CHANGE_EVENTS, ...EDGE_EVENTS] as const;

/** What moves a node's position in the graph's order: graphology appends added nodes at the end. */
export const NODE_ORDER_EVENTS = ['nodeDropped', 'cleared'] as const;

/**
 * What can change the edges or the positions of their endpoints: not a node's or the graph's
 * attributes (centrality's `assign` writes one per node, and each dropped the edge table for nothing).
 * `dropNode` drops its edges without an edgeDropped event: `nodeDropped` covers them.
 */
export const EDGE_CHANGE_EVENTS = [...NODE_ORDER_EVENTS, ...EDGE_EVENTS] as const;

type ChangeEvent = (typeof GRAPH_CHANGE_EVENTS)[number];

/**
 * Where a view of a graph that counts accesses (the bench's `graphAccesses`) keeps its count. A
 * per-graph table that hands an analysis rows in place of graph calls adds the rows it hands out
 * there, so the count still measures the analysis's demand on the graph (read once per call, never
 * per row: a plain graph has no such property).
 */
export const ACCESS_COUNTER = Symbol('cio-graph/access-counter');

export function countAccesses(graph: OrgGraph, rows: number): void {
  const counter = (graph as unknown as Record<symbol, { accesses: number } | undefined>)[ACCESS_COUNTER];
  if (counter) counter.accesses += rows;
}

/** A function returning `build(graph)`, computed once per graph and again after any of `events`. */
export function cachedPerGraph<T>(
  events: readonly ChangeEvent[],
  build: (graph: OrgGraph) => T,
): (graph: OrgGraph) => T {
  const cache = new WeakMap<OrgGraph, T>();
  return (graph) => {
    if (cache.has(graph)) return cache.get(graph)!;
    const value = build(graph);
    cache.set(graph, value);
    const drop = () => {
      cache.delete(graph);
      for (const event of events) graph.removeListener(event, drop);
    };
    for (const event of events) graph.once(event, drop);
    return value;
  };
}
