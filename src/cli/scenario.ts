// `cio-graph scenario FILE`: apply a what-if scenario to a copy of the graph, run every analysis
// before and after, print the difference. `cio-graph diff --from 2021 --to 2024`: what the report
// says changed between the snapshots.
import { snapshotDiff } from '../analyses/snapshot-diff';
import { EXPORT_FORMATS, exportGraph } from '../interchange/export';
import {
  prepareOutputDir,
  prepareOutputFile,
  writeFileAtomically,
  writeFilesInto,
} from '../interchange/output';
import type { SnapshotChange } from '../analyses/snapshot-diff';
import { DatasetValidationError } from '../model/errors';
import { validateDataDirs } from '../model/load';
import { SNAPSHOTS } from '../model/vocabulary';
import { runScenario } from '../scenarios/diff';
import type { FindingsDiff, ScenarioResult } from '../scenarios/diff';
import { readScenarioFile } from '../scenarios/load';
import { BACKENDS, openStore } from '../store';
import type { Backend } from '../store';
import { NEO4J_OPTIONS, neo4jFlags } from './load';
import type { Io } from './main';
import { DATA_OPTION, UsageError, dataDirsOf, loadFromArgs, oneOf, parse } from './main';
import type { Lang } from '../model/text';
import { locators, renderValue, textTable } from '../model/text';

export async function scenarioCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    ...DATA_OPTION,
    ...NEO4J_OPTIONS,
    format: { type: 'string' },
    lang: { type: 'string' },
    backend: { type: 'string' },
    export: { type: 'string' },
    out: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError('cio-graph: scenario takes one scenario file');
  const exportFormat =
    values.export === undefined
      ? undefined
      : oneOf(values.export as string, EXPORT_FORMATS, 'export', 'json');
  const exportOut = values.out as string | undefined;
  if (exportFormat && !exportOut) throw new UsageError('cio-graph: --export needs --out PATH');
  // The output path is checked before the scenario runs: a bad --out costs nothing.
  const multiple = exportFormat === 'csv';
  if (exportOut) {
    if (multiple) prepareOutputDir(exportOut, { replaceFiles: true });
    else prepareOutputFile(exportOut);
  }
  const format = oneOf(values.format as string | undefined, ['table', 'json'] as const, 'format', 'table');
  const lang = oneOf<Lang>(values.lang as string | undefined, ['nl', 'en'], 'lang', 'nl');
  const backend = oneOf<Backend>(values.backend as string | undefined, BACKENDS, 'backend', 'memory');
  // The scenario is read and checked before any store is opened.
  const scenario = readScenarioFile(positionals[0]!);
  let dataset;
  if (backend === 'memory') {
    const validated = validateDataDirs(dataDirsOf(values.data as string[] | undefined));
    if (!validated.dataset) throw new DatasetValidationError(validated.issues);
    dataset = validated.dataset;
  }
  const store = await openStore(backend, dataset, backend === 'neo4j' ? neo4jFlags(values) : {});
  try {
    const base = await store.readGraph();
    const { graph: after, changes: _changes, ...result } = runScenario(base, scenario, positionals[0]);
    if (format === 'json') io.out(JSON.stringify(result, null, 2));
    else io.out(renderScenario(result, lang));
    if (exportFormat) {
      // The graph after the scenario, for Gephi or NetworkX; what the scenario added is sourced as such.
      const files = exportGraph(after, exportFormat);
      if (multiple) writeFilesInto(exportOut!, files);
      else writeFileAtomically(exportOut!, files[0]!.content);
      io.err(`cio-graph: wrote the graph after the scenario to ${exportOut}`);
    }
  } finally {
    await store.close();
  }
  return 0;
}

function section<T>(title: string, diff: FindingsDiff<T>, describe: (x: T) => string): string[] {
  const lines = [`## ${title}: +${diff.added.length} −${diff.removed.length} ~${diff.changed.length}`];
  for (const x of diff.added) lines.push(`  + ${describe(x)}`);
  for (const x of diff.removed) lines.push(`  − ${describe(x)}`);
  for (const c of diff.changed) lines.push(`  ~ ${describe(c.before)}  →  ${describe(c.after)}`);
  return lines;
}

