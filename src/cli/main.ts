// The `cio-graph` command line. Each command returns an exit code: 0 success, 1 invalid data or a
// failed operation, 2 bad arguments (with a usage message).
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { CioGraphError, DatasetValidationError, InvalidArgumentError, formatIssue } from '../model/errors';
import { DEFAULT_DATA_DIR, loadDataset, validateDataDirs } from '../model/load';
import type { OrgGraph } from '../model/types';
import { SNAPSHOTS } from '../model/vocabulary';
import type { Snapshot } from '../model/vocabulary';
import { reportTables } from '../analyses/tables';
import { renderTables } from '../analyses/tables-text';
import { reportUsage, systemErrorLine } from './errors';
import type { Lang } from '../model/text';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

export const USAGE = `Usage: cio-graph <command> [options]

Commands:
  validate [--data DIR]...                     check the dataset; one line per problem
  tables [--format md|csv|json] [--snapshot 2021|2024] [--lang nl|en] [--data DIR]...
                                               Tabel 1, 3 and 4 of the report, computed from the graph
  export --format json|gexf|graphml|csv|cypher [--out PATH] [--data DIR]...
                                               the graph for Gephi, NetworkX, Neo4j (csv: --out DIR)
  import PATH --format csv|graphml|gexf|json --out DIR [--data DIR]...
                                               an external network as a dataset; checked, all or nothing
  analyse <id|all> [--format table|json|csv] [--lang nl|en] [--snapshot 2021|2024]
          [--param key=value]... [--top N] [--data DIR]... [--backend memory|neo4j [--neo4j URI]]
                                               run an analysis (see 'cio-graph analyse --list')
  load [--neo4j URI] [--data DIR]... [--replace] [--dataset NAME]
                                               validate, then write the dataset to Neo4j in one transaction
  serve [--port N] [--host H] [--backend memory|neo4j [--neo4j URI]] [--data DIR]... [--workspace DIR]
                                               the viewer and the API (default port: PORT or 3000)
  scenario FILE [--format table|json] [--backend memory|neo4j] [--data DIR]...
           [--export json|gexf|graphml|csv|cypher --out PATH]
                                               a what-if scenario: every analysis before and after, the diff
  diff [--from 2021] [--to 2024] [--format table|json] [--data DIR]...
                                               what the report says changed between the snapshots
  generate --ministries N --seed S --out DIR   write a synthetic dataset with planted findings
  report (--ministry CODE | --stelsel) [--format html|pdf|md] [--lang nl|en] [--snapshot 2021|2024]
         [--version N --workspace DIR] [--out PATH] [--data DIR]...
                                               a sourced factsheet or the stelsel report (PDF needs Chromium)
  changes init --workspace DIR [--data DIR]... a workspace (SQLite) for sourced, versioned edits
  changes list|show N|commit FILE|revert N (--workspace DIR | --server URL) [--node ID] [--reason R]
                                               the change log, on the directory or through the API
  token create|list|revoke --workspace DIR [--name NAME] [--scope edit:<MINISTRY>|edit:rijk|admin]
                                               edit tokens (shown once, stored as hashes)
  advise [--max-ops N] [--objective ID,…] [--top N] [--seed S] [--keep ID,…] [--out DIR] [--data DIR]...
                                               restructuring proposals for the gremia, each a scenario file
  help                                         this text
`;

export class UsageError extends InvalidArgumentError {}

export function dataDirsOf(values: string[] | undefined): string[] {
  return values && values.length > 0 ? values : [DEFAULT_DATA_DIR];
}

export function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`cio-graph: --${flag} must be one of ${allowed.join(', ')} (got '${value}')`);
  }
  return value as T;
}

export interface ParsedArgs {
  values: Record<string, string | string[] | boolean | undefined>;
  positionals: string[];
}

