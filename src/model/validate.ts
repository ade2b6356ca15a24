// Validation of a dataset before anything is loaded. `validateDataFiles` never throws: every problem
// becomes a located issue (file, record, field), so a user can fix all of them in one pass.
import type { ValidationIssue } from './errors';
import { DataFileShape, EdgeInput, factAllowedOn, factSpec, NodeInput } from './schema';
import type { Claim, SourceDocument, SourceRef } from './types';
import { bodyLevel, bodyLevelIssues, saidByIssues } from './validate-records';
import { referenceIssues } from './validate-references';
import type { PendingReference } from './validate-references';
import {
  baseName,
  fileShape,
  readDocuments,
  recordIdOf,
  SOURCES_FILE_NAME,
  SourceResolver,
  zodIssues,
} from './validate-sources';
import { SHARED_PREFIX_SEPARATOR } from './vocabulary';
import type { BodyLevel, EdgeKind, NodeKind, Snapshot } from './vocabulary';

// Callers import these from here, where they always were.
export { normaliseForExcerpt, SOURCES_FILE_NAME } from './validate-sources';

/** A parsed data file. `parsed` is whatever YAML/JSON produced; `parseError` when it did not parse. */
export interface DataFile {
  path: string;
  parsed?: unknown;
  parseError?: string;
}

export interface NormalizedNode {
  file: string;
  id: string;
  kind: NodeKind;
  type?: string;
  name: string;
  nameEn?: string;
  abbreviation?: string;
  article?: string;
  ministries: string[];
  level?: BodyLevel;
  saidBy?: string;
  note?: string;
  sources: SourceRef[];
  facts: Record<string, Claim[]>;
}

export interface NormalizedEdge {
  file: string;
  id: string;
  kind: EdgeKind;
  from: string;
  to: string;
  sources: SourceRef[];
  validIn: Snapshot[];
  claimGroup?: string;
  vote?: string;
  seat?: string;
  nature?: string;
  note?: string;
}

export interface NormalizedDataset {
  documents: SourceDocument[];
  nodes: NormalizedNode[];
  edges: NormalizedEdge[];
}

/** How many claims a dataset's facts hold (a fact with two contradicting sources is two claims). */
export function countClaims(dataset: NormalizedDataset): number {
  return dataset.nodes.reduce((sum, n) => sum + Object.values(n.facts).reduce((s, c) => s + c.length, 0), 0);
}

export interface ValidationOptions {
  /** Text of each document by document id, to check excerpts against. Absent: excerpts are not checked. */
  documentTexts?: Map<string, string>;
}

export interface ValidationResult {
  issues: ValidationIssue[];
  /** Only present when there are no issues. */
  dataset?: NormalizedDataset;
  /** Non-fatal remarks, e.g. that excerpts could not be checked. */
  notices: string[];
}

/** The ministries a record belongs to, from its id prefix and the ministry ids of the dataset. */
export function ministriesOfId(
  id: string,
  kind: string | undefined,
  ministryIds: ReadonlySet<string>,
): string[] {
  if (kind === 'ministry') return [id];
  const prefix = id.includes('/') ? id.slice(0, id.indexOf('/')) : '';
  if (!prefix) return [];
  if (ministryIds.has(prefix)) return [prefix];
  const parts = prefix.split(SHARED_PREFIX_SEPARATOR);
  return parts.length > 1 && parts.every((p) => ministryIds.has(p)) ? parts : [];
}

export function edgeIdOf(edge: { kind: string; from: string; to: string; id?: string | undefined }): string {
  return edge.id ?? `${edge.from}->${edge.to}:${edge.kind}`;
}

