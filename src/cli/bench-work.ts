// How much of the graph an analysis reads, counted instead of timed: every call it makes on the
// graph's API, every callback an iteration makes and every element of an array a call returns.
//
// Why: the time growth from 10k to 100k nodes moves by up to 2x between runs of the bench on the
// same code (a cache-cold 10k pass read 0.9 ms in one run and 1.6 ms in the next), and a bare pass
// over graphology's objects grows 13x–37x per 10x here, so timings cannot tell an analysis that
// does super-linear work from one that does linear work on a memory hierarchy. The count is exact
// and the same on every machine: an analysis whose count grows by more than the graph does super-
// linear work. Accesses inside graphology (and inside what an analysis caches per graph version,
// once built) are not counted: the count is the analysis's own demand on the graph. A per-graph table
// that hands out rows in place of graph calls (the edge table) counts those rows (ACCESS_COUNTER).
import { ACCESS_COUNTER, GRAPH_CHANGE_EVENTS } from '../model/graph-cache';
import type { OrgGraph } from '../model/types';

/** A view of `graph` that counts the accesses made through it into `counter.accesses`. */
function countingView(graph: OrgGraph, counter: { accesses: number }): OrgGraph {
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(graph, {
    get(target, property) {
      if (property === ACCESS_COUNTER) return counter;
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') return value;
      let fn = wrapped.get(property);
      if (!fn) {
        const method = value as (...args: unknown[]) => unknown;
        fn = (...args: unknown[]) => {
          counter.accesses++;
          const counted = args.map((arg) =>
            typeof arg === 'function'
              ? (...inner: unknown[]) => {
                  counter.accesses++;
                  return (arg as (...a: unknown[]) => unknown)(...inner);
                }
              : arg,
          );
          const result = method.apply(target, counted);
          if (Array.isArray(result)) counter.accesses += result.length;
          return result;
        };
        wrapped.set(property, fn);
      }
      return fn;
    },
  });
}

/**
 * Graph accesses of `run` on `graph` in steady state: a first run builds what the analysis caches
 * per graph version (as the timed runs find it built), the second is counted.
 */
export function graphAccesses(graph: OrgGraph, run: (graph: OrgGraph) => unknown): number {
  const counter = { accesses: 0 };
  const view = countingView(graph, counter);
  // The caches built for the view listen on the graph itself: taken off again after the count, or
  // every count would leave its listeners on the graph (and EventEmitter warns past ten).
  const before = new Map(GRAPH_CHANGE_EVENTS.map((event) => [event, graph.rawListeners(event)]));
  try {
    run(view);
    counter.accesses = 0;
    run(view);
    return counter.accesses;
  } finally {
    for (const event of GRAPH_CHANGE_EVENTS)
      for (const listener of graph.rawListeners(event))
        if (!before.get(event)!.includes(listener))
          graph.removeListener(event, listener as (...args: unknown[]) => void);
  }
}