export function parse(args: string[], options: ParseArgsConfig['options']): ParsedArgs {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true }) as ParsedArgs;
  } catch (error) {
    throw new UsageError(`cio-graph: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export const DATA_OPTION = { data: { type: 'string', multiple: true } } as const;

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate':
        return validateCommand(rest, io);
      case 'tables':
        return tablesCommand(rest, io);
      case 'export':
        return await exportCommand(rest, io);
      case 'import':
        return await importCommand(rest, io);
      case 'analyse':
      case 'analyze': {
        const { analyseCommand } = await import('./analyse');
        return await analyseCommand(rest, io);
      }
      case 'load': {
        const { loadCommand } = await import('./load');
        return await loadCommand(rest, io);
      }
      case 'serve': {
        const { serveCommand } = await import('./serve');
        return await serveCommand(rest, io);
      }
      case 'scenario': {
        const { scenarioCommand } = await import('./scenario');
        return await scenarioCommand(rest, io);
      }
      case 'diff': {
        const { diffCommand } = await import('./scenario');
        return diffCommand(rest, io);
      }
      case 'changes': {
        const { changesCommand } = await import('./changes');
        return await changesCommand(rest, io);
      }
      case 'token': {
        const { tokenCommand } = await import('./token');
        return await tokenCommand(rest, io);
      }
      case 'generate': {
        const { generateCommand } = await import('./generate');
        return generateCommand(rest, io);
      }
      case 'report': {
        const { reportCommand } = await import('./report');
        return await reportCommand(rest, io);
      }
      case 'advise':
        return await (await import('./advise')).adviseCommand(rest, io);
      case 'bench': {
        const { benchCommand } = await import('./bench');
        return await benchCommand(rest, io);
      }
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return 0;
      default:
        io.err(command ? `cio-graph: unknown command '${command}'\n\n${USAGE}` : USAGE);
        return 2;
    }
  } catch (error) {
    return reportError(error, io, command);
  }
}

export function reportError(error: unknown, io: Io, command?: string): number {
  if (error instanceof DatasetValidationError) {
    for (const issue of error.issues) io.err(formatIssue(issue));
    return 1;
  }
  if (error instanceof UsageError || error instanceof InvalidArgumentError) {
    reportUsage(io, error.message, USAGE, command);
    return 2;
  }
  if (error instanceof CioGraphError) {
    io.err(error.message);
    return 1;
  }
  const line = systemErrorLine(error);
  if (line) {
    io.err(line);
    return 1;
  }
  throw error;
}

export function loadFromArgs(values: string[] | undefined): OrgGraph {
  return loadDataset(dataDirsOf(values));
}

function validateCommand(args: string[], io: Io): number {
  const { values } = parse(args, { ...DATA_OPTION });
  const result = validateDataDirs(dataDirsOf(values.data as string[] | undefined));
  for (const notice of result.notices) io.err(`note: ${notice}`);
  if (result.issues.length > 0) {
    for (const issue of result.issues) io.out(formatIssue(issue));
    return 1;
  }
  const d = result.dataset;
  io.err(`valid: ${d?.nodes.length ?? 0} nodes, ${d?.edges.length ?? 0} edges`);
  return 0;
}

function tablesCommand(args: string[], io: Io): number {
  const { values } = parse(args, {
    ...DATA_OPTION,
    format: { type: 'string' },
    snapshot: { type: 'string' },
    lang: { type: 'string' },
  });
  const format = oneOf(values.format as string | undefined, ['md', 'csv', 'json'] as const, 'format', 'md');
  const snapshot = oneOf<Snapshot>(values.snapshot as string | undefined, SNAPSHOTS, 'snapshot', '2024');
  const lang = oneOf<Lang>(values.lang as string | undefined, ['nl', 'en'], 'lang', 'nl');
  const graph = loadFromArgs(values.data as string[] | undefined);
  const tables = reportTables(graph, snapshot);
  io.out(format === 'json' ? JSON.stringify(tables, null, 2) : renderTables(graph, tables, format, lang));
  return 0;
}

async function exportCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    ...DATA_OPTION,
    format: { type: 'string' },
    out: { type: 'string' },
    dataset: { type: 'string' },
  });
  const { EXPORT_FORMATS, exportGraph } = await import('../interchange/export');
  const output = await import('../interchange/output');
  const format = oneOf(values.format as string | undefined, EXPORT_FORMATS, 'format', 'json');
  const out = values.out as string | undefined;
  // The output path is checked before the data is loaded: a bad --out costs nothing.
  const multiple = format === 'csv';
  if (out) {
    if (multiple) output.prepareOutputDir(out, { replaceFiles: true });
    else output.prepareOutputFile(out);
  } else if (multiple)
    throw new UsageError(`cio-graph: --format ${format} writes several files; give --out DIR`);
  const graph = loadFromArgs(values.data as string[] | undefined);
  const files = exportGraph(graph, format, { dataset: (values.dataset as string | undefined) ?? 'default' });
  if (!out) {
    io.out(files[0]!.content);
    return 0;
  }
  if (multiple) io.err(`cio-graph: wrote ${output.writeFilesInto(out, files).join(', ')}`);
  else io.err(`cio-graph: wrote ${output.writeFileAtomically(out, files[0]!.content)}`);
  return 0;
}

async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    ...DATA_OPTION,
    format: { type: 'string' },
    out: { type: 'string' },
  });
  const { IMPORT_FORMATS, importNetwork } = await import('../interchange/import');
  if (positionals.length !== 1)
    throw new UsageError(
      'cio-graph: import takes one PATH (a file, or a folder with nodes.csv and edges.csv)',
    );
  const format = oneOf(values.format as string | undefined, IMPORT_FORMATS, 'format', 'csv');
  const out = values.out as string | undefined;
  if (!out) throw new UsageError('cio-graph: import needs --out DIR');
  const { prepareOutputDir } = await import('../interchange/output');
  prepareOutputDir(out);
  const data = values.data as string[] | undefined;
  const report = importNetwork(positionals[0]!, format, out, data?.length ? { baseDirs: data } : {});
  io.out(
    `cio-graph: imported ${report.nodes} nodes, ${report.edges} edges, ${report.documents} documents into ${report.out} (${report.files.join(', ')})`,
  );
  return 0;
}
