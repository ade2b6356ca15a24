import type { MultiDirectedGraph } from 'graphology';
import type { BodyLevel, EdgeKind, NodeKind, Snapshot } from './vocabulary';

/** Where in which document a fact is stated. `excerpt` is verbatim text from the document. */
export interface SourceRef {
  doc: string;
  locator: string;
  excerpt?: string;
  /** A committed workspace change that stated it: its version, who committed it and when. */
  change?: { version: number; author: string; at: string };
}

export interface SourceDocument {
  id: string;
  title: string;
  author: string;
  date: string;
  kenmerk?: string;
  /** File name of the document's text under the shared sources folder, used to check excerpts. */
  file?: string;
}

export type FactValue = string | number | boolean | string[] | null;

/** One statement of a value, with the sources that state it and the snapshots it holds in. */
export interface Claim {
  value: FactValue;
  sources: SourceRef[];
  validIn: Snapshot[];
  note?: string;
  /** Superseded by a workspace change (its version) from this date; it no longer holds in the current snapshot. */
  until?: string;
  supersededBy?: number;
}

/** Every property of a node is a list of claims; several claims for one snapshot that disagree are a contradiction. */
export type Facts = Record<string, Claim[]>;

export interface OrgNodeAttributes {
  kind: NodeKind;
  /** Subkind: organisation type, role type, body type or topic type. */
  type?: string;
  name: string;
  nameEn?: string;
  abbreviation?: string;
  /** Bodies only: Rijk-level, departmental, or outside the Rijksdienst. */
  level?: BodyLevel;
  /** The ministries a record belongs to, derived from its id prefix (EZK-LNV/… belongs to both). */
  ministries: string[];
  /** Norms only: the article of the Besluit CIO-stelsel Rijksdienst 2021. */
  article?: string;
  /** Statements only: who says it (`adr`, `interviewees`, `ministry:OCW`, `cio_rijk`, `management_response`). */
  saidBy?: string;
  /** Recommendations only: a remark that states no fact. */
  note?: string;
  sources: SourceRef[];
  facts: Facts;
}

export interface OrgEdgeAttributes {
  kind: EdgeKind;
  sources: SourceRef[];
  validIn: Snapshot[];
  /** Edges that share a claim group are alternative claims about one relation (e.g. whom a CIO reports to). */
  claimGroup?: string;
  vote?: string;
  seat?: string;
  nature?: string;
  note?: string;
  /** Ended by a workspace change (its version) from this date; it no longer holds in the current snapshot. */
  until?: string;
  supersededBy?: number;
}

export interface OrgGraphAttributes {
  documents: SourceDocument[];
}

export type OrgGraph = MultiDirectedGraph<OrgNodeAttributes, OrgEdgeAttributes, OrgGraphAttributes>;

/** A resolved property for one snapshot: a single value, a contradiction, or nothing known. */
export type ResolvedFact =
  | { value: FactValue; sources: SourceRef[] }
  | { contested: true; claims: { value: FactValue; sources: SourceRef[] }[] };
