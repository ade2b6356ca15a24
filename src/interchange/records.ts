// The graph as data-file records (the YAML format of data/), and the flat attribute form that
// GEXF, GraphML and CSV carry. Both directions are exact: records → validation → graph gives back the
// graph the records came from, sources and claims included.
import type { Claim, OrgGraph, SourceDocument, SourceRef } from '../model/types';
import { bodyLevel } from '../model/validate-records';

export interface SourceRecord {
  ref?: string;
  locator: string;
  excerpt?: string;
}
export interface ClaimRecord {
  value: Claim['value'];
  sources: SourceRecord[];
  validIn: string[];
  note?: string;
}
export interface NodeRecord {
  id: string;
  kind: string;
  type?: string;
  name: string;
  nameEn?: string;
  abbreviation?: string;
  article?: string;
  level?: string;
  saidBy?: string;
  note?: string;
  sources: SourceRecord[];
  facts?: Record<string, { claims: ClaimRecord[] }>;
}
export interface EdgeRecord {
  id: string;
  kind: string;
  from: string;
  to: string;
  sources: SourceRecord[];
  validIn: string[];
  claimGroup?: string;
  vote?: string;
  seat?: string;
  nature?: string;
  note?: string;
}
export interface DocumentRecord extends SourceDocument {
  default?: boolean;
}
export interface Records {
  documents: DocumentRecord[];
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}

const sourceRecord = (s: SourceRef): SourceRecord => ({
  ref: s.doc,
  locator: s.locator,
  ...(s.excerpt !== undefined ? { excerpt: s.excerpt } : {}),
});

function compact<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/**
 * One node as a data-file record (the YAML format of data/); `ministries` is derived on load, and so
 * is `level` unless the body gives another one than its id implies (external bodies).
 */
export function nodeRecord(graph: OrgGraph, id: string): NodeRecord {
  const a = graph.getNodeAttributes(id);
  const facts = Object.entries(a.facts ?? {});
  return compact({
    id,
    kind: a.kind,
    type: a.type,
    name: a.name,
    nameEn: a.nameEn,
    abbreviation: a.abbreviation,
    article: a.article,
    level: a.kind === 'body' && a.level !== bodyLevel(id, undefined) ? a.level : undefined,
    saidBy: a.saidBy,
    note: a.note,
    sources: a.sources.map(sourceRecord),
    facts: facts.length
      ? Object.fromEntries(
          facts.map(([property, claims]) => [
            property,
            {
              claims: claims.map((c: Claim) =>
                compact({
                  value: c.value,
                  sources: c.sources.map(sourceRecord),
                  validIn: [...c.validIn],
                  note: c.note,
                }),
              ),
            },
          ]),
        )
      : undefined,
  });
}

export function edgeRecord(graph: OrgGraph, id: string): EdgeRecord {
  const a = graph.getEdgeAttributes(id);
  const [from, to] = graph.extremities(id);
  return compact({
    id,
    kind: a.kind,
    from,
    to,
    sources: a.sources.map(sourceRecord),
    validIn: [...a.validIn],
    claimGroup: a.claimGroup,
    vote: a.vote,
    seat: a.seat,
    nature: a.nature,
    note: a.note,
  });
}

export function graphToRecords(graph: OrgGraph): Records {
  const documents = (graph.getAttribute('documents') ?? []).map((d, i) => ({
    ...d,
    ...(i === 0 ? { default: true } : {}),
  }));
  return {
    documents,
    nodes: graph.mapNodes((id) => nodeRecord(graph, id)),
    edges: graph.mapEdges((id) => edgeRecord(graph, id)),
  };
}

/** Flat, scalar attributes: lists joined with ';', structured values as JSON text. */
export type Flat = Record<string, string>;

export const NODE_COLUMNS = [
  'id',
  'kind',
  'type',
  'name',
  'nameEn',
  'abbreviation',
  'article',
  'saidBy',
  'note',
  'ministries',
  'level',
  'sources',
  'facts',
] as const;
export const EDGE_COLUMNS = [
  'id',
  'kind',
  'from',
  'to',
  'validIn',
  'claimGroup',
  'vote',
  'seat',
  'nature',
  'note',
  'sources',
] as const;
export const DOCUMENT_COLUMNS = ['id', 'title', 'author', 'date', 'kenmerk', 'file', 'default'] as const;

/**
 * One node as flat attributes: its record with sources and facts as JSON text, plus `ministries`
 * (derived, written for readers and ignored on import) and every body's `level` (read back on import:
 * the derived default equals it, and an external body needs it).
 */
export function flatNode(graph: OrgGraph, id: string): Flat {
  const { sources, facts, ...rest } = nodeRecord(graph, id);
  const a = graph.getNodeAttributes(id);
  return compact({
    ...rest,
    ministries: a.ministries?.join(';') || undefined,
    level: a.level,
    sources: JSON.stringify(sources),
    facts: facts ? JSON.stringify(facts) : undefined,
  }) as Flat;
}

/** One edge as flat attributes: its record with validIn joined by ';' and sources as JSON text. */
export function flatEdge(graph: OrgGraph, id: string): Flat {
  const { sources, validIn, ...rest } = edgeRecord(graph, id);
  return compact({ ...rest, validIn: validIn.join(';'), sources: JSON.stringify(sources) }) as Flat;
}

export function flatDocument(d: DocumentRecord): Flat {
  return compact({ ...d, default: d.default ? 'true' : undefined }) as unknown as Flat;
}