export function validateDataFiles(files: DataFile[], options: ValidationOptions = {}): ValidationResult {
  const issues: ValidationIssue[] = [];
  // 1. Documents first: every source reference points at one of them.
  const { documents, defaultDoc } = readDocuments(files, issues);
  const resolve = new SourceResolver(issues, documents, defaultDoc);

  const nodes: NormalizedNode[] = [];
  const edges: NormalizedEdge[] = [];
  // Every node id a record declares, to its node when the record is valid (undefined when only
  // invalid records declare it). One map serves the duplicate check, the edges' references and the
  // "declared by an invalid record" check. Lookups of ids are cache misses at 10k nodes (in a line
  // profile of repeated loads the lines making them grew 17-53x from 1k to 10k), and three structures
  // keyed by the same ids paid that three times; one saves ~6% of a validation at 1k and at 10k.
  const declared = new Map<string, NormalizedNode | undefined>();
  const invalidEdgeRefs: PendingReference[] = [];

  // Ministry ids first: they decide which id prefixes make a record belong to a ministry.
  const ministryIds = new Set<string>();
  for (const file of files) {
    const nodesRaw = (file.parsed as { nodes?: unknown } | undefined)?.nodes;
    if (!Array.isArray(nodesRaw)) continue;
    for (const raw of nodesRaw) {
      const r = raw as { kind?: unknown; id?: unknown } | null;
      if (r && typeof r === 'object' && r.kind === 'ministry' && typeof r.id === 'string')
        ministryIds.add(r.id.trim());
    }
  }

  // 2. Data files: node and edge records, each validated on its own.
  for (const file of files) {
    if (baseName(file.path) === SOURCES_FILE_NAME) continue;
    const shape = fileShape(file, DataFileShape, issues);
    if (!shape) continue;
    (shape.nodes ?? []).forEach((raw, index) => {
      const fallback = `nodes[${index}]`;
      const record = recordIdOf(raw, fallback);
      const parsed = NodeInput.safeParse(raw);
      if (!parsed.success) {
        // An invalid node is still "declared": edges to it should not add a second, misleading issue.
        if (record !== fallback && !declared.has(record)) declared.set(record, undefined);
        return void issues.push(...zodIssues(file.path, record, parsed.error));
      }
      const input = parsed.data;
      const previous = declared.get(input.id);
      if (previous !== undefined) {
        issues.push({
          file: file.path,
          record,
          field: 'id',
          message: `duplicate id, first declared in ${previous.file}`,
        });
        return;
      }
      const facts: Record<string, Claim[]> = {};
      const type = 'type' in input ? input.type : undefined;
      for (const [key, factInput] of Object.entries(input.facts ?? {})) {
        const spec = factSpec(key);
        if (!spec) {
          issues.push({ file: file.path, record, field: `facts.${key}`, message: `unknown fact '${key}'` });
          continue;
        }
        if (!factAllowedOn(key, input.kind, type)) {
          issues.push({
            file: file.path,
            record,
            field: `facts.${key}`,
            message: `fact '${key}' does not apply to a ${input.kind}`,
          });
          continue;
        }
        const claims = resolve.claims(file.path, record, `facts.${key}`, factInput);
        claims.forEach((claim, ci) => {
          const check = spec.value.safeParse(claim.value);
          if (!check.success) {
            const where = claims.length > 1 ? `facts.${key}.claims[${ci}].value` : `facts.${key}.value`;
            issues.push({
              file: file.path,
              record,
              field: where,
              message: check.error.issues[0]?.message ?? 'bad value',
            });
          }
        });
        facts[key] = claims;
      }
      const ministries = ministriesOfId(input.id, input.kind, ministryIds);
      const node: NormalizedNode = {
        file: file.path,
        id: input.id,
        kind: input.kind,
        name: input.name,
        ministries,
        sources: resolve.sources(file.path, record, 'sources', input.sources),
        facts,
      };
      if (type !== undefined) node.type = type;
      if (input.nameEn) node.nameEn = input.nameEn;
      if (input.abbreviation) node.abbreviation = input.abbreviation;
      if (input.kind === 'norm') node.article = input.article;
      if (input.kind === 'body') {
        node.level = bodyLevel(input.id, input.level);
        issues.push(...bodyLevelIssues(file.path, record, input.level));
      }
      if (input.kind === 'statement') {
        node.saidBy = input.saidBy;
        issues.push(...saidByIssues(file.path, record, input.saidBy, ministryIds));
      }
      if (input.kind === 'recommendation' && input.note) node.note = input.note;
      declared.set(input.id, node);
      nodes.push(node);
    });
    (shape.edges ?? []).forEach((raw, index) => {
      const fallback = `edges[${index}]`;
      const parsed = EdgeInput.safeParse(raw);
      if (!parsed.success) {
        const r = raw as Partial<Record<string, unknown>> | null;
        const record =
          r &&
          typeof r === 'object' &&
          typeof r.from === 'string' &&
          typeof r.to === 'string' &&
          typeof r.kind === 'string'
            ? edgeIdOf({
                kind: r.kind,
                from: r.from,
                to: r.to,
                id: typeof r.id === 'string' ? r.id : undefined,
              })
            : fallback;
        issues.push(...zodIssues(file.path, record, parsed.error));
        // Still check the endpoints, so one pass reports every problem of the record.
        if (r && typeof r === 'object') {
          for (const end of ['from', 'to'] as const) {
            const ref = r[end];
            if (typeof ref === 'string') invalidEdgeRefs.push({ file: file.path, record, field: end, ref });
          }
        }
        return;
      }
      const input = parsed.data;
      const id = edgeIdOf(input);
      const edge: NormalizedEdge = {
        file: file.path,
        id,
        kind: input.kind,
        from: input.from,
        to: input.to,
        sources: resolve.sources(file.path, id, 'sources', input.sources),
        validIn: input.validIn ? [...new Set(input.validIn)] : ['2024'],
      };
      for (const key of ['claimGroup', 'vote', 'seat', 'nature', 'note'] as const) {
        const value = input[key];
        if (value !== undefined) edge[key] = value;
      }
      edges.push(edge);
    });
  }

  // 3. Cross-record checks: duplicate edge ids, dangling references, endpoint kinds.
  issues.push(...referenceIssues(edges, declared, invalidEdgeRefs));
  // 4. Excerpts must be verbatim in the document they cite.
  const excerpts = resolve.excerptIssues(options.documentTexts);
  issues.push(...excerpts.issues);
  const notices = excerpts.notices;
  return issues.length > 0 ? { issues, notices } : { issues, notices, dataset: { documents, nodes, edges } };
}
