// Lookups the analyses repeat on every call: the ministries in report order, roles by type, the
// departmental CIO per ministry and the bodies. Built in one pass over the nodes, kept per graph and dropped on any
// node change, so that an analysis no longer scans the whole graph for each of them: at 100k nodes a
// bare node pass costs ~3 ms and grows faster than the node count (memory-bound), and deviations made
// eleven of them per call (a filterNodes per departmental rule, a findNode per Rijk-level rule).
import { NODE_CHANGE_EVENTS, NODE_ORDER_EVENTS, cachedPerGraph } from './graph-cache';
import type { OrgGraph, OrgNodeAttributes } from './types';
import { MINISTRY_CODES } from './vocabulary';

export interface NodeIndex {
  /** Ministry nodes: the twelve known codes in the report's order, then any others by id. */
  ministries: readonly string[];
  /** Role ids by role type, in the graph's node order. */
  rolesByType: ReadonlyMap<string, readonly string[]>;
  /** The departmental CIO of a ministry: the first role of that type belonging to that ministry only. */
  cioByMinistry: ReadonlyMap<string, string>;
  /** Body (gremium) ids in the graph's node order. */
  bodies: readonly string[];
  /**
   * Each body's position (`nodePositions`) and attributes, in the order of `bodies`: an analysis that
   * keeps per-node arrays reads its bodies here without a lookup by id, each one a cache miss in
   * graphology's node map once the graph is past the L2 (at 100k nodes, most of overlap's first step).
   */
  bodyPositions: Int32Array;
  bodyAttributes: readonly OrgNodeAttributes[];
  /** Every role of type departmental_cio: a small set, so asking it stays in cache where a node lookup does not. */
  departmentalCios: ReadonlySet<string>;
  /** 1 at the position (`nodePositions`) of each departmental CIO: the same set, for per-position passes. */
  departmentalCioAt: Uint8Array;
}

const KNOWN_ORDER = new Map<string, number>(MINISTRY_CODES.map((code, i) => [code, i]));

function reportOrder(a: string, b: string): number {
  const [x, y] = [KNOWN_ORDER.get(a) ?? MINISTRY_CODES.length, KNOWN_ORDER.get(b) ?? MINISTRY_CODES.length];
  return x - y || a.localeCompare(b);
}

function buildIndex(graph: OrgGraph): NodeIndex {
  const ministries: string[] = [];
  const rolesByType = new Map<string, string[]>();
  const cioByMinistry = new Map<string, string>();
  const bodies: string[] = [];
  const bodyPositions: number[] = [];
  const bodyAttributes: OrgNodeAttributes[] = [];
  const departmentalCioAt = new Uint8Array(graph.order);
  let position = 0;
  graph.forEachNode((id, a) => {
    const at = position++;
    if (a.kind === 'ministry') ministries.push(id);
    if (a.kind === 'body') {
      bodies.push(id);
      bodyPositions.push(at);
      bodyAttributes.push(a);
    }
    if (a.kind !== 'role' || a.type === undefined) return;
    if (a.type === 'departmental_cio') departmentalCioAt[at] = 1;
    let roles = rolesByType.get(a.type);
    if (!roles) rolesByType.set(a.type, (roles = []));
    roles.push(id);
    if (a.type === 'departmental_cio' && a.ministries.length === 1 && !cioByMinistry.has(a.ministries[0]!))
      cioByMinistry.set(a.ministries[0]!, id);
  });
  return {
    ministries: ministries.sort(reportOrder),
    rolesByType,
    cioByMinistry,
    bodies,
    bodyPositions: Int32Array.from(bodyPositions),
    bodyAttributes,
    departmentalCios: new Set(rolesByType.get('departmental_cio')),
    departmentalCioAt,
  };
}

/** The graph's node index, built on first use after a node change (edges play no part in it). */
export const nodeIndex: (graph: OrgGraph) => NodeIndex = cachedPerGraph(NODE_CHANGE_EVENTS, buildIndex);

/** The graph's nodes in its order, and each node's position in it. */
export interface NodePositions {
  keys: readonly string[];
  positionOf: ReadonlyMap<string, number>;
}

/**
 * Node positions, kept until a node is dropped: an added node goes to the end, where the positions of
 * the others stay right (the keys are listed again, as a new list, on the next ask). The node index's
 * positions are the same, since both follow `graph.forEachNode`.
 */
export const nodePositions: (graph: OrgGraph) => NodePositions = cachedPerGraph(
  [...NODE_ORDER_EVENTS, 'nodeAdded'],
  (graph) => {
    const keys = graph.nodes();
    return { keys, positionOf: new Map(keys.map((key, i) => [key, i])) };
  },
);
