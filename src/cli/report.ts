// `cio-graph report`: a factsheet per ministry or the stelsel report, as HTML, PDF or Markdown.
import { writeFileSync } from 'node:fs';
import { SNAPSHOTS } from '../model/vocabulary';
import { REPORT_FORMATS, renderReport } from '../reports';
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
  const graph = loadFromArgs(values.data as string[] | undefined);
  const file = await renderReport(graph, {
    target: ministry ?? 'stelsel',
    format,
    lang,
    snapshot,
    ...(values.date ? { generated: values.date as string } : {}),
  });
  if (!out) {
    io.out(String(file.content));
    return 0;
  }
  writeFileSync(out, file.content);
  io.err(`cio-graph: wrote ${out}`);
  return 0;
}
