// Runs one mutated import and classifies what happened, for the fuzz tests and `npm run fuzz`:
// accepted (and then the written dataset must load), refused with located issues, or a defect: an
// uncaught exception, an unlocated issue, a partial write or a run over the hang limit.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportGraph } from '../../src/interchange/export';
import { importNetwork } from '../../src/interchange/import';
import type { ImportFormat } from '../../src/interchange/import';
import { DatasetValidationError, InvalidArgumentError } from '../../src/model/errors';
import type { ValidationIssue } from '../../src/model/errors';
import { loadDataset } from '../../src/model/load';
import type { OrgGraph } from '../../src/model/types';
import type { Mutation } from './mutate';

export const HANG_MS = 30_000;

export interface FuzzStats {
  format: ImportFormat;
  runs: number;
  accepted: number;
  rejected: number;
  /** Refusals whose every issue names the file and the record. */
  located: number;
  /** Refusals whose every issue also names the field, or is a position in the text (a syntax error). */
  fieldLocated: number;
  /** Refused for a reason that is not about a record (no documents and no --data). */
  argumentErrors: number;
  uncaught: string[];
  unlocated: string[];
  partialWrites: number;
  maxMs: number;
  hangs: number;
}

export const newStats = (format: ImportFormat): FuzzStats => ({
  format,
  runs: 0,
  accepted: 0,
  rejected: 0,
  located: 0,
  fieldLocated: 0,
  argumentErrors: 0,
  uncaught: [],
  unlocated: [],
  partialWrites: 0,
  maxMs: 0,
  hangs: 0,
});

/** A small graph of the real dataset's shape: two ministries with their roles, bodies and claims. */
export function seedGraph(real: OrgGraph): OrgGraph {
  const graph = real.copy() as OrgGraph;
  const keep = (id: string) => /^(AZ|BZ)(\/|$)/.test(id) || id === 'cio-beraad' || id === 'acd';
  for (const id of graph.nodes()) if (!keep(id)) graph.dropNode(id);
  return graph;
}

/** The files of the seed in a format: one file, or the three CSV tables. */
export function seedFiles(graph: OrgGraph, format: ImportFormat): Map<string, Buffer> {
  return new Map(exportGraph(graph, format).map((f) => [f.name, Buffer.from(f.content, 'utf8')]));
}

const positional = (record: string) =>
  /^(line|byte|character) \d|^JSON text$|^(nodes|edges|documents)\[\d+\]$/.test(record);
export const isLocated = (i: ValidationIssue) =>
  i.file !== '' && i.file !== '-' && i.record !== '' && i.record !== '-';
export const hasField = (i: ValidationIssue) => i.field !== '-' || positional(i.record);

/** Applies the mutations to one of the files (CSV: the table `target` picks), imports, classifies. */
export function fuzzOnce(
  stats: FuzzStats,
  seed: Map<string, Buffer>,
  mutations: Mutation[],
  target: number,
  root: string,
): void {
  stats.runs++;
  const dir = mkdtempSync(join(root, 'run-'));
  const names = [...seed.keys()];
  const victim = names[target % names.length]!;
  for (const [name, content] of seed)
    writeFileSync(join(dir, name), name === victim ? mutations.reduce((b, m) => m(b), content) : content);
  const input = stats.format === 'csv' ? dir : join(dir, victim);
  const parent = join(dir, 'out-parent');
  mkdirSync(parent);
  const out = join(parent, 'imported');
  const started = performance.now();
  try {
    importNetwork(input, stats.format, out);
    stats.accepted++;
    // Accepted: complete and valid, exactly as a user would load it.
    try {
      loadDataset([out]);
    } catch (error) {
      stats.partialWrites++;
      stats.uncaught.push(`accepted but does not load: ${(error as Error).message.slice(0, 600)}`);
    }
  } catch (error) {
    stats.rejected++;
    if (readdirSync(parent).length > 0) stats.partialWrites++;
    if (error instanceof DatasetValidationError) {
      if (error.issues.length > 0 && error.issues.every(isLocated)) stats.located++;
      else stats.unlocated.push(JSON.stringify(error.issues.find((i) => !isLocated(i)) ?? 'no issues'));
      if (error.issues.every(hasField)) stats.fieldLocated++;
      else stats.unlocated.push(`no field: ${JSON.stringify(error.issues.find((i) => !hasField(i)))}`);
    } else if (error instanceof InvalidArgumentError) {
      stats.argumentErrors++;
      stats.located++;
      stats.fieldLocated++;
    } else {
      stats.uncaught.push(`${(error as Error)?.name}: ${(error as Error)?.message?.slice(0, 200)}`);
    }
  } finally {
    const ms = performance.now() - started;
    stats.maxMs = Math.max(stats.maxMs, ms);
    if (ms > HANG_MS) stats.hangs++;
    rmSync(dir, { recursive: true, force: true });
  }
  if (existsSync(join(dir))) stats.partialWrites++;
}

export const fuzzRoot = () => mkdtempSync(join(tmpdir(), 'cio-graph-fuzz-'));
