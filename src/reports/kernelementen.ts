// The Kernelementen block of a factsheet, as the report's factsheets give it: the CIO's organisational
// position, the CIO-office's FTE, whether the CISO is part of the CIO-office, the Bestuursraad seat,
// and the explain. Every value is read from the same Tabel 1 / Tabel 3 computation the tables use, so
// a factsheet can never disagree with the tables.
import { resolveFact } from '../model/facts';
import { officesServing, stelsels } from '../model/queries';
import type { OrgGraph, ResolvedFact } from '../model/types';
import type { Snapshot } from '../model/vocabulary';
import { tabel1, tabel3 } from '../analyses/tables';
import type { Tabel1Row, Tabel3Row } from '../analyses/tables';
import { mapFact } from './values';

export interface Kernelementen {
  ministry: string;
  stelsel: string;
  cio: string | null;
  placement: ResolvedFact | null;
  cioFunction: ResolvedFact | null;
  fulltime: ResolvedFact | null;
  fte: ResolvedFact | null;
  cisoInCioOffice: ResolvedFact | null;
  inBestuursraad: ResolvedFact | null;
  selfAgenda: ResolvedFact | null;
  explain: ResolvedFact | null;
}

export function stelselOf(graph: OrgGraph, ministry: string, snapshot: Snapshot) {
  return stelsels(graph, snapshot).find((s) => s.ministries.includes(ministry));
}

export function kernelementen(
  graph: OrgGraph,
  ministry: string,
  snapshot: Snapshot,
  tables: { tabel1: Tabel1Row[]; tabel3: Tabel3Row[] } = {
    tabel1: tabel1(graph, snapshot),
    tabel3: tabel3(graph, snapshot),
  },
): Kernelementen {
  const row = tables.tabel1.find((r) => r.ministry === ministry);
  const stelsel = stelselOf(graph, ministry, snapshot);
  const row3 = tables.tabel3.find((r) => r.ministry === stelsel?.label);
  const cio = row?.cio ?? null;
  // The CIO-office that serves the CIO and states its staff (EZK and LNV share one).
  const fte = cio
    ? (officesServing(graph, cio, snapshot)
        .map((office) => resolveFact(graph, office, 'fte', snapshot))
        .find((f) => f !== undefined) ?? null)
    : null;
  return {
    ministry,
    stelsel: stelsel?.label ?? ministry,
    cio,
    placement: row?.reportsTo ?? null,
    cioFunction: row?.cioFunction ?? null,
    fulltime: row?.fulltime ?? null,
    fte,
    cisoInCioOffice: mapFact(row3?.CISO.placement, (v) => v === 'cio_office'),
    inBestuursraad: row?.inBestuursraad ?? null,
    selfAgenda: row?.selfAgenda ?? null,
    explain: row?.explain ?? null,
  };
}
