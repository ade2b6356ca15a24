// CxO fragmentation per departmental stelsel (EZK and LNV together where they share one).
//
// The report warns against "te veel kapiteins op één schip" and CxO specialisms that become "eilanden
// met eigen mandaten" (par. 3.1.1, 4.1.2). The index measures exactly that, over the CxO roles that are
// placed (present and with a known place):
//
//   index = 0.5 · D + 0.25 · S + 0.25 · R            (each term in [0, 1])
//   D  placement distance: mean over placed roles of  cio_office 0, under_cio_elsewhere 0.25,
//      elsewhere_in_ministry 0.75, it_service_provider 1
//   S  host spread: (distinct hosting units − 1) / (placed roles − 1); 0 with one placed role or none
//   R  reach: mean over placed roles of min(max(hops − 2, 0), 4) / 4, hops the shortest path from the
//      CIO along structural edges (2 hops = in the CIO-office that serves the CIO)
//
// Roles absent, in development or of unspecified place are listed but do not count. A contested
// placement is scored for every combination of claims: `index` is the mean, `indexRange` the extremes.
import { z } from 'zod';
import { mergeSources, possibleValues, resolveFact } from '../model/facts';
import { cxoPositions, outEdges, stelsels } from '../model/queries';
import type { FactValue, OrgGraph, SourceRef } from '../model/types';
import type { CxoType, Snapshot } from '../model/vocabulary';
import { CXO_TYPES, SNAPSHOTS } from '../model/vocabulary';
import { resolveOptions } from './options';
import { structuralHops } from './structural-reach';

export const PLACEMENT_DISTANCE: Record<string, number> = {
  cio_office: 0,
  under_cio_elsewhere: 0.25,
  elsewhere_in_ministry: 0.75,
  it_service_provider: 1,
};

export const FRAGMENTATION_DEFAULTS = {
  snapshot: '2024' as Snapshot,
  weights: { distance: 0.5, spread: 0.25, reach: 0.25 },
};
export type FragmentationOptions = typeof FRAGMENTATION_DEFAULTS;

export const FragmentationOptionsSchema = z
  .strictObject({
    snapshot: z.enum(SNAPSHOTS),
    weights: z.strictObject({
      distance: z.number().min(0),
      spread: z.number().min(0),
      reach: z.number().min(0),
    }),
  })
  .refine((o) => Math.abs(o.weights.distance + o.weights.spread + o.weights.reach - 1) < 1e-9, {
    message: 'weights must add up to 1',
    path: ['weights'],
  });

export interface FragmentationRole {
  role: CxoType;
  id: string | null;
  placement: FactValue | { contested: true; values: FactValue[] } | null;
  host: string[];
  hopsFromCio: number | null;
}

export interface FragmentationResult {
  ministry: string;
  ministries: string[];
  index: number;
  indexRange: [number, number];
  contested: boolean;
  components: { distance: number; spread: number; reach: number };
  roles: FragmentationRole[];
  hosts: number;
  combined: { role: string; with: string }[];
  sources: SourceRef[];
}

/**
 * Hops from the nearest of a stelsel's CIOs to each of the given roles along structural edges, at most
 * `REACH_LIMIT`; a role out of reach is absent. The memory store walks the graph (BFS); the Neo4j store
 * answers the same question with shortestPath in Cypher (cypher/fragmentation-reach.cypher).
 */
export type ReachOracle = (cios: string[], roles: string[], snapshot: Snapshot) => Map<string, number>;

export const REACH_LIMIT = 8;