export function renderScenario(result: Omit<ScenarioResult, 'changes'>, lang: Lang): string {
  const { scenario, diff } = result;
  const nl = lang === 'nl';
  const out = [
    `# ${scenario.name}`,
    scenario.description,
    `${nl ? 'Peilmoment' : 'Snapshot'} ${scenario.snapshot}, ${scenario.operations} ${nl ? 'operaties' : 'operations'}`,
    '',
    ...section(
      nl ? 'Afwijkingen' : 'Deviations',
      diff.deviations,
      (f) => `art. ${f.article} ${f.subject}: ${f.status} (${f.actual})`,
    ),
    ...section(
      nl ? 'Overlap gremia' : 'Gremia overlap',
      diff.overlap,
      (p) => `${p.a} ↔ ${p.b} ${p.score.toFixed(3)}${p.reported ? ' (rapport)' : ''}`,
    ),
    ...section(
      nl ? 'CxO-versnippering' : 'CxO fragmentation',
      diff.fragmentation,
      (f) => `${f.ministry} ${f.index.toFixed(3)}`,
    ),
    ...section(
      nl ? 'Centraliteit gremia' : 'Centrality of bodies',
      diff.centrality,
      (n) => `${n.id} ${nl ? 'graad' : 'degree'} ${n.degree}, betweenness ${n.betweenness.toFixed(4)}`,
    ),
    '',
    `## ${nl ? 'Structuur' : 'Structure'}`,
  ];
  const { before, after } = diff.structure;
  const rows = [
    [nl ? 'gremia' : 'bodies', String(before.bodies), String(after.bodies)],
    [nl ? 'lidmaatschappen' : 'memberships', String(before.memberships), String(after.memberships)],
    ...Object.keys({ ...before.meetingsPerCio, ...after.meetingsPerCio })
      .sort()
      .filter((cio) => before.meetingsPerCio[cio] !== after.meetingsPerCio[cio])
      .map((cio) => [
        `${nl ? 'overleggen' : 'meetings'} ${cio}`,
        String(before.meetingsPerCio[cio] ?? 0),
        String(after.meetingsPerCio[cio] ?? 0),
      ]),
  ];
  out.push(textTable([nl ? 'Telling' : 'Count', nl ? 'Voor' : 'Before', nl ? 'Na' : 'After'], rows));
  return out.join('\n');
}

export function diffCommand(args: string[], io: Io): number {
  const { values } = parse(args, {
    ...DATA_OPTION,
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
  });
  const from = oneOf(values.from as string | undefined, SNAPSHOTS, 'from', '2021');
  const to = oneOf(values.to as string | undefined, SNAPSHOTS, 'to', '2024');
  const format = oneOf(values.format as string | undefined, ['table', 'json'] as const, 'format', 'table');
  const lang = oneOf<Lang>(values.lang as string | undefined, ['nl', 'en'], 'lang', 'nl');
  const diff = snapshotDiff(loadFromArgs(values.data as string[] | undefined), from, to);
  if (format === 'json') {
    io.out(JSON.stringify({ from: diff.from, to: diff.to, changes: diff.changes }, null, 2));
    return 0;
  }
  const show = (v: SnapshotChange['from']) =>
    v !== null && typeof v === 'object' && 'contested' in v
      ? `${lang === 'nl' ? 'BETWIST' : 'CONTESTED'}: ${v.values.map((x) => renderValue(x, lang)).join(' vs ')}`
      : renderValue(v as never, lang);
  io.out(
    textTable(
      lang === 'nl'
        ? ['Onderwerp', 'Eigenschap', from, to, 'Bronnen']
        : ['Subject', 'Property', from, to, 'Sources'],
      diff.changes.map((c) => [c.subject, c.property, show(c.from), show(c.to), locators(c.sources)]),
    ),
  );
  return 0;
}
