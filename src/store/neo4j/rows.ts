// The one mapping between the graph's records and their Neo4j properties, both ways. The bulk loader
// (neo4j-store.ts), the workspace change writer (changes.ts) and the reader all go through it: the
// change writer once built its rows by hand and drifted from the loader (nested props where the load
// statements had become flat, `key` outside the node's props), so changed graphs read back different.
// A record attribute that is not listed here is a compile error below, not a silently dropped field.
import type { Claim, OrgEdgeAttributes, OrgNodeAttributes, SourceRef } from '../../model/types';
import type { EdgeKind, Snapshot } from '../../model/vocabulary';

export type Row = Record<string, unknown>;

/** Node attributes stored as Neo4j properties of their own (sources as JSON text, facts as claim nodes). */
export const NODE_FIELDS = [
  'kind',
  'type',
  'name',
  'nameEn',
  'abbreviation',
  'level',
  'ministries',
  'article',
  'saidBy',
  'note',
] as const satisfies readonly (keyof OrgNodeAttributes)[];

/** Edge attributes stored as relationship properties of their own (kind is the type, sources JSON text). */
export const EDGE_FIELDS = [
  'validIn',
  'claimGroup',
  'vote',
  'seat',
  'nature',
  'note',
  'until',
  'supersededBy',
] as const satisfies readonly (keyof OrgEdgeAttributes)[];

/** Claim fields stored as :CioClaim properties of their own (value and sources as JSON text). */
export const CLAIM_FIELDS = [
  'validIn',
  'note',
  'until',
  'supersededBy',
] as const satisfies readonly (keyof Claim)[];

// Exhaustiveness: adding an attribute to the model without listing it above fails to compile here.
type Unlisted<T, Listed> = Exclude<keyof T, Listed>;
const allNodeFields: [
  Unlisted<OrgNodeAttributes, (typeof NODE_FIELDS)[number] | 'sources' | 'facts'>,
] extends [never]
  ? true
  : never = true;
const allEdgeFields: [
  Unlisted<OrgEdgeAttributes, (typeof EDGE_FIELDS)[number] | 'sources' | 'kind'>,
] extends [never]
  ? true
  : never = true;
const allClaimFields: [Unlisted<Claim, (typeof CLAIM_FIELDS)[number] | 'value' | 'sources'>] extends [never]
  ? true
  : never = true;
void [allNodeFields, allEdgeFields, allClaimFields];

/**
 * Every property a relationship row carries, in the order load-edges.cypher creates them (the load
 * statement names them one by one, because `SET r = map` makes the plan Eager; cypher.ts fills them in
 * from this list, so the statement and the rows cannot disagree).
 */
export const EDGE_PROPERTIES = ['key', 'dataset', 'id', 'ord', 'sourcesJson', ...EDGE_FIELDS] as const;

/**
 * Every property a node row's `props` carries (RowBuilder.nodeProps), named one by one in
 * load-nodes.cypher: with `SET n = row.props` the planner puts an Eager between the node and the
 * claims created from it, as it cannot tell which properties the map sets.
 */
export const NODE_PROPERTIES = ['key', 'dataset', 'id', 'ord', ...NODE_FIELDS, 'sourcesJson'] as const;

/** Every property a claim row carries, named one by one in load-claims.cypher the same way. */
export const CLAIM_PROPERTIES = [
  'dataset',
  'property',
  'ord',
  'valueJson',
  'sourcesJson',
  ...CLAIM_FIELDS,
] as const;

const defined = (obj: Row): Row =>
  Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== null));

const pick = (from: object, fields: readonly string[]): Row =>
  Object.fromEntries(fields.map((f) => [f, (from as Row)[f]]));

/**
 * Builds the keys and rows of one generation of a dataset. `ord` is the load order; rows for an update
 * leave it out.
 *
 * Why generations: a `--replace` load writes the new version before it deletes the old one, in the same
 * transaction. Neo4j 5 slows every index write and seek in a transaction after it has deleted nodes
 * (measured: 10k nodes and 19k relationships took 20 s after deleting their predecessors, 2 s before),
 * so the new nodes must be created while the old ones still hold their keys — under a key of their own.
 * Generation 0 is the key format of datasets loaded before generations existed (and of the Cypher
 * script export): `<dataset>|<id>`; generation g ≥ 1 is `<dataset>#g|<id>`. The dataset record names
 * the generation in use (`CioDataset.generation`).
 */
