// Small, reusable graph queries over the CIO-stelsel: who is the departmental CIO, which roles hold
// the CxO positions, which ministries share a stelsel. Analyses and tables build on these.
import { edgeHoldsIn } from './facts';
import type { OrgEdgeAttributes, OrgGraph } from './types';
import type { CxoType, EdgeKind, Snapshot } from './vocabulary';
import { CURRENT_SNAPSHOT, CXO_TYPES } from './vocabulary';
import { nodeIndex } from './node-index';

export interface EdgeRef {
  edge: string;
  source: string;
  target: string;
  attributes: OrgEdgeAttributes;
}

export function outEdges(
  graph: OrgGraph,
  node: string,
  kind: EdgeKind,
  snapshot: Snapshot = CURRENT_SNAPSHOT,
): EdgeRef[] {
  let out: EdgeRef[] | undefined;
  graph.forEachOutEdge(node, (edge, attributes, source, target) => {
    if (attributes.kind === kind && edgeHoldsIn(attributes, snapshot)) {
      const ref = { edge, source, target, attributes };
      if (out) out.push(ref);
      else out = [ref]; // sized to one: most nodes have one edge of a kind, and push from empty reserves 17
    }
  });
  return out ?? [];
}

export function inEdges(
  graph: OrgGraph,
  node: string,
  kind: EdgeKind,
  snapshot: Snapshot = CURRENT_SNAPSHOT,
): EdgeRef[] {
  let out: EdgeRef[] | undefined;
  graph.forEachInEdge(node, (edge, attributes, source, target) => {
    if (attributes.kind === kind && edgeHoldsIn(attributes, snapshot)) {
      const ref = { edge, source, target, attributes };
      if (out) out.push(ref);
      else out = [ref]; // sized to one: most nodes have one edge of a kind, and push from empty reserves 17
    }
  });
  return out ?? [];
}

/** Ministry nodes: the twelve known codes in the report's order, then any others (synthetic data) by id. */
export function ministriesInGraph(graph: OrgGraph): string[] {
  return [...nodeIndex(graph).ministries];
}

/** The departmental CIO of a ministry (role type departmental_cio belonging to that ministry only). */
export function departmentalCio(graph: OrgGraph, ministry: string): string | undefined {
  return nodeIndex(graph).cioByMinistry.get(ministry);
}

/** The first role of a type in node order (CIO Rijk, CISO Rijk: one each). */
export function roleOfType(graph: OrgGraph, type: string): string | undefined {
  return nodeIndex(graph).rolesByType.get(type)?.[0];
}

/** CIO-offices that serve a role. */
export function officesServing(
  graph: OrgGraph,
  role: string,
  snapshot: Snapshot = CURRENT_SNAPSHOT,
): string[] {
  return inEdges(graph, role, 'serves', snapshot)
    .map((e) => e.source)
    .filter((s) => graph.getNodeAttribute(s, 'type') === 'cio_office');
}

/**
 * A departmental stelsel: one ministry, or several that share a CIO-office (EZK and LNV). `prefix` is
 * the id prefix of the records that belong to the stelsel as a whole.
 */
export interface Stelsel {
  label: string;
  prefix: string;
  ministries: string[];
  cios: string[];
}

export function stelsels(graph: OrgGraph, snapshot: Snapshot = CURRENT_SNAPSHOT): Stelsel[] {
  return [...eachStelsel(graph, snapshot)];
}

/**
 * The graph's stelsels one at a time, in the order of `stelsels`: a caller that works through them in
 * blocks reads a stelsel's CIO and its edges while they are still in the CPU cache from finding it.
 */
export function* eachStelsel(graph: OrgGraph, snapshot: Snapshot = CURRENT_SNAPSHOT): Generator<Stelsel> {
  const assigned = new Set<string>();
  for (const ministry of nodeIndex(graph).ministries) {
    if (assigned.has(ministry)) continue;
    const cio = departmentalCio(graph, ministry);
    const shared = cio
      ? officesServing(graph, cio, snapshot).find(
          (office) => graph.getNodeAttribute(office, 'ministries').length > 1,
        )
      : undefined;
    if (shared) {
      const members = graph.getNodeAttribute(shared, 'ministries');
      members.forEach((m) => assigned.add(m));
      yield {
        label: members.join('/'),
        prefix: shared.slice(0, shared.indexOf('/')),
        ministries: [...members],
        cios: members.map((m) => departmentalCio(graph, m)).filter((c): c is string => c !== undefined),
      };
    } else {
      assigned.add(ministry);
      yield { label: ministry, prefix: ministry, ministries: [ministry], cios: cio ? [cio] : [] };
    }
  }
}

/** The canonical CxO position node of a stelsel (`<prefix>/<CxO>`), as Tabel 3 reports it. */
export function cxoPosition(graph: OrgGraph, stelsel: Stelsel, cxo: CxoType): string | undefined {
  const id = `${stelsel.prefix}/${cxo}`;
  return graph.hasNode(id) && graph.getNodeAttribute(id, 'type') === cxo ? id : undefined;
}

export function cxoPositions(graph: OrgGraph, stelsel: Stelsel): Partial<Record<CxoType, string>> {
  const out: Partial<Record<CxoType, string>> = {};
  for (const cxo of CXO_TYPES) {
    const id = cxoPosition(graph, stelsel, cxo);
    if (id) out[cxo] = id;
  }
  return out;
}

/** Decentral CIOs that report to any of the given CIOs, in data order, without duplicates. */
export function decentralCiosOf(
  graph: OrgGraph,
  cios: string[],
  snapshot: Snapshot = CURRENT_SNAPSHOT,
): string[] {
  const seen = new Set<string>();
  for (const cio of cios) {
    for (const e of inEdges(graph, cio, 'reports_to', snapshot)) {
      if (graph.getNodeAttribute(e.source, 'type') === 'decentral_cio') seen.add(e.source);
    }
  }
  return [...seen];
}
