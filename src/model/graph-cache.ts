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

export const GRAPH_CHANGE_EVENTS = [
  ...NODE_CHANGE_EVENTS,
  'edgeAdded',
  'edgeDropped',
  'edgeAttributesUpdated',
  'eachEdgeAttributesUpdated',
  'edgesCleared',
] as const;

type ChangeEvent = (typeof GRAPH_CHANGE_EVENTS)[number];

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
