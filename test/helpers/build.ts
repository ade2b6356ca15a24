// Builds a small OrgGraph from in-memory records, through the same validation as real data.
import { buildGraph } from '../../src/model/load';
import type { OrgGraph } from '../../src/model/types';
import { validateDataFiles } from '../../src/model/validate';
import type { DataFile } from '../../src/model/validate';
import { formatIssue } from '../../src/model/errors';
import { SOURCES_FILE } from './fixtures';

export type Rec = Record<string, unknown>;

export function graphOf(nodes: Rec[], edges: Rec[] = []): OrgGraph {
  return graphOfFiles([SOURCES_FILE, { path: 'data/test.yaml', parsed: { nodes, edges } }]);
}

export function graphOfFiles(files: DataFile[]): OrgGraph {
  const result = validateDataFiles(files);
  if (!result.dataset) throw new Error(`test dataset invalid:\n${result.issues.map(formatIssue).join('\n')}`);
  return buildGraph(result.dataset);
}

const S = ['t'];
export const n = (id: string, kind: string, extra: Rec = {}): Rec => ({
  id,
  kind,
  name: id,
  sources: S,
  ...extra,
});
export const e = (kind: string, from: string, to: string, extra: Rec = {}): Rec => ({
  kind,
  from,
  to,
  sources: S,
  ...extra,
});
export const f = (value: unknown, extra: Rec = {}): Rec => ({ value, sources: S, ...extra });

/** A ministry with SG, CIO and (optionally) a CIO-office; the CIO's facts and position are parameters. */
export function ministry(
  m: string,
  opts: {
    underPsg?: boolean;
    inBr?: boolean | [boolean, boolean];
    explain?: string;
    covers?: string[];
    office?: boolean;
  } = {},
): { nodes: Rec[]; edges: Rec[] } {
  const facts: Rec = {};
  if (opts.inBr !== undefined) {
    facts.inBestuursraad = Array.isArray(opts.inBr)
      ? { claims: [f(opts.inBr[0], { sources: ['Tabel 1'] }), f(opts.inBr[1], { sources: ['factsheet'] })] }
      : f(opts.inBr);
  }
  if (opts.explain) {
    facts.explain = f(opts.explain);
    facts.explainCovers = f(opts.covers ?? ['3.1']);
  }
  const nodes = [
    n(m, 'ministry', { facts: { stelselVariant: f('single_cio') } }),
    n(`${m}/SG`, 'role', { type: 'SG' }),
    n(`${m}/pSG`, 'role', { type: 'pSG' }),
    n(`${m}/CIO`, 'role', { type: 'departmental_cio', facts }),
  ];
  const edges = [e('reports_to', `${m}/CIO`, opts.underPsg ? `${m}/pSG` : `${m}/SG`)];
  if (opts.office !== false) {
    nodes.push(n(`${m}/CIO-office`, 'organisation', { type: 'cio_office' }));
    edges.push(e('serves', `${m}/CIO-office`, `${m}/CIO`), e('part_of', `${m}/CIO-office`, m));
  }
  return { nodes, edges };
}
