// `cio-graph analyse <id|all>`: runs analyses from the registry and prints them as a table, JSON or CSV.
import { ANALYSES, coerceParameters, getAnalysis } from '../analyses/registry';
import { BACKENDS, Neo4jStore } from '../store';
import type { Backend, GraphStore } from '../store';
import { MemoryStore } from '../store/memory';
import { validateDataDirs } from '../model/load';
import { DatasetValidationError } from '../model/errors';
import { NEO4J_OPTIONS, neo4jFlags } from './load';
import type { Lang } from '../analyses/types';
import type { Io } from './main';
import { DATA_OPTION, UsageError, dataDirsOf, oneOf, parse } from './main';
import { plainText } from '../model/labels';
import { textTable } from '../model/text';
import { analysisCsv } from '../analyses/csv';

export async function analyseCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, {
    ...DATA_OPTION,
    format: { type: 'string' },
    lang: { type: 'string' },
    param: { type: 'string', multiple: true },
    snapshot: { type: 'string' },
    list: { type: 'boolean' },
    top: { type: 'string' },
    backend: { type: 'string' },
    ...NEO4J_OPTIONS,
  });
  const lang = oneOf<Lang>(values.lang as string | undefined, ['nl', 'en'], 'lang', 'nl');
  if (values.list) {
    for (const a of ANALYSES) io.out(`${a.id.padEnd(15)} ${a.title[lang]}`);
    return 0;
  }
  const id = positionals[0];
  if (!id || positionals.length > 1)
    throw new UsageError('cio-graph: analyse takes one analysis id or "all"');
  const format = oneOf(
    values.format as string | undefined,
    ['table', 'json', 'csv'] as const,
    'format',
    'table',
  );
  const top = values.top === undefined ? Infinity : Number(values.top);
  if (!(top >= 1) || (values.top !== undefined && !Number.isInteger(top)))
    throw new UsageError('cio-graph: --top takes a positive whole number');
  const ids = id === 'all' ? ANALYSES.map((a) => a.id) : [getAnalysis(id).id];

  const raw: Record<string, string> = {};
  for (const p of (values.param as string[] | undefined) ?? []) {
    const eq = p.indexOf('=');
    if (eq <= 0) throw new UsageError(`cio-graph: --param takes key=value (got '${p}')`);
    raw[p.slice(0, eq)] = p.slice(eq + 1);
  }
  if (values.snapshot !== undefined) raw.snapshot = values.snapshot as string;

  const backend = oneOf<Backend>(values.backend as string | undefined, BACKENDS, 'backend', 'memory');
  const params = ids.map((analysisId) => {
    const analysis = getAnalysis(analysisId);
    // With `all`, a parameter applies to the analyses that declare it.
    const own = Object.fromEntries(
      Object.entries(raw).filter(([k]) => id !== 'all' || analysis.parameters.some((p) => p.id === k)),
    );
    return coerceParameters(analysis, own);
  });
  let store: GraphStore;
  if (backend === 'memory') {
    const result = validateDataDirs(dataDirsOf(values.data as string[] | undefined));
    if (!result.dataset) throw new DatasetValidationError(result.issues);
    store = new MemoryStore();
    await store.load(result.dataset);
  } else {
    store = await new Neo4jStore(neo4jFlags(values)).connect();
  }
  const outputs: Record<string, unknown> = {};
  try {
    for (const [i, analysisId] of ids.entries())
      outputs[analysisId] = await store.runAnalysis(analysisId, params[i]);
  } finally {
    await store.close();
  }

  if (format === 'json') {
    io.out(JSON.stringify(id === 'all' ? outputs : outputs[ids[0]!], null, 2));
    return 0;
  }
  const blocks: string[] = [];
  for (const analysisId of ids) {
    const analysis = getAnalysis(analysisId);
    if (format === 'csv') {
      blocks.push(analysisCsv(analysis, outputs[analysisId], lang, ids.length > 1));
    } else {
      const { sections = [], ...table } = analysis.tabulate(outputs[analysisId], lang);
      // The table is for people: code values in it read as words (JSON and CSV keep the codes).
      const shown = (headers: string[], rows: string[][]) => {
        const more = rows.length - Math.min(rows.length, top);
        const tail =
          more > 0
            ? `
… ${more} ${lang === 'nl' ? 'rijen meer (zie --format json)' : 'more rows (see --format json)'}`
            : '';
        const cells = rows.slice(0, top).map((row) => row.map((cell) => plainText(cell, lang)));
        return `${textTable(headers, cells)}${tail}`;
      };
      blocks.push(`== ${analysis.title[lang]} (${analysisId}) ==
${shown(table.headers, table.rows)}`);
      for (const s of sections)
        blocks.push(`-- ${s.title} --
${shown(s.headers, s.rows)}`);
    }
  }
  io.out(blocks.join('\n\n'));
  return 0;
}