export class RowBuilder {
  constructor(
    readonly dataset: string,
    readonly generation = 0,
  ) {}

  /** What every key of this generation starts with. */
  get keyPrefix(): string {
    return this.generation ? `${this.dataset}#${this.generation}|` : `${this.dataset}|`;
  }

  key(id: string): string {
    return `${this.keyPrefix}${id}`;
  }

  /** The properties of a node (load-nodes.cypher sets `n = props`, so `key` is inside). */
  nodeProps(
    id: string,
    a: Pick<OrgNodeAttributes, (typeof NODE_FIELDS)[number] | 'sources'>,
    ord?: number,
  ): Row {
    return defined({
      key: this.key(id),
      dataset: this.dataset,
      id,
      ord,
      ...pick(a, NODE_FIELDS),
      sourcesJson: JSON.stringify(a.sources),
    });
  }

  /** The properties of a relationship, without its endpoints. */
  edgeProps(id: string, a: Omit<OrgEdgeAttributes, 'kind'>, ord?: number): Row {
    return defined({
      key: this.key(id),
      dataset: this.dataset,
      id,
      ord,
      sourcesJson: JSON.stringify(a.sources),
      ...pick(a, EDGE_FIELDS),
    });
  }

  /** A flat load-edges.cypher row: the endpoints' keys and every property. */
  edgeRow(id: string, from: string, to: string, a: Omit<OrgEdgeAttributes, 'kind'>, ord?: number): Row {
    return { from: this.key(from), to: this.key(to), ...this.edgeProps(id, a, ord) };
  }

  /** The claim rows of one node's facts; `nextOrd` hands out the load order. */
  claimRows(id: string, facts: Record<string, Claim[]>, nextOrd: () => number): Row[] {
    const rows: Row[] = [];
    for (const [property, claims] of Object.entries(facts))
      for (const claim of claims)
        rows.push({
          // null, not undefined: a missing parameter field is null in Cypher, and CREATE stores no null.
          ...Object.fromEntries(CLAIM_FIELDS.map((f) => [f, claim[f] ?? null])),
          nodeKey: this.key(id),
          dataset: this.dataset,
          property,
          ord: nextOrd(),
          valueJson: JSON.stringify(claim.value),
          sourcesJson: JSON.stringify(claim.sources),
        });
    return rows;
  }
}

/** Rows in batches of `size`, in order: one UNWIND statement each. */
export function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const present = (v: unknown) => v !== undefined && v !== null;

/** A claim read back from its :CioClaim properties. */
export function claimOf(c: Row): Claim {
  const claim: Claim = {
    value: JSON.parse(String(c.valueJson)),
    sources: JSON.parse(String(c.sourcesJson)) as SourceRef[],
    validIn: c.validIn as Snapshot[],
  };
  if (present(c.note)) claim.note = String(c.note);
  if (present(c.until)) claim.until = String(c.until);
  if (present(c.supersededBy)) claim.supersededBy = Number(c.supersededBy);
  return claim;
}

/** A node's attributes read back from its properties and its claims (in load order). */
export function nodeAttributesOf(node: Row, claims: Row[]): OrgNodeAttributes {
  const facts: Record<string, Claim[]> = {};
  for (const c of [...claims].sort((a, b) => Number(a.ord) - Number(b.ord)))
    (facts[String(c.property)] ??= []).push(claimOf(c));
  const attributes = defined(pick(node, NODE_FIELDS)) as unknown as OrgNodeAttributes;
  attributes.ministries ??= [];
  attributes.sources = JSON.parse(String(node.sourcesJson)) as SourceRef[];
  attributes.facts = facts;
  return attributes;
}

/** An edge's attributes read back from its relationship properties. */
export function edgeAttributesOf(kind: EdgeKind, props: Row): OrgEdgeAttributes {
  const attributes = defined({ kind, ...pick(props, EDGE_FIELDS) }) as unknown as OrgEdgeAttributes;
  attributes.sources = JSON.parse(String(props.sourcesJson)) as SourceRef[];
  return attributes;
}
