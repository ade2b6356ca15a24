// The source side of dataset validation: the documents a dataset declares, the resolution of every
// source reference against them, and the check that each excerpt is verbatim in its document. Kept
// apart from the record checks in validate.ts because both the loader and the importers lean on it.
import type { z } from 'zod';
import type { ValidationIssue } from './errors';
import { DocumentInput, SourcesFileShape } from './schema';
import type { ClaimInput, FactInput, SourceRefInput } from './schema';
import type { Claim, FactValue, SourceDocument, SourceRef } from './types';
import type { DataFile } from './validate';

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

export function zodIssues(file: string, record: string, error: z.ZodError, prefix = ''): ValidationIssue[] {
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

export function recordIdOf(raw: unknown, fallback: string): string {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof (raw as { id: unknown }).id === 'string') {
    const id = (raw as { id: string }).id.trim();
    if (id) return id;
  }
  return fallback;
}

/** A whole file's shape, or its parse error or shape issues (at record `-`) and undefined. */
export function fileShape<T>(file: DataFile, schema: z.ZodType<T>, issues: ValidationIssue[]): T | undefined {
  if (file.parseError !== undefined) {
    issues.push({ file: file.path, record: '-', field: '-', message: `does not parse: ${file.parseError}` });
    return undefined;
  }
  const shape = schema.safeParse(file.parsed ?? {});
  if (!shape.success) {
    issues.push(...zodIssues(file.path, '-', shape.error));
    return undefined;
  }
  return shape.data;
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The documents of every sources.yaml, and the default one (declared, or the only one). */
export function readDocuments(
  files: readonly DataFile[],
  issues: ValidationIssue[],
): { documents: SourceDocument[]; defaultDoc: string | undefined } {
  const documents: SourceDocument[] = [];
  let defaultDoc: string | undefined;
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
    const shape = fileShape(file, SourcesFileShape, issues);
    if (!shape) continue;
    shape.documents.forEach((raw, index) => {
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
  return { documents, defaultDoc };
}

interface ExcerptCheck {
  file: string;
  record: string;
  field: string;
  ref: SourceRef;
}

/**
 * Resolves source references and fact claims against the declared documents, reporting unknown
 * documents as it goes and remembering every excerpt for `excerptIssues` to check at the end.
 */
export class SourceResolver {
  readonly excerptChecks: ExcerptCheck[] = [];
  private readonly docIds: ReadonlySet<string>;

  constructor(
    private readonly issues: ValidationIssue[],
    documents: readonly SourceDocument[],
    private readonly defaultDoc: string | undefined,
  ) {
    this.docIds = new Set(documents.map((d) => d.id));
  }

  sources(file: string, record: string, field: string, inputs: SourceRefInput[]): SourceRef[] {
    return inputs.map((input, index) => {
      const ref = typeof input === 'string' ? { locator: input } : input;
      const doc = ref.ref ?? this.defaultDoc;
      const where = `${field}[${index}]`;
      if (!doc) {
        this.issues.push({
          file,
          record,
          field: where,
          message: 'no document given and no default document declared',
        });
      } else if (!this.docIds.has(doc)) {
        this.issues.push({ file, record, field: `${where}.ref`, message: `unknown document '${doc}'` });
      }
      const resolved: SourceRef = { doc: doc ?? '', locator: ref.locator.trim() };
      if (ref.excerpt) {
        resolved.excerpt = ref.excerpt.trim();
        this.excerptChecks.push({ file, record, field: `${where}.excerpt`, ref: resolved });
      }
      return resolved;
    });
  }

  claims(file: string, record: string, field: string, input: FactInput): Claim[] {
    const claims: ClaimInput[] = 'claims' in input ? input.claims : [input];
    return claims.map((claim, index) => {
      const where = 'claims' in input ? `${field}.claims[${index}]` : field;
      const normalised: Claim = {
        value: claim.value as FactValue,
        sources: this.sources(file, record, `${where}.sources`, claim.sources),
        validIn: claim.validIn ? [...new Set(claim.validIn)] : ['2024'],
      };
      if (claim.note) normalised.note = claim.note;
      return normalised;
    });
  }

  /** Every excerpt that is not verbatim in its document; a notice when a document's text is absent. */
  excerptIssues(documentTexts: ReadonlyMap<string, string> | undefined): {
    issues: ValidationIssue[];
    notices: string[];
  } {
    const issues: ValidationIssue[] = [];
    if (this.excerptChecks.length === 0) return { issues, notices: [] };
    const texts = new Map<string, string>();
    for (const [doc, text] of documentTexts ?? []) texts.set(doc, normalisedText(text));
    let unchecked = 0;
    for (const check of this.excerptChecks) {
      const text = texts.get(check.ref.doc);
      if (text === undefined) {
        unchecked++;
        continue;
      }
      if (!text.includes(normaliseForExcerpt(check.ref.excerpt ?? '')))
        issues.push({
          file: check.file,
          record: check.record,
          field: check.field,
          message: `excerpt not found in document '${check.ref.doc}'`,
        });
    }
    const notices = unchecked > 0 ? [`${unchecked} excerpt(s) not checked: document text not available`] : [];
    return { issues, notices };
  }
}
