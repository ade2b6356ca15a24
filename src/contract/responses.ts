// The API's response contract, shared by the server and the viewer. The server passes what it sends
// through `respond(schema, value)` (a compile-time check: the value must fit the schema), the viewer
// takes its types from `z.infer` of the same schemas, and the API tests parse real responses with
// them. So a response that changes shape breaks `npm run typecheck` (or the API tests), not the page.
// Analysis outputs are typed by the analyses' own result types (the registry's output schemas
// validate them at run time in the API tests).
import type { SerializedGraph } from 'graphology-types';
import { z } from 'zod';
import type { CentralityResult } from '../analyses/centrality';
import type { Contradiction } from '../analyses/contradictions';
import type { FragmentationResult } from '../analyses/fragmentation';
import type { OverlapResult } from '../analyses/overlap';
import type { DeviationFinding } from '../analyses/rules';
import type { SnapshotDiff } from '../analyses/snapshot-diff';
import type { OrgEdgeAttributes, OrgNodeAttributes, SourceDocument } from '../model/types';
import { EDGE_KINDS, SNAPSHOTS } from '../model/vocabulary';
import type { ScenarioDiff } from '../scenarios/diff';

/** Identity at run time; at compile time the value must fit the response schema. */
export function respond<S extends z.ZodType>(_schema: S, value: z.input<S>): z.input<S> {
  return value;
}

const object = <T>() => z.custom<T>((v) => typeof v === 'object' && v !== null);

export const SourceRefSchema = z.object({
  doc: z.string(),
  locator: z.string(),
  excerpt: z.string().optional(),
});
const FactValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
export const ResolvedFactSchema = z.union([
  z.object({ value: FactValueSchema, sources: z.array(SourceRefSchema) }),
  z.object({
    contested: z.literal(true),
    claims: z.array(z.object({ value: FactValueSchema, sources: z.array(SourceRefSchema) })),
  }),
]);

export const GraphResponse = object<SerializedGraph<OrgNodeAttributes, OrgEdgeAttributes>>();

export const NodeDetailResponse = z.object({
  id: z.string(),
  attributes: object<OrgNodeAttributes>(),
  resolved: z.record(z.string(), ResolvedFactSchema.nullable()),
  neighbours: z.array(
    z.object({
      edge: z.string(),
      kind: z.enum(EDGE_KINDS),
      direction: z.enum(['out', 'in']),
      node: z.string(),
      name: z.string(),
      validIn: z.array(z.enum(SNAPSHOTS)),
      sources: z.array(SourceRefSchema),
    }),
  ),
});

export const ScenarioSummaryResponse = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  snapshot: z.enum(SNAPSHOTS),
  source: z.object({ locator: z.string(), excerpt: z.string().optional() }).nullable(),
  operations: z.number().int().nonnegative(),
});
export const ScenarioListResponse = z.array(ScenarioSummaryResponse);

export const ScenarioChangesSchema = z.object({
  addedNodes: z.array(z.string()),
  removedNodes: z.array(z.string()),
  addedEdges: z.array(z.string()),
  removedEdges: z.array(z.string()),
  changedNodes: z.array(z.string()),
});

export const ScenarioResultResponse = z.object({
  scenario: z.object({
    name: z.string(),
    description: z.string(),
    snapshot: z.enum(SNAPSHOTS),
    operations: z.number().int().nonnegative(),
  }),
  diff: object<ScenarioDiff>(),
  changes: ScenarioChangesSchema,
  graph: GraphResponse,
});

export const SourceResponse = z.object({
  document: object<SourceDocument>(),
  citations: z.array(z.object({ locator: z.string(), count: z.number().int().positive() })),
  passage: z.object({ found: z.boolean(), text: z.string().optional() }).optional(),
});

export const SnapshotDiffResponse = object<SnapshotDiff>();

/** What each analysis endpoint answers, by analysis id; `changes` is `/api/diff`. */
export interface AnalysisOutputs {
  changes: SnapshotDiff;
  deviations: DeviationFinding[];
  overlap: OverlapResult;
  fragmentation: FragmentationResult[];
  centrality: CentralityResult;
  contradictions: Contradiction[];
}

export type GraphJson = z.infer<typeof GraphResponse>;
export type NodeDetail = z.infer<typeof NodeDetailResponse>;
export type ResolvedFact = z.infer<typeof ResolvedFactSchema>;
export type ScenarioSummary = z.infer<typeof ScenarioSummaryResponse>;
export type ScenarioResult = z.infer<typeof ScenarioResultResponse>;
export type SourceResponse = z.infer<typeof SourceResponse>;
