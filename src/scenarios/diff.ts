// What a scenario changes in the analyses: every analysis before and after, and the difference.
// Findings are matched by a stable key (rule + subject, the two bodies of a pair, the ministry, the
// node), so a finding that stays but changes is reported as changed, not as removed plus added.
import { centrality } from '../analyses/centrality';
import { deviations } from '../analyses/deviations';
import type { DeviationFinding } from '../analyses/rules';
import { fragmentation } from '../analyses/fragmentation';
import type { FragmentationResult } from '../analyses/fragmentation';
import { overlap } from '../analyses/overlap';
import type { OverlapPair } from '../analyses/overlap';
import type { OrgGraph } from '../model/types';
import type { Snapshot } from '../model/vocabulary';
import { applyScenario } from './apply';
import type { ScenarioChanges } from './apply';
import type { Scenario } from './schema';

export interface Change<T> {
  key: string;
  before: T;
  after: T;
}

export interface FindingsDiff<T> {
  added: T[];
  removed: T[];
  changed: Change<T>[];
}

export interface StructureCounts {
  bodies: number;
  memberships: number;
  /** Per departmental CIO: the number of bodies it sits in (member or chair). */
  meetingsPerCio: Record<string, number>;
}

export interface ScenarioDiff {
  deviations: FindingsDiff<DeviationSummary>;
  overlap: FindingsDiff<OverlapSummary>;
  fragmentation: FindingsDiff<FragmentationSummary>;
  centrality: FindingsDiff<CentralitySummary>;
  structure: { before: StructureCounts; after: StructureCounts };
}

export interface ScenarioResult {
  scenario: { name: string; description: string; snapshot: Snapshot; operations: number };
  diff: ScenarioDiff;
  changes: ScenarioChanges;
}

type DeviationSummary = Pick<DeviationFinding, 'rule' | 'article' | 'subject' | 'status' | 'actual'>;
type OverlapSummary = Pick<OverlapPair, 'a' | 'b' | 'score' | 'sharedTopics' | 'sharedMembers' | 'reported'>;
type FragmentationSummary = Pick<FragmentationResult, 'ministry' | 'index' | 'indexRange' | 'hosts'>;
interface CentralitySummary {
  id: string;
  degree: number;
  betweenness: number;
}

function diffBy<T>(before: T[], after: T[], key: (x: T) => string): FindingsDiff<T> {
  const b = new Map(before.map((x) => [key(x), x]));
  const a = new Map(after.map((x) => [key(x), x]));
  const same = (x: T, y: T) => JSON.stringify(x) === JSON.stringify(y);
  return {
    added: [...a.entries()].filter(([k]) => !b.has(k)).map(([, x]) => x),
    removed: [...b.entries()].filter(([k]) => !a.has(k)).map(([, x]) => x),
    changed: [...a.entries()]
      .filter(([k, x]) => b.has(k) && !same(b.get(k)!, x))
      .map(([k, x]) => ({ key: k, before: b.get(k)!, after: x })),
  };
}

export function structureCounts(graph: OrgGraph, snapshot: Snapshot): StructureCounts {
  let bodies = 0;
  let memberships = 0;
  const meetingsPerCio: Record<string, number> = {};
  graph.forEachNode((id, a) => {
    if (a.kind === 'body') bodies++;
    if (a.kind === 'role' && a.type === 'departmental_cio') {
      const seats = new Set<string>();
      graph.forEachOutEdge(id, (_e, e, _s, t) => {
        if ((e.kind === 'member_of' || e.kind === 'chairs') && e.validIn.includes(snapshot)) seats.add(t);
      });
      meetingsPerCio[id] = seats.size;
    }
  });
  graph.forEachEdge((_e, a) => {
    if (a.kind === 'member_of' && a.validIn.includes(snapshot)) memberships++;
  });
  return { bodies, memberships, meetingsPerCio };
}

interface Summaries {
  deviations: DeviationSummary[];
  overlap: OverlapSummary[];
  fragmentation: FragmentationSummary[];
  centrality: CentralitySummary[];
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

function summarise(graph: OrgGraph, snapshot: Snapshot): Summaries {
  const c = centrality(graph, { snapshot });
  return {
    deviations: deviations(graph, { snapshot }).map(({ rule, article, subject, status, actual }) => ({
      rule,
      article,
      subject,
      status,
      actual,
    })),
    overlap: overlap(graph, { snapshot }).pairs.map(
      ({ a, b, score, sharedTopics, sharedMembers, reported }) => ({
        a,
        b,
        score,
        sharedTopics,
        sharedMembers,
        reported,
      }),
    ),
    fragmentation: fragmentation(graph, { snapshot }).map(({ ministry, index, indexRange, hosts }) => ({
      ministry,
      index,
      indexRange,
      hosts,
    })),
    // The main bodies: every body. Betweenness at four decimals: normalised betweenness shifts in the
    // last digits whenever the node count changes, which is not a change worth reporting.
    centrality: c.nodes
      .filter((n) => n.kind === 'body')
      .map((n) => ({ id: n.id, degree: n.degree, betweenness: round4(n.betweenness) })),
  };
}

export function diffGraphs(before: OrgGraph, after: OrgGraph, snapshot: Snapshot): ScenarioDiff {
  const b = summarise(before, snapshot);
  const a = summarise(after, snapshot);
  return {
    deviations: diffBy(b.deviations, a.deviations, (f) => `${f.rule}|${f.subject}`),
    overlap: diffBy(b.overlap, a.overlap, (p) => `${p.a}|${p.b}`),
    fragmentation: diffBy(b.fragmentation, a.fragmentation, (f) => f.ministry),
    centrality: diffBy(b.centrality, a.centrality, (n) => n.id),
    structure: { before: structureCounts(before, snapshot), after: structureCounts(after, snapshot) },
  };
}

export function runScenario(
  base: OrgGraph,
  scenario: Scenario,
  file?: string,
): ScenarioResult & { graph: OrgGraph } {
  const { graph, changes } = applyScenario(base, scenario, file);
  return {
    scenario: {
      name: scenario.name,
      description: scenario.description,
      snapshot: scenario.snapshot,
      operations: scenario.operations.length,
    },
    diff: diffGraphs(base, graph, scenario.snapshot),
    changes,
    graph,
  };
}
