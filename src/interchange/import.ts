// Import of an external network (CSV, GraphML, GEXF, graphology JSON) into a dataset in our format.
// Every row is checked, then the whole dataset is validated together with the data it extends; any
// problem is reported with its file, row and field, and nothing is written. A valid import is written
// to a temporary folder first and renamed into place, so a crash never leaves half a dataset.
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { stringify as toYaml } from 'yaml';
import type { z } from 'zod';
import { DatasetValidationError, InvalidArgumentError } from '../model/errors';
import type { ValidationIssue } from '../model/errors';
import { readDataFiles } from '../model/load';
import { DocumentInput, EdgeInput, NodeInput } from '../model/schema';
import type { OrgGraph } from '../model/types';
import { SOURCES_FILE_NAME, edgeIdOf, validateDataFiles } from '../model/validate';
import type { DataFile, NormalizedDataset } from '../model/validate';
import { CsvSyntaxError, parseCsv } from './csv';
import { graphToRecords } from './records';

export const IMPORT_FORMATS = ['csv', 'graphml', 'gexf', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Records read from the input, each with where it came from (file and row) for error messages. */
interface Located<T> {
  record: T;
  file: string;
  where: string;
}
interface ReadResult {
  documents: Located<Record<string, unknown>>[];
  nodes: Located<Record<string, unknown>>[];
  edges: Located<Record<string, unknown>>[];
  issues: ValidationIssue[];
}

/**
 * Imported records are written as YAML, like the hand-edited data, up to this many records; larger
 * imports as JSON (which the loader reads alike), because YAML serialisation takes seconds there.
 */
export const YAML_RECORD_LIMIT = 5000;

function parseSources(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return undefined;
  const t = text.trim();
  if (t.startsWith('[')) return JSON.parse(t);
  return t
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Flat attributes (CSV cells, GEXF/GraphML data) back to a data-file record; JSON text decoded. */
function unflatten(
  flat: Record<string, unknown>,
  kind: 'node' | 'edge',
  issues: ValidationIssue[],
  file: string,
  where: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, raw] of Object.entries(flat)) {
    if (raw === undefined || raw === null || raw === '') continue;
    const value = typeof raw === 'string' ? raw : String(raw);
    try {
      if (k === 'sources') out.sources = parseSources(value);
      else if (k === 'facts' && kind === 'node') out.facts = JSON.parse(value);
      else if (k === 'validIn' && kind === 'edge')
        out.validIn = value
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean);
      else if (['ministries', 'label', 'weight'].includes(k))
        continue; // derived or viewer-only
      else out[k] = value;
    } catch (error) {
      issues.push({ file, record: where, field: k, message: `not valid JSON: ${(error as Error).message}` });
    }
  }
  return out;
}

function fromGraph(
  graph: MultiDirectedGraph,
  file: string,
  issues: ValidationIssue[],
  documents: unknown,
): ReadResult {
  const result: ReadResult = { documents: [], nodes: [], edges: [], issues };
  if (typeof documents === 'string' && documents.trim()) {
    try {
      for (const d of JSON.parse(documents) as Record<string, unknown>[])
        result.documents.push({ record: d, file, where: `document ${String(d.id)}` });
    } catch (error) {
      issues.push({
        file,
        record: 'graph',
        field: 'documents',
        message: `not valid JSON: ${(error as Error).message}`,
      });
    }
  }
  graph.forEachNode((id, a) => {
    const where = `node ${id}`;
    result.nodes.push({ record: { id, ...unflatten(a, 'node', issues, file, where) }, file, where });
  });
  graph.forEachEdge((id, a, s, t) => {
    const where = `edge ${id}`;
    result.edges.push({
      record: { id, from: s, to: t, ...unflatten(a, 'edge', issues, file, where) },
      file,
      where,
    });
  });
  return result;
}

function readCsvInput(path: string): ReadResult {
  const dir = statSync(path).isDirectory() ? path : dirname(path);
  const issues: ValidationIssue[] = [];
  const result: ReadResult = { documents: [], nodes: [], edges: [], issues };
  const table = (name: string, required: boolean) => {
    const file = join(dir, name);
    if (!existsSync(file)) {
      if (required) issues.push({ file: name, record: '-', field: '-', message: `missing: ${file}` });
      return [];
    }
    try {
      return parseCsv(readFileSync(file, 'utf8')).rows;
    } catch (error) {
      const line = error instanceof CsvSyntaxError ? `line ${error.line}` : '-';
      issues.push({ file: name, record: line, field: '-', message: (error as Error).message });
      return [];
    }
  };
  for (const row of table('documents.csv', false)) {
    const { default: isDefault, ...rest } = Object.fromEntries(
      Object.entries(row.values).filter(([, v]) => v !== ''),
    );
    result.documents.push({
      record: { ...rest, ...(isDefault === 'true' ? { default: true } : {}) },
      file: 'documents.csv',
      where: `line ${row.line}`,
    });
  }
  // nodes.csv is required; edges.csv may be absent (a list of units without relations).
  for (const [file, kind, into] of [
    ['nodes.csv', 'node', result.nodes],
    ['edges.csv', 'edge', result.edges],
  ] as const)
    for (const row of table(file, kind === 'node')) {
      const where = `line ${row.line}${row.values.id ? ` (${row.values.id})` : ''}`;
      into.push({ record: unflatten(row.values, kind, issues, file, where), file, where });
    }
  return result;
}

