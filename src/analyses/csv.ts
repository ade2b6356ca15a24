// An analysis's output as CSV in one language: its table, then each further section under a `# id.n`
// heading. `cio-graph analyse ID --format csv --lang` and `GET /api/analyses/ID?format=csv&lang=` both
// print this, so the two cannot drift apart.
import { csvTable } from '../model/text';
import type { Lang } from '../model/text';
import type { AnalysisDescriptor } from './descriptor';

/** `heading`: also name the first table (several analyses in one file, or sections after it). */
export function analysisCsv(
  analysis: AnalysisDescriptor<unknown>,
  output: unknown,
  lang: Lang,
  heading = false,
): string {
  const { sections = [], ...table } = analysis.tabulate(output, lang);
  return [
    heading || sections.length
      ? `# ${analysis.id}\n${csvTable(table.headers, table.rows)}`
      : csvTable(table.headers, table.rows),
    ...sections.map((s, i) => `# ${analysis.id}.${i + 1}\n${csvTable(s.headers, s.rows)}`),
  ].join('\n\n');
}
