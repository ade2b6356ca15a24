// Validation of a dataset before anything is loaded. `validateDataFiles` never throws: every problem
// becomes a located issue (file, record, field), so a user can fix all of them in one pass.
import type { z } from 'zod';
import type { ValidationIssue } from './errors';
import {
  DataFileShape,
  DocumentInput,
  EdgeInput,
  factSpec,
  NodeInput,
  SourcesFileShape,
  factAllowedOn,
} from './schema';
import type { ClaimInput, FactInput, SourceRefInput } from './schema';
import type { Claim, FactValue, SourceDocument, SourceRef } from './types';
import { bodyLevel, bodyLevelIssues, saidByIssues, seatIssues } from './validate-records';
import { EDGE_ENDPOINTS, SHARED_PREFIX_SEPARATOR } from './vocabulary';
import type { BodyLevel, EdgeKind, NodeKind, Snapshot } from './vocabulary';

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

export const SOURCES_FILE_NAME = 'sources.yaml';

/** Normalises text for excerpt matching: the report's markup (`*`, `<i>`) and line breaks are not content. */
export function normaliseForExcerpt(text: string): string {
  return text
    .replace(/<\/?[a-z]+>/gi, '')
    .replace(/\*/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The last few normalised document texts: every load and import checks excerpts against the same report. */
const normalisedTexts = new Map<string, string>();
function normalisedText(text: string): string {
  let normalised = normalisedTexts.get(text);
  if (normalised === undefined) {
    normalised = normaliseForExcerpt(text);
    normalisedTexts.set(text, normalised);
    if (normalisedTexts.size > 4) normalisedTexts.delete(normalisedTexts.keys().next().value!);
  }
  return normalised;
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

function zodIssues(file: string, record: string, error: z.ZodError, prefix = ''): ValidationIssue[] {
  return error.issues.map((issue) => ({
    file,
    record,
    // A key the schema does not know is named as the field, not as the record as a whole.
    field:
      [
        prefix,
        ...issue.path.map(String),
        ...(issue.code === 'unrecognized_keys' ? [issue.keys.join(',')] : []),
      ]
        .filter(Boolean)
        .join('.') || '-',
    message: issue.message,
  }));
}

function recordIdOf(raw: unknown, fallback: string): string {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof (raw as { id: unknown }).id === 'string') {
    const id = (raw as { id: string }).id.trim();
    if (id) return id;
  }
  return fallback;
}

export function edgeIdOf(edge: { kind: string; from: string; to: string; id?: string | undefined }): string {
  return edge.id ?? `${edge.from}->${edge.to}:${edge.kind}`;
}

export function validateDataFiles(files: DataFile[], options: ValidationOptions = {}): ValidationResult {
  const issues: ValidationIssue[] = [];
  const notices: string[] = [];
  const documents: SourceDocument[] = [];
  let defaultDoc: string | undefined;

  // 1. Documents first: every source reference points at one of them.
  const sourceFiles = files.filter((f) => baseName(f.path) === SOURCES_FILE_NAME);
  if (sourceFiles.length === 0) {
    issues.push({
      file: SOURCES_FILE_NAME,
      record: '-',
      field: '-',
      message: 'no sources.yaml declares the documents',
    });
  }
  for (const file of sourceFiles) {
    if (file.parseError !== undefined) {
      issues.push({
        file: file.path,
        record: '-',
        field: '-',
        message: `does not parse: ${file.parseError}`,
      });
      continue;
    }
    const shape = SourcesFileShape.safeParse(file.parsed);
    if (!shape.success) {
      issues.push(...zodIssues(file.path, '-', shape.error));
      continue;
    }
    shape.data.documents.forEach((raw, index) => {
      const record = recordIdOf(raw, `documents[${index}]`);
      const parsed = DocumentInput.safeParse(raw);
      if (!parsed.success) return void issues.push(...zodIssues(file.path, record, parsed.error));
      const { default: isDefault, ...doc } = parsed.data;
      if (documents.some((d) => d.id === doc.id)) {
        issues.push({ file: file.path, record, field: 'id', message: `duplicate document id '${doc.id}'` });
        return;
      }
      documents.push(doc);
      if (isDefault) defaultDoc = doc.id;
    });
  }
  if (!defaultDoc && documents.length === 1) defaultDoc = documents[0]?.id;
  const docIds = new Set(documents.map((d) => d.id));

  const nodes: NormalizedNode[] = [];
  const edges: NormalizedEdge[] = [];
  const nodeFile = new Map<string, string>();
  const declaredIds = new Set<string>();
  const invalidEdgeRefs: { file: string; record: string; field: string; ref: string }[] = [];

  const excerptChecks: { file: string; record: string; field: string; ref: SourceRef }[] = [];
  const resolveSources = (
    file: string,
    record: string,
    field: string,
    inputs: SourceRefInput[],
  ): SourceRef[] =>
    inputs.map((input, index) => {
      const ref = typeof input === 'string' ? { locator: input } : input;
      const doc = ref.ref ?? defaultDoc;
      const where = `${field}[${index}]`;
      if (!doc) {
        issues.push({
          file,
          record,
          field: where,
          message: 'no document given and no default document declared',
        });
      } else if (!docIds.has(doc)) {
        issues.push({ file, record, field: `${where}.ref`, message: `unknown document '${doc}'` });
      }
      const resolved: SourceRef = { doc: doc ?? '', locator: ref.locator.trim() };
      if (ref.excerpt) {
        resolved.excerpt = ref.excerpt.trim();
        excerptChecks.push({ file, record, field: `${where}.excerpt`, ref: resolved });
      }
      return resolved;
    });

  const normaliseClaims = (file: string, record: string, field: string, input: FactInput): Claim[] => {
    const claims: ClaimInput[] = 'claims' in input ? input.claims : [input];
    return claims.map((claim, index) => {
      const where = 'claims' in input ? `${field}.claims[${index}]` : field;
      const normalised: Claim = {
        value: claim.value as FactValue,
        sources: resolveSources(file, record, `${where}.sources`, claim.sources),
        validIn: claim.validIn ? [...new Set(claim.validIn)] : ['2024'],
      };
      if (claim.note) normalised.note = claim.note;
      return normalised;
    });
  };

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
    if (file.parseError !== undefined) {
      issues.push({
        file: file.path,
        record: '-',
        field: '-',
        message: `does not parse: ${file.parseError}`,
      });
      continue;
    }
    const shape = DataFileShape.safeParse(file.parsed ?? {});
    if (!shape.success) {
      issues.push(...zodIssues(file.path, '-', shape.error));
      continue;
    }
    (shape.data.nodes ?? []).forEach((raw, index) => {
      const record = recordIdOf(raw, `nodes[${index}]`);
      // An invalid node is still "declared": edges to it should not add a second, misleading issue.
      if (record !== `nodes[${index}]`) declaredIds.add(record);
      const parsed = NodeInput.safeParse(raw);
      if (!parsed.success) return void issues.push(...zodIssues(file.path, record, parsed.error));
      const input = parsed.data;
      const previous = nodeFile.get(input.id);
      if (previous !== undefined) {
        issues.push({
          file: file.path,
          record,
          field: 'id',
          message: `duplicate id, first declared in ${previous}`,
        });
        return;
      }
      nodeFile.set(input.id, file.path);
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
        const claims = normaliseClaims(file.path, record, `facts.${key}`, factInput);
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
        sources: resolveSources(file.path, record, 'sources', input.sources),
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
      nodes.push(node);
    });
    (shape.data.edges ?? []).forEach((raw, index) => {
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
        sources: resolveSources(file.path, id, 'sources', input.sources),
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
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const edgeIds = new Map<string, string>();
  for (const edge of edges) {
    const previous = edgeIds.get(edge.id);
    if (previous !== undefined) {
      issues.push({
        file: edge.file,
        record: edge.id,
        field: 'id',
        message: `duplicate edge, first declared in ${previous}`,
      });
      continue;
    }
    edgeIds.set(edge.id, edge.file);
    const endpoints = EDGE_ENDPOINTS[edge.kind];
    for (const end of ['from', 'to'] as const) {
      const target = nodeById.get(edge[end]);
      if (!target) {
        if (!declaredIds.has(edge[end])) {
          issues.push({
            file: edge.file,
            record: edge.id,
            field: end,
            message: `unknown node '${edge[end]}'`,
          });
        }
        continue;
      }
      if (!endpoints[end].includes(target.kind)) {
        issues.push({
          file: edge.file,
          record: edge.id,
          field: end,
          message: `a ${edge.kind} edge cannot ${end === 'from' ? 'start at' : 'end at'} a ${target.kind}`,
        });
      }
    }
    issues.push(...seatIssues(edge.file, edge.id, edge));
  }

  for (const ref of invalidEdgeRefs) {
    if (!declaredIds.has(ref.ref)) {
      issues.push({
        file: ref.file,
        record: ref.record,
        field: ref.field,
        message: `unknown node '${ref.ref}'`,
      });
    }
  }

  // 4. Excerpts must be verbatim in the document they cite.
  if (excerptChecks.length > 0) {
    const texts = options.documentTexts;
    const normalisedTexts = new Map<string, string>();
    for (const [doc, text] of texts ?? []) normalisedTexts.set(doc, normalisedText(text));
    let unchecked = 0;
    for (const check of excerptChecks) {
      const text = normalisedTexts.get(check.ref.doc);
      if (text === undefined) {
        unchecked++;
        continue;
      }
      if (!text.includes(normaliseForExcerpt(check.ref.excerpt ?? ''))) {
        issues.push({
          file: check.file,
          record: check.record,
          field: check.field,
          message: `excerpt not found in document '${check.ref.doc}'`,
        });
      }
    }
    if (unchecked > 0) notices.push(`${unchecked} excerpt(s) not checked: document text not available`);
  }

  return issues.length > 0 ? { issues, notices } : { issues, notices, dataset: { documents, nodes, edges } };
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