export function graphReach(graph: OrgGraph): ReachOracle {
  const hops = structuralHops(graph);
  return (cios, roles, snapshot) => hops(cios, roles, snapshot, REACH_LIMIT);
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

interface RoleOption {
  placements: FactValue[];
  hosts: string[];
  reach: number;
}

/**
 * Every combination of the roles' placements, as placement distances (undefined: not placed). One
 * combination unless a placement is contested; the loops below replaced flatMap and spread copies
 * per role, which with the scoring were most of what fragmentation allocated at 100k nodes.
 */
function combinations(options: readonly RoleOption[]): (number | undefined)[][] {
  let combos: (number | undefined)[][] = [[]];
  for (const option of options) {
    const choices = option.placements.length
      ? option.placements.map((p) => PLACEMENT_DISTANCE[String(p)])
      : [undefined];
    if (choices.length === 1) for (const combo of combos) combo.push(choices[0]);
    else combos = combos.flatMap((c) => choices.map((x) => [...c, x]));
  }
  return combos;
}

/** The index of one combination: distance, spread and reach over the roles it places. */
function scoreCombination(
  options: readonly RoleOption[],
  combo: readonly (number | undefined)[],
  w: FragmentationOptions['weights'],
): { distance: number; spread: number; reach: number; index: number } {
  let [placed, distanceSum, reachSum] = [0, 0, 0];
  const hosts = new Set<string>();
  for (let i = 0; i < options.length; i++) {
    const x = combo[i];
    if (x === undefined) continue;
    const option = options[i]!;
    placed++;
    distanceSum += x;
    reachSum += option.reach;
    if (option.hosts.length === 0) hosts.add('(unknown host)');
    else for (const h of option.hosts) hosts.add(h);
  }
  const spread = placed > 1 ? Math.min((hosts.size - 1) / (placed - 1), 1) : 0;
  const reach = placed ? reachSum / placed : 0;
  const distance = placed ? distanceSum / placed : 0;
  return { distance, spread, reach, index: w.distance * distance + w.spread * spread + w.reach * reach };
}

export function fragmentation(
  graph: OrgGraph,
  options: Partial<FragmentationOptions> = {},
  reachOf: ReachOracle = graphReach(graph),
): FragmentationResult[] {
  const o = resolveOptions('fragmentation', FragmentationOptionsSchema, FRAGMENTATION_DEFAULTS, options);
  const w = o.weights;
  const results: FragmentationResult[] = [];
  for (const stelsel of stelsels(graph, o.snapshot)) {
    const positions = cxoPositions(graph, stelsel);
    const placedIds: string[] = [];
    for (const cxo of CXO_TYPES) if (positions[cxo]) placedIds.push(positions[cxo]);
    const distances = reachOf(stelsel.cios, placedIds, o.snapshot);
    const roles: FragmentationRole[] = [];
    const sources: SourceRef[][] = [];
    // Per CxO role: the placements it may have (several when contested), its hosts and its reach.
    const options: RoleOption[] = [];
    let combined: Map<string, { role: string; with: string }> | undefined;
    let contested = false;
    for (const cxo of CXO_TYPES) {
      const id = positions[cxo];
      if (!id) {
        roles.push({ role: cxo, id: null, placement: null, host: [], hopsFromCio: null });
        continue;
      }
      const placement = resolveFact(graph, id, 'placement', o.snapshot);
      const values = possibleValues(placement);
      if (placement)
        sources.push(
          'contested' in placement ? placement.claims.flatMap((c) => c.sources) : placement.sources,
        );
      const hosts: string[] = [];
      for (const h of outEdges(graph, id, 'hosted_by', o.snapshot)) {
        hosts.push(h.target);
        sources.push(h.attributes.sources);
      }
      graph.forEachEdge(id, (_e, a, s, t) => {
        if (a.kind !== 'held_by_same_person' || !a.validIn.includes(o.snapshot)) return;
        const other = s === id ? t : s;
        (combined ??= new Map()).set(id < other ? `${id}|${other}` : `${other}|${id}`, {
          role: id,
          with: other,
        });
        sources.push(a.sources);
      });
      const hops = distances.get(id) ?? null;
      roles.push({
        role: cxo,
        id,
        placement: values.length > 1 ? { contested: true, values } : (values[0] ?? null),
        host: hosts,
        hopsFromCio: hops,
      });
      if (values.length > 1) contested = true;
      options.push({
        placements: values,
        hosts,
        reach: hops === null ? 1 : Math.min(Math.max(hops - 2, 0), 4) / 4,
      });
    }
    const scored = combinations(options).map((combo) => scoreCombination(options, combo, w));
    let [sumIndex, sumDistance, sumSpread, sumReach] = [0, 0, 0, 0];
    let [low, high] = [Infinity, -Infinity];
    for (const x of scored) {
      sumIndex += x.index;
      sumDistance += x.distance;
      sumSpread += x.spread;
      sumReach += x.reach;
      low = Math.min(low, x.index);
      high = Math.max(high, x.index);
    }
    const placedHosts = new Set<string>();
    for (const opt of options)
      if (opt.placements.some((p) => PLACEMENT_DISTANCE[String(p)] !== undefined))
        for (const h of opt.hosts) placedHosts.add(h);
    results.push({
      ministry: stelsel.label,
      ministries: stelsel.ministries,
      index: round(sumIndex / scored.length),
      indexRange: [round(low), round(high)],
      contested,
      components: {
        distance: round(sumDistance / scored.length),
        spread: round(sumSpread / scored.length),
        reach: round(sumReach / scored.length),
      },
      roles,
      hosts: placedHosts.size,
      combined: combined ? [...combined.values()] : [],
      sources: mergeSources(sources),
    });
  }
  return results.sort((a, b) => b.index - a.index || a.ministry.localeCompare(b.ministry));
}
