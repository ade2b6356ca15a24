// Tabel 1, 3 and 4 of the report, recomputed from the graph (never copied from a table file), so a
// change in the data shows up here and contradictions between sources show as contested cells.
import { isContested, mergeSources, resolveClaims, resolveFact } from '../model/facts';
import {
  cxoPositions,
  decentralCiosOf,
  departmentalCio,
  ministriesInGraph,
  outEdges,
  stelsels,
} from '../model/queries';
import type { FactValue, OrgGraph, ResolvedFact, SourceRef } from '../model/types';
import type { CxoType, Snapshot } from '../model/vocabulary';
import { CURRENT_SNAPSHOT, CXO_TYPES } from '../model/vocabulary';

export type Cell = ResolvedFact | null;

export interface Tabel1Row {
  ministry: string;
  cio: string | null;
  cioFunction: Cell;
  fulltime: Cell;
  reportsTo: Cell;
  inBestuursraad: Cell;
  selfAgenda: Cell;
  explain: Cell;
  development: {
    changes: { field: string; from: FactValue; to: FactValue; sources: SourceRef[] }[];
    comparedFields: string[];
  };
}

export interface CxoCell {
  role: string | null;
  present: Cell;
  placement: Cell;
  host: string[];
  sources: SourceRef[];
}

export type Tabel3Row = { ministry: string } & Record<CxoType, CxoCell>;

export interface Tabel4Row {
  ministry: string;
  decentralCios: { id: string; name: string; abbreviation: string | null }[];
}

export interface ReportTables {
  snapshot: Snapshot;
  tabel1: Tabel1Row[];
  tabel3: Tabel3Row[];
  tabel4: Tabel4Row[];
}

/** Whom the CIO reports to, as the role type of the superior ("SG", "pSG"); contested when the sources disagree. */
export function cioReportsTo(graph: OrgGraph, cio: string, snapshot: Snapshot): ResolvedFact | undefined {
  const edges = outEdges(graph, cio, 'reports_to', snapshot);
  if (edges.length > 0) {
    const claims = edges.map((e) => ({
      value: (graph.getNodeAttribute(e.target, 'type') ?? e.target) as FactValue,
      sources: e.attributes.sources,
      validIn: [snapshot],
    }));
    return resolveClaims(claims, snapshot);
  }
  // The report sometimes states only that the CIO was *not* directly under the SG (DEF in 2021).
  const under = resolveFact(graph, cio, 'directlyUnderSg', snapshot);
  if (under && !isContested(under) && under.value === false)
    return { value: 'not SG', sources: under.sources };
  if (under && !isContested(under) && under.value === true) return { value: 'SG', sources: under.sources };
  return undefined;
}

export const TABEL1_FIELDS = [
  'cioFunction',
  'fulltime',
  'reportsTo',
  'inBestuursraad',
  'selfAgenda',
  'explain',
] as const;

export function tabel1Cells(
  graph: OrgGraph,
  cio: string,
  snapshot: Snapshot,
): Record<(typeof TABEL1_FIELDS)[number], Cell> {
  const f = (fact: string) => resolveFact(graph, cio, fact, snapshot) ?? null;
  return {
    cioFunction: f('function'),
    fulltime: f('fulltime'),
    reportsTo: cioReportsTo(graph, cio, snapshot) ?? null,
    inBestuursraad: f('inBestuursraad'),
    selfAgenda: f('selfAgenda'),
    explain: f('explain'),
  };
}

export function sameCell(a: Cell, b: Cell): boolean {
  return (
    JSON.stringify(a && ('contested' in a ? a.claims.map((c) => c.value) : a.value)) ===
    JSON.stringify(b && ('contested' in b ? b.claims.map((c) => c.value) : b.value))
  );
}

export function tabel1(graph: OrgGraph, snapshot: Snapshot = CURRENT_SNAPSHOT): Tabel1Row[] {
  return ministriesInGraph(graph).map((ministry) => {
    const cio = departmentalCio(graph, ministry);
    if (!cio) {
      return {
        ministry,
        cio: null,
        cioFunction: null,
        fulltime: null,
        reportsTo: null,
        inBestuursraad: null,
        selfAgenda: null,
        explain: null,
        development: { changes: [], comparedFields: [] },
      };
    }
    const now = tabel1Cells(graph, cio, snapshot);
    const before = tabel1Cells(graph, cio, '2021');
    const changes: Tabel1Row['development']['changes'] = [];
    const comparedFields: string[] = [];
    if (snapshot !== '2021') {
      for (const field of TABEL1_FIELDS) {
        const a = before[field];
        const b = now[field];
        if (!a || !b || 'contested' in a || 'contested' in b) continue;
        comparedFields.push(field);
        if (!sameCell(a, b))
          changes.push({ field, from: a.value, to: b.value, sources: mergeSources([a.sources, b.sources]) });
      }
    }
    return { ministry, cio, ...now, development: { changes, comparedFields } };
  });
}

export function tabel3(graph: OrgGraph, snapshot: Snapshot = CURRENT_SNAPSHOT): Tabel3Row[] {
  return stelsels(graph, snapshot).map((stelsel) => {
    const positions = cxoPositions(graph, stelsel);
    const row = { ministry: stelsel.label } as Tabel3Row;
    for (const cxo of CXO_TYPES) {
      const role = positions[cxo];
      if (!role) {
        row[cxo] = { role: null, present: null, placement: null, host: [], sources: [] };
        continue;
      }
      const present = resolveFact(graph, role, 'present', snapshot) ?? null;
      const placement = resolveFact(graph, role, 'placement', snapshot) ?? null;
      const hosts = outEdges(graph, role, 'hosted_by', snapshot);
      const cellSources = (c: Cell) =>
        c ? ('contested' in c ? c.claims.map((x) => x.sources) : [c.sources]) : [];
      row[cxo] = {
        role,
        present,
        placement,
        host: hosts.map((h) => h.target),
        sources: mergeSources([
          ...cellSources(present),
          ...cellSources(placement),
          ...hosts.map((h) => h.attributes.sources),
        ]),
      };
    }
    return row;
  });
}

export function tabel4(graph: OrgGraph, snapshot: Snapshot = CURRENT_SNAPSHOT): Tabel4Row[] {
  return stelsels(graph, snapshot).map((stelsel) => ({
    ministry: stelsel.label,
    decentralCios: decentralCiosOf(graph, stelsel.cios, snapshot).map((id) => {
      const org = outEdges(graph, id, 'hosted_by', snapshot)[0]?.target;
      const orgAttributes = org ? graph.getNodeAttributes(org) : undefined;
      return {
        id,
        name: orgAttributes?.name ?? graph.getNodeAttribute(id, 'name'),
        abbreviation: orgAttributes?.abbreviation ?? (org ? org.slice(org.indexOf('/') + 1) : null),
      };
    }),
  }));
}

export function reportTables(graph: OrgGraph, snapshot: Snapshot = CURRENT_SNAPSHOT): ReportTables {
  return {
    snapshot,
    tabel1: tabel1(graph, snapshot),
    tabel3: tabel3(graph, snapshot),
    tabel4: tabel4(graph, snapshot),
  };
}
