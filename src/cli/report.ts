// `cio-graph report`: a factsheet per ministry or the stelsel report, as HTML, PDF or Markdown; from
// the dataset (the report's picture), or with --version N --workspace DIR from a workspace version,
// where the edits' statements carry the change as their footnote and the footer names the version.
import { writeFileSync } from 'node:fs';
import { SNAPSHOTS } from '../model/vocabulary';
import { REPORT_FORMATS, renderReport, workspaceAt } from '../reports';
import type { ReportFile, ReportRequest } from '../reports';
import type { Io } from './main';
import { DATA_OPTION, UsageError, loadFromArgs, oneOf, parse } from './main';

export async function reportCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    ...DATA_OPTION,
    ministry: { type: 'string' },
    stelsel: { type: 'boolean' },
    format: { type: 'string' },
    lang: { type: 'string' },
    snapshot: { type: 'string' },
    version: { type: 'string' },
    workspace: { type: 'string' },
    out: { type: 'string' },
    date: { type: 'string' },
  });
  const ministry = values.ministry as string | undefined;
  if (Boolean(ministry) === Boolean(values.stelsel))
    throw new UsageError('cio-graph: report takes exactly one of --ministry CODE or --stelsel');
  const format = oneOf(values.format as string | undefined, REPORT_FORMATS, 'format', 'html');
  const lang = oneOf(values.lang as string | undefined, ['nl', 'en'] as const, 'lang', 'nl');
  const snapshot = oneOf(values.snapshot as string | undefined, SNAPSHOTS, 'snapshot', '2024');
  const out = values.out as string | undefined;
  if (format === 'pdf' && !out) throw new UsageError('cio-graph: --format pdf needs --out PATH');
  const version = parseVersion(values.version as string | undefined, values.workspace as string | undefined);
  if (version !== undefined && values.snapshot !== undefined && snapshot !== '2024')
    throw new UsageError(
      `cio-graph: --version edits the 2024 picture; --snapshot ${snapshot} is the report's own and has no versions (give one of them)`,
    );
  const request: ReportRequest = {
    target: ministry ?? 'stelsel',
    format,
    lang,
    snapshot,
    ...(values.date ? { generated: values.date as string } : {}),
  };
  let file: ReportFile;
  if (version === undefined)
    file = await renderReport(loadFromArgs(values.data as string[] | undefined), request);
  else {
    const { openLocal } = await import('./changes');
    const { ws, close } = await openLocal(values.workspace as string, values.data as string[] | undefined);
    try {
      const { graph, workspace } = workspaceAt(ws, version);
      file = await renderReport(graph, { ...request, workspace });
    } finally {
      await close();
    }
  }
  if (!out) {
    io.out(String(file.content));
    return 0;
  }
  writeFileSync(out, file.content);
  io.err(`cio-graph: wrote ${out}`);
  return 0;
}

function parseVersion(raw: string | undefined, workspace: string | undefined): number | undefined {
  if (raw === undefined) {
    if (workspace !== undefined) throw new UsageError('cio-graph: --workspace DIR goes with --version N');
    return undefined;
  }
  const version = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(version))
    throw new UsageError(`cio-graph: --version takes a version number (0 = the dataset), not '${raw}'`);
  if (workspace === undefined) throw new UsageError('cio-graph: --version N needs --workspace DIR');
  return version;
}
