// What every import reader produces (records with where they came from), and the flat form that
// CSV cells, GEXF attvalues and GraphML data carry: one zod schema per record shape checks the cells
// before any is used, so a wrong or unknown cell is a located issue, never an exception.
import { z } from 'zod';
import type { ValidationIssue } from '../model/errors';
import { factSpec } from '../model/schema';
import { DOCUMENT_COLUMNS, EDGE_COLUMNS, NODE_COLUMNS } from './records';

/** A record read from the input, with its file and its place there (`line 3 (AZ/CIO)`, `node AZ`). */
export interface Located {
  record: Record<string, unknown>;
  file: string;
  where: string;
}

export interface ReadResult {
  documents: Located[];
  nodes: Located[];
  edges: Located[];
  issues: ValidationIssue[];
}

export const emptyRead = (issues: ValidationIssue[] = []): ReadResult => ({
  documents: [],
  nodes: [],
  edges: [],
  issues,
});

/** zod issues as located ones; an unknown key is named as the field itself. */
export function zodIssues(file: string, where: string, error: z.ZodError, prefix = ''): ValidationIssue[] {
  return error.issues.flatMap((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean);
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        file,
        record: where,
        field: [...path, key].join('.'),
        message: 'unknown attribute',
      }));
    return [{ file, record: where, field: path.join('.') || '-', message: issue.message }];
  });
}

const cell = z.string();
/** Written for readers (derived on load) or by the viewer: accepted and ignored on import. */
const IGNORED = ['ministries', 'level', 'label', 'weight'] as const;
const cellsOf = (columns: readonly string[]) =>
  z.strictObject(Object.fromEntries([...columns, ...IGNORED].map((c) => [c, cell.optional()])));

export const FlatNodeCells = cellsOf(NODE_COLUMNS);
export const FlatEdgeCells = cellsOf(EDGE_COLUMNS);
export const FlatDocumentCells = cellsOf(DOCUMENT_COLUMNS);

/** `Tabel 1; Tabel 2` or the JSON list the exports write. */
function parseSources(text: string): unknown {
  const t = text.trim();
  if (t.startsWith('[')) return JSON.parse(t);
  return t
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

const splitList = (value: string) =>
  value
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Flat cells back to a data-file record, or undefined with the issues recorded. Keys come only from
 * the schema's columns, and the record is a fresh object built from them (no prototype names).
 */
export function unflatten(
  flat: Record<string, string>,
  kind: 'node' | 'edge' | 'document',
  issues: ValidationIssue[],
  file: string,
  where: string,
): Record<string, unknown> | undefined {
  const schema = kind === 'node' ? FlatNodeCells : kind === 'edge' ? FlatEdgeCells : FlatDocumentCells;
  const parsed = schema.safeParse(flat);
  if (!parsed.success) {
    issues.push(...zodIssues(file, where, parsed.error));
    return undefined;
  }
  const out: Record<string, unknown> = {};
  let ok = true;
  for (const [k, value] of Object.entries(parsed.data as Record<string, string | undefined>)) {
    // A node's level is read back: it equals the derived one, and an external body needs it.
    const ignored = (IGNORED as readonly string[]).includes(k) && !(kind === 'node' && k === 'level');
    if (value === undefined || value === '' || ignored) continue;
    try {
      if (k === 'sources') out.sources = parseSources(value);
      else if (k === 'facts') {
        const facts: unknown = JSON.parse(value);
        // Checked on the raw keys: zod's record would silently drop a fact named `__proto__`.
        if (facts && typeof facts === 'object' && !Array.isArray(facts))
          for (const name of Object.keys(facts).filter((f) => !factSpec(f))) {
            ok = false;
            issues.push({ file, record: where, field: `facts.${name}`, message: `unknown fact '${name}'` });
          }
        out.facts = facts;
      } else if (k === 'validIn') out.validIn = splitList(value);
      else if (k === 'default') out.default = value === 'true';
      else out[k] = value;
    } catch (error) {
      ok = false;
      issues.push({ file, record: where, field: k, message: `not valid JSON: ${(error as Error).message}` });
    }
  }
  return ok ? out : undefined;
}
