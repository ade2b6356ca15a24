// The graph as data-file records (the YAML format of data/), and the flat attribute form that
// GEXF, GraphML and CSV carry. Both directions are exact: records → validation → graph gives back the
// graph the records came from, sources and claims included.
import type { Claim, OrgGraph, SourceDocument, SourceRef } from '../model/types';

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

export function graphToRecords(graph: OrgGraph): Records {
  const documents = (graph.getAttribute('documents') ?? []).map((d, i) => ({
    ...d,
    ...(i === 0 ? { default: true } : {}),
  }));
  const nodes: NodeRecord[] = graph.mapNodes((id, a) => {
    const facts = Object.entries(a.facts ?? {});
    return compact({
      id,
      kind: a.kind,
      type: a.type,
      name: a.name,
      nameEn: a.nameEn,
      abbreviation: a.abbreviation,
      article: a.article,
      sources: a.sources.map(sourceRecord),
      facts: facts.length
        ? Object.fromEntries(
            facts.map(([property, claims]) => [
              property,
              {
                claims: claims.map((c) =>
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
  });
  const edges: EdgeRecord[] = graph.mapEdges((id, a, from, to) =>
    compact({
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
    }),
  );
  return { documents, nodes, edges };
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

/** One node as flat attributes. `ministries` and `level` are derived data, written for readers, ignored on import. */
export function flatNode(graph: OrgGraph, id: string): Flat {
  const a = graph.getNodeAttributes(id);
  return compact({
    id,
    kind: a.kind,
    type: a.type,
    name: a.name,
    nameEn: a.nameEn,
    abbreviation: a.abbreviation,
    article: a.article,
    ministries: a.ministries?.join(';') || undefined,
    level: a.level,
    sources: JSON.stringify(a.sources.map(sourceRecord)),
    facts: Object.keys(a.facts ?? {}).length ? JSON.stringify(graphToRecordsFacts(a.facts)) : undefined,
  }) as Flat;
}

function graphToRecordsFacts(facts: Record<string, Claim[]>): NodeRecord['facts'] {
  return Object.fromEntries(
    Object.entries(facts).map(([p, claims]) => [
      p,
      {
        claims: claims.map((c) =>
          compact({
            value: c.value,
            sources: c.sources.map(sourceRecord),
            validIn: [...c.validIn],
            note: c.note,
          }),
        ),
      },
    ]),
  );
}

export function flatEdge(graph: OrgGraph, id: string): Flat {
  const a = graph.getEdgeAttributes(id);
  const [from, to] = graph.extremities(id);
  return compact({
    id,
    kind: a.kind,
    from,
    to,
    validIn: a.validIn.join(';'),
    claimGroup: a.claimGroup,
    vote: a.vote,
    seat: a.seat,
    nature: a.nature,
    note: a.note,
    sources: JSON.stringify(a.sources.map(sourceRecord)),
  }) as Flat;
}

export function flatDocument(d: DocumentRecord): Flat {
  return compact({ ...d, default: d.default ? 'true' : undefined }) as unknown as Flat;
}
