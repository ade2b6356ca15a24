// A report at a workspace version: the graph of that version, its fingerprint, and the change records
// up to it, so every statement traces either to the report (its own footnotes) or to a dated edit.
// The edits' own statements already carry the change on their source (workspace/apply stamps it);
// this section lists the edits themselves with their reasons and sources, and the footer names the
// version and its fingerprint.
import { z } from 'zod';
import type { Lang } from '../analyses/types';
import type { OrgGraph } from '../model/types';
import { changeSources } from '../workspace/apply';
import { ChangeSourceSchema, IsoDate } from '../workspace/schema';
import type { Workspace } from '../workspace/workspace';
import { tr } from './i18n';
import type { Block, Inline } from './model';
import { cite } from './model';

/** What a report needs of one change record (plain data, so it crosses into a worker thread). */
export const ReportChangeSchema = z.strictObject({
  version: z.number().int().min(1),
  kind: z.enum(['change', 'revert']),
  reverts: z.number().int().min(1).optional(),
  author: z.string().min(1),
  at: z.string().min(1),
  validFrom: IsoDate,
  reason: z.string().min(1),
  sources: z.array(ChangeSourceSchema),
  touched: z.array(z.string()),
});
export type ReportChange = z.infer<typeof ReportChangeSchema>;

export const ReportWorkspaceSchema = z.strictObject({
  version: z.number().int().min(0),
  /** The workspace fingerprint of that version (`cio-graph changes list`, GET /api/changes). */
  fingerprint: z.string().min(1),
  /** Every record up to and including the version, oldest first. */
  changes: z.array(ReportChangeSchema),
});
export type ReportWorkspace = z.infer<typeof ReportWorkspaceSchema>;

/** The graph of a workspace version and what the report says about it. Throws ChangeNotFoundError. */
export function workspaceAt(ws: Workspace, version: number): { graph: OrgGraph; workspace: ReportWorkspace } {
  const graph = ws.graphAt(version);
  const changes = ws.records.slice(0, version).map((r): ReportChange => ({
    version: r.version,
    kind: r.kind,
    ...(r.reverts !== undefined ? { reverts: r.reverts } : {}),
    author: r.author,
    at: r.at,
    validFrom: r.validFrom,
    reason: r.reason,
    sources: r.sources,
    touched: r.touched,
  }));
  const fingerprint = version === 0 ? ws.baseFingerprint : ws.record(version).fingerprint;
  return { graph, workspace: { version, fingerprint, changes } };
}

/**
 * The section on the edits: each change that touched the report's subject (a factsheet: nodes of the
 * ministry; the stelsel report: all), with author, commit date, validity and its cited sources.
 */
export function workspaceBlocks(
  workspace: ReportWorkspace | undefined,
  touches: (node: string) => boolean,
  lang: Lang,
): Block[] {
  if (!workspace || workspace.version === 0) return [];
  const relevant = workspace.changes.filter((c) => c.touched.some(touches));
  const items = relevant.map((c): Inline[] => {
    const vars = { v: c.version, a: c.author, d: c.at.slice(0, 10), f: c.validFrom, r: c.reason };
    const text =
      c.kind === 'revert'
        ? tr(lang, 'workspaceRevert', { ...vars, t: c.reverts ?? '?' })
        : tr(lang, 'workspaceEntry', vars);
    return [text, ...cite(changeSources(c))];
  });
  return [
    { type: 'heading', level: 2, id: 'werkruimte', text: tr(lang, 'workspace') },
    { type: 'paragraph', content: [tr(lang, 'workspaceIntro', { v: workspace.version })] },
    items.length
      ? { type: 'list', items }
      : {
          type: 'paragraph',
          content: [tr(lang, 'workspaceNone', { n: workspace.changes.length, v: workspace.version })],
        },
  ];
}