function readInput(path: string, format: ImportFormat): ReadResult {
  if (!existsSync(path)) throw new InvalidArgumentError(`cio-graph/import: ${path} does not exist`);
  if (format === 'csv') return readCsvInput(path);
  const file = basename(path);
  const text = readFileSync(path, 'utf8');
  const fail = (error: unknown): never => {
    throw new DatasetValidationError([
      { file, record: '-', field: '-', message: `cannot parse ${format}: ${(error as Error).message}` },
    ]);
  };
  if (format === 'json') {
    let graph: OrgGraph;
    try {
      graph = new MultiDirectedGraph().import(JSON.parse(text)) as unknown as OrgGraph;
    } catch (error) {
      return fail(error);
    }
    const issues: ValidationIssue[] = [];
    const records = graphToRecords(graph);
    return {
      documents: records.documents.map((d) => ({ record: { ...d }, file, where: `document ${d.id}` })),
      nodes: records.nodes.map((n) => ({ record: { ...n }, file, where: `node ${n.id}` })),
      edges: records.edges.map((e) => ({ record: { ...e }, file, where: `edge ${e.id}` })),
      issues,
    };
  }
  let graph: MultiDirectedGraph;
  let documents: unknown;
  try {
    if (format === 'gexf') {
      graph = parseGexf(MultiDirectedGraph, text) as MultiDirectedGraph;
      documents = graph.getAttribute('documents');
    } else {
      graph = parseGraphml(MultiDirectedGraph, text) as MultiDirectedGraph;
      documents = graph.getAttribute('documents');
      if (documents === undefined) {
        // Graph-level data under another key name: look it up by attr.name.
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const keys = Array.from(doc.getElementsByTagName('key')).filter(
          (k) => k.getAttribute('attr.name') === 'documents',
        );
        const id = keys[0]?.getAttribute('id');
        const data = Array.from(doc.getElementsByTagName('data')).find(
          (d) => d.getAttribute('key') === id && d.parentNode?.nodeName === 'graph',
        );
        documents = data?.textContent ?? undefined;
      }
    }
  } catch (error) {
    return fail(error);
  }
  return fromGraph(graph, file, [], documents);
}

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
    items: Located<Record<string, unknown>>[],
    schema: S,
    keyOf: (r: z.infer<S>) => string,
  ): z.infer<S>[] =>
    items.flatMap((item) => {
      const parsed = schema.safeParse(item.record);
      if (!parsed.success) {
        for (const i of parsed.error.issues)
          issues.push({
            file: item.file,
            record: item.where,
            field: i.path.map(String).join('.') || '-',
            message: i.message,
          });
        return [];
      }
      locate.set(keyOf(parsed.data), { file: item.file, where: item.where });
      return [parsed.data];
    });
  const documents = check(input.documents, DocumentInput, (d) => `document:${d.id}`);
  const nodes = check(input.nodes, NodeInput, (n) => `node:${n.id}`);
  const edges = check(input.edges, EdgeInput, (e) => `edge:${edgeIdOf(e)}`);
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
  const result = validateDataFiles([...baseFiles, ...importedFiles]);
  if (!result.dataset) {
    // Report the problems of the imported records at the row they came from.
    throw new DatasetValidationError(
      result.issues.map((i) => {
        if (!i.file.startsWith('<import>')) return i;
        const at =
          locate.get(`node:${i.record}`) ??
          locate.get(`edge:${i.record}`) ??
          locate.get(`document:${i.record}`);
        return at ? { ...i, file: at.file, record: at.where } : { ...i, file: basename(path) };
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
  const target = resolve(out);
  if (existsSync(target) && readdirSync(target).length > 0)
    throw new InvalidArgumentError(`cio-graph/import: ${out} exists and is not empty; nothing was written`);
  const { files, counts, dataset } = prepareImport(path, format, options);
  const staging = `${target}.importing-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    for (const [name, text] of files) writeFileSync(join(staging, name), text);
    if (existsSync(target)) rmSync(target, { recursive: true });
    mkdirSync(dirname(target), { recursive: true });
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return {
    out: target,
    ...counts,
    files: [...files.keys()],
    dataset,
  };
}
