// Import of an external network (CSV, GraphML, GEXF, graphology JSON) into a dataset in our format.
// Every row is checked, then the whole dataset is validated together with the data it extends; any
// problem is reported with its file, row and field, and nothing is written. A valid import is written
// to a temporary folder first and renamed into place, so a crash never leaves half a dataset.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import type { z } from 'zod';
import { DatasetValidationError, InvalidArgumentError } from '../model/errors';
import type { ValidationIssue } from '../model/errors';
import { readDataFiles, readDocumentTexts } from '../model/load';
import { DocumentInput, EdgeInput, NodeInput } from '../model/schema';
import { SOURCES_FILE_NAME, edgeIdOf, validateDataFiles } from '../model/validate';
import type { DataFile, NormalizedDataset } from '../model/validate';
import { CsvSyntaxError, parseCsv } from './csv';
import { readUtf8 } from './decode';
import { prepareOutputDir, writeDirAtomically } from './output';
import { emptyRead, unflatten, zodIssues } from './read-flat';
import type { Located, ReadResult } from './read-flat';
import { readGraphologyJson } from './read-json';
import { readGexf, readGraphml } from './read-xml';

export const IMPORT_FORMATS = ['csv', 'graphml', 'gexf', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * Imported records are written as YAML, like the hand-edited data, up to this many records; larger
 * imports as JSON (which the loader reads alike), because YAML serialisation takes seconds there.
 */
export const YAML_RECORD_LIMIT = 5000;

function readCsvInput(path: string): ReadResult {
  const dir = statSync(path).isDirectory() ? path : dirname(path);
  const result = emptyRead();
  const table = (name: string, required: boolean) => {
    const file = join(dir, name);
    if (!existsSync(file)) {
      if (required) result.issues.push({ file: name, record: '-', field: '-', message: `missing: ${file}` });
      return [];
    }
    const decoded = readUtf8(file, name);
    if ('issue' in decoded) return (void result.issues.push(decoded.issue), []);
    try {
      return parseCsv(decoded.text).rows;
    } catch (error) {
      const line = error instanceof CsvSyntaxError ? `line ${error.line}` : 'line 1';
      result.issues.push({ file: name, record: line, field: '-', message: (error as Error).message });
      return [];
    }
  };
  for (const [file, kind, into] of [
    ['documents.csv', 'document', result.documents],
    ['nodes.csv', 'node', result.nodes],
    ['edges.csv', 'edge', result.edges],
  ] as const)
    // nodes.csv is required; edges.csv may be absent (a list of units without relations).
    for (const row of table(file, kind === 'node')) {
      const id = Object.hasOwn(row.values, 'id') ? row.values.id : undefined;
      const where = `line ${row.line}${id ? ` (${id})` : ''}`;
      const record = unflatten(row.values, kind, result.issues, file, where);
      if (record) into.push({ record, file, where });
    }
  return result;
}

function readInput(path: string, format: ImportFormat): ReadResult {
  if (!existsSync(path)) throw new InvalidArgumentError(`cio-graph/import: ${path} does not exist`);
  if (format === 'csv') return readCsvInput(path);
  const file = basename(path);
  if (statSync(path).isDirectory())
    throw new InvalidArgumentError(`cio-graph/import: ${path} is a folder; ${format} is one file`);
  const decoded = readUtf8(path, file);
  if ('issue' in decoded) return emptyRead([decoded.issue]);
  if (format === 'json') return readGraphologyJson(decoded.text, file);
  return format === 'gexf' ? readGexf(decoded.text, file) : readGraphml(decoded.text, file);
}

/**
 * The second record with an id already read is an issue at that record, naming where the first one
 * is (the validator would only know the file the import is about to write).
 */
function dropDuplicates(
  items: Located[],
  idOf: (r: Record<string, unknown>) => string | undefined,
  issues: ValidationIssue[],
): Located[] {
  const first = new Map<string, Located>();
  return items.filter((item) => {
    const id = idOf(item.record);
    if (id === undefined) return true;
    const seen = first.get(id);
    if (!seen) {
      first.set(id, item);
      return true;
    }
    issues.push({
      file: item.file,
      record: item.where,
      field: 'id',
      message: `duplicate id '${id}', first declared in ${seen.file} at ${seen.where}`,
    });
    return false;
  });
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export interface ImportOptions {
  /** The data the import extends; its ids may be referenced and may not be reused. */
  baseDirs?: string[];
}

export interface ImportReport {
  out: string;
  nodes: number;
  edges: number;
  documents: number;
  files: string[];
  dataset: NormalizedDataset;
}

/** Reads, checks and validates; returns the files to write, or throws with every located problem. */
export function prepareImport(
  path: string,
  format: ImportFormat,
  options: ImportOptions = {},
): {
  files: Map<string, string>;
  counts: { documents: number; nodes: number; edges: number };
  dataset: NormalizedDataset;
} {
  const input = readInput(path, format);
  const issues = [...input.issues];
  const locate = new Map<string, { file: string; where: string }>();
  const check = <S extends z.ZodType>(
    items: Located[],
    schema: S,
    keyOf: (r: z.infer<S>) => string,
  ): z.infer<S>[] =>
    items.flatMap((item) => {
      const parsed = schema.safeParse(item.record);
      if (!parsed.success) {
        issues.push(...zodIssues(item.file, item.where, parsed.error));
        return [];
      }
      locate.set(keyOf(parsed.data), { file: item.file, where: item.where });
      return [parsed.data];
    });
  const edgeKey = (r: Record<string, unknown>) => {
    const [kind, from, to] = [str(r.kind), str(r.from), str(r.to)];
    return kind && from && to ? edgeIdOf({ kind, from, to, id: str(r.id) }) : str(r.id);
  };
  const documents = check(
    dropDuplicates(input.documents, (r) => str(r.id), issues),
    DocumentInput,
    (d) => `document:${d.id}`,
  );
  const nodes = check(
    dropDuplicates(input.nodes, (r) => str(r.id), issues),
    NodeInput,
    (n) => `node:${n.id}`,
  );
  const edges = check(dropDuplicates(input.edges, edgeKey, issues), EdgeInput, (e) => `edge:${edgeIdOf(e)}`);
  if (issues.length) throw new DatasetValidationError(issues);

  const files = new Map<string, string>();
  if (documents.length) files.set(SOURCES_FILE_NAME, toYaml({ documents }));
  const asYaml = nodes.length + edges.length <= YAML_RECORD_LIMIT;
  const dataFile = asYaml ? 'imported.yaml' : 'imported.json';
  files.set(
    dataFile,
    asYaml ? toYaml({ nodes, edges }, { lineWidth: 0 }) : JSON.stringify({ nodes, edges }, null, 1),
  );
  // Standalone when the input brings its documents and no base is named; otherwise it extends the base.
  const base = options.baseDirs ?? (documents.length ? [] : undefined);
  if (base === undefined)
    throw new InvalidArgumentError(
      'cio-graph/import: the input has no documents; name the data it extends with --data',
    );
  const baseFiles: DataFile[] = base.length ? readDataFiles(base) : [];
  const importedFiles: DataFile[] = [...files.keys()].map((name) => ({
    path: join('<import>', name),
    parsed: name === SOURCES_FILE_NAME ? { documents } : { nodes, edges },
  }));
  // With the document texts, as loading does: an excerpt the report does not contain is refused here,
  // not discovered when the written dataset fails to load.
  const all = [...baseFiles, ...importedFiles];
  const result = validateDataFiles(all, { documentTexts: readDocumentTexts(all) });
  if (!result.dataset) {
    // Report the problems of the imported records at the row they came from.
    throw new DatasetValidationError(
      result.issues.map((i) => {
        if (!i.file.startsWith('<import>')) return i;
        const at =
          locate.get(`node:${i.record}`) ??
          locate.get(`edge:${i.record}`) ??
          locate.get(`document:${i.record}`);
        const located = at ? { ...i, file: at.file, record: at.where } : { ...i, file: basename(path) };
        // A message may name the file the import would have written: name the input instead.
        return { ...located, message: located.message.replace(/<import>\/[^\s,;]+/g, basename(path)) };
      }),
    );
  }
  return {
    files,
    counts: { documents: documents.length, nodes: nodes.length, edges: edges.length },
    dataset: result.dataset,
  };
}

export function importNetwork(
  path: string,
  format: ImportFormat,
  out: string,
  options: ImportOptions = {},
): ImportReport {
  // The output is checked before the input is read: a bad --out costs nothing and writes nothing.
  prepareOutputDir(out);
  const { files, counts, dataset } = prepareImport(path, format, options);
  const target = writeDirAtomically(out, files);
  return { out: target, ...counts, files: [...files.keys()], dataset };
}
