// What the report says changed between two snapshots (the 2021 nulmeting and the 2024 evaluation):
// per ministry the Tabel 1 fields of its departmental CIO (function, full-time, position, Bestuursraad
// seat, agenda, explain), and for every other node each fact the report states for both snapshots
// with a different value. Facts stated for one snapshot only are not changes: the report is silent
// about the other, and silence is not a change.
import { mergeSources, resolveFact } from '../model/facts';
import { departmentalCio, ministriesInGraph } from '../model/queries';
import type { FactValue, OrgGraph, ResolvedFact, SourceRef } from '../model/types';
import type { Snapshot } from '../model/vocabulary';
import { TABEL1_FIELDS, sameCell, tabel1Cells } from './tables';

export interface SnapshotChange {
  /** A ministry code (Tabel 1 rows) or a node id. */
  subject: string;
  property: string;
  from: FactValue | { contested: true; values: FactValue[] };
  to: FactValue | { contested: true; values: FactValue[] };
  sources: SourceRef[];
}

export interface SnapshotDiff {
  from: Snapshot;
  to: Snapshot;
  changes: SnapshotChange[];
}

const valueOf = (cell: ResolvedFact): SnapshotChange['from'] =>
  'contested' in cell ? { contested: true, values: cell.claims.map((c) => c.value) } : cell.value;
const sourcesOf = (cell: ResolvedFact): SourceRef[] =>
  'contested' in cell ? cell.claims.flatMap((c) => c.sources) : cell.sources;

export function snapshotDiff(graph: OrgGraph, from: Snapshot, to: Snapshot): SnapshotDiff {
  const changes: SnapshotChange[] = [];
  const cios = new Map<string, string>();
  for (const ministry of ministriesInGraph(graph)) {
    const cio = departmentalCio(graph, ministry);
    if (!cio) continue;
    cios.set(cio, ministry);
    const before = tabel1Cells(graph, cio, from);
    const after = tabel1Cells(graph, cio, to);
    for (const field of TABEL1_FIELDS) {
      const a = before[field];
      const b = after[field];
      if (!a || !b || sameCell(a, b)) continue;
      changes.push({
        subject: ministry,
        property: field,
        from: valueOf(a),
        to: valueOf(b),
        sources: mergeSources([sourcesOf(a), sourcesOf(b)]),
      });
    }
  }
  const tabel1Facts = new Set<string>([
    'function',
    'fulltime',
    'inBestuursraad',
    'selfAgenda',
    'explain',
    'directlyUnderSg',
  ]);
  graph.forEachNode((id, a) => {
    for (const property of Object.keys(a.facts ?? {}).sort()) {
      if (cios.has(id) && tabel1Facts.has(property)) continue;
      const x = resolveFact(graph, id, property, from);
      const y = resolveFact(graph, id, property, to);
      if (!x || !y || sameCell(x, y)) continue;
      changes.push({
        subject: id,
        property,
        from: valueOf(x),
        to: valueOf(y),
        sources: mergeSources([sourcesOf(x), sourcesOf(y)]),
      });
    }
  });
  return { from, to, changes };
}
