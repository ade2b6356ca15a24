// Runtime schema of every record on disk (zod). The TypeScript types in ./types describe the loaded
// graph; these schemas describe the human-edited YAML and are the first gate of validation.
import { z } from 'zod';
import {
  BODY_LEVELS,
  BODY_TYPES,
  CHAIR_SEATS,
  EDGE_KINDS,
  EXPLAIN_STATUSES,
  MEMBER_SEATS,
  MEMBER_VOTES,
  NODE_KINDS,
  ORGANISATION_TYPES,
  OVERLAP_NATURES,
  PLACEMENTS,
  RECOMMENDATION_TYPES,
  ROLE_TYPES,
  SAID_BY_PATTERN,
  SNAPSHOTS,
  STATEMENT_TYPES,
  TOPIC_TYPES,
} from './vocabulary';
import type { NodeKind } from './vocabulary';

export const MAX_EXCERPT_LENGTH = 200;

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** `"Tabel 1"` is shorthand for `{ locator: "Tabel 1" }` in the default document. */
export const SourceRefInput = z.union([
  nonEmpty,
  z.strictObject({
    ref: nonEmpty.optional(),
    locator: nonEmpty,
    excerpt: nonEmpty
      .max(MAX_EXCERPT_LENGTH, `an excerpt is at most ${MAX_EXCERPT_LENGTH} characters`)
      .optional(),
  }),
]);
export type SourceRefInput = z.infer<typeof SourceRefInput>;

const Sources = z.array(SourceRefInput).min(1, 'every fact needs at least one source');

const Snapshot = z.enum(SNAPSHOTS);
const FactValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);

export const ClaimInput = z.strictObject({
  value: FactValueSchema,
  sources: Sources,
  validIn: z.array(Snapshot).min(1).optional(),
  note: nonEmpty.optional(),
});
export type ClaimInput = z.infer<typeof ClaimInput>;

export const FactInput = z.union([ClaimInput, z.strictObject({ claims: z.array(ClaimInput).min(1) })]);
export type FactInput = z.infer<typeof FactInput>;

/** Which node kinds (optionally `kind:type`) may carry each fact, and the schema of its value. */
export const FACT_SPECS: Record<string, { on: string[]; value: z.ZodType }> = {
  function: { on: ['role'], value: z.string() },
  fulltime: { on: ['role'], value: z.boolean() },
  timeShare: { on: ['role'], value: z.string() },
  inBestuursraad: { on: ['role'], value: z.boolean() },
  selfAgenda: { on: ['role'], value: z.boolean() },
  directlyUnderSg: { on: ['role'], value: z.boolean() },
  explain: { on: ['role'], value: z.enum(EXPLAIN_STATUSES) },
  explainCovers: { on: ['role'], value: z.array(z.string()) },
  present: { on: ['role'], value: z.boolean() },
  placement: { on: ['role'], value: z.enum(PLACEMENTS) },
  formallyEmbedded: { on: ['role'], value: z.boolean() },
  isHeadOfCioOffice: { on: ['role'], value: z.boolean() },
  involvedInCioAppointments: { on: ['role'], value: z.enum(['always', 'not_always']) },
  managesIctDashboard: { on: ['role'], value: z.boolean() },
  appointedByMinisterBzk: { on: ['role'], value: z.boolean() },
  fte: { on: ['organisation', 'role'], value: z.string() },
  status: {
    on: ['body', 'role', 'organisation'],
    value: z.enum(['active', 'in_development', 'planned', 'not_functioning_well']),
  },
  isVoorportaal: { on: ['body'], value: z.boolean() },
  formalised: { on: ['body'], value: z.boolean() },
  mandate: { on: ['body'], value: z.string() },
  maxMembers: { on: ['body'], value: z.number().int().positive() },
  /** The report's own wording ("maandelijks", "1x per 2 weken"); src/model/frequency.ts reads it. */
  meetingFrequency: { on: ['body'], value: z.string() },
  /** A body's name spelled out as the report writes it, where the report spells it out differently. */
  fullName: { on: ['body'], value: z.string() },
  /** Who may take part in a body, in the report's words. */
  memberCategories: { on: ['body'], value: z.array(z.string()) },
  /** The vision document a body works from, as the report names it. */
  guidingVision: { on: ['body'], value: z.string() },
  /** How often the I-strategie's progress is discussed in a body, as the report characterises it. */
  iStrategyProgressDiscussion: { on: ['body'], value: z.enum(['cyclically', 'rarely']) },
  centralDepartmentalOffice: { on: ['organisation'], value: z.boolean() },
  stelselVariant: { on: ['ministry'], value: z.enum(['concern_role', 'core_plus_stelsel', 'single_cio']) },
};

const FactsInput = z.record(z.string(), FactInput);

/** Node ids: readable, and never a name from Object.prototype (`__proto__`, `constructor` start otherwise). */
export const NODE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9.&_\-/]*$/;

const common = {
  id: nonEmpty.regex(NODE_ID_PATTERN, 'ids use letters, digits, . & _ - and /'),
  name: nonEmpty,
  nameEn: nonEmpty.optional(),
  abbreviation: nonEmpty.optional(),
  sources: Sources,
  facts: FactsInput.optional(),
};

export const NodeInput = z.discriminatedUnion('kind', [
  z.strictObject({ ...common, kind: z.literal('ministry') }),
  z.strictObject({ ...common, kind: z.literal('organisation'), type: z.enum(ORGANISATION_TYPES) }),
  z.strictObject({ ...common, kind: z.literal('role'), type: z.enum(ROLE_TYPES) }),
  z.strictObject({
    ...common,
    kind: z.literal('body'),
    type: z.enum(BODY_TYPES),
    level: z.enum(BODY_LEVELS).optional(),
  }),
  z.strictObject({ ...common, kind: z.literal('topic'), type: z.enum(TOPIC_TYPES) }),
  z.strictObject({ ...common, kind: z.literal('norm'), article: nonEmpty }),
  // What the report says about the stelsel (overlap, double agendering), linked by `concerns` edges
  // to every body and topic it names: one record per statement, however many bodies it names.
  z.strictObject({
    ...common,
    kind: z.literal('statement'),
    type: z.enum(STATEMENT_TYPES),
    saidBy: nonEmpty.regex(
      SAID_BY_PATTERN,
      'saidBy is adr, interviewees, cio_rijk, management_response or ministry:<CODE>',
    ),
  }),
  // What the report advises or management answers; never a current relation of the stelsel.
  z.strictObject({
    ...common,
    kind: z.literal('recommendation'),
    type: z.enum(RECOMMENDATION_TYPES),
    note: nonEmpty.optional(),
  }),
]);
export type NodeInput = z.infer<typeof NodeInput>;

export const EdgeInput = z.strictObject({
  id: nonEmpty.optional(),
  kind: z.enum(EDGE_KINDS),
  from: nonEmpty,
  to: nonEmpty,
  sources: Sources,
  validIn: z.array(Snapshot).min(1).optional(),
  claimGroup: nonEmpty.optional(),
  vote: z.enum(MEMBER_VOTES).optional(),
  seat: z.enum([...MEMBER_SEATS, ...CHAIR_SEATS]).optional(),
  nature: z.enum(OVERLAP_NATURES).optional(),
  note: nonEmpty.optional(),
});
export type EdgeInput = z.infer<typeof EdgeInput>;

/** A data file: any mix of node and edge records. Records are checked one by one so every error is located. */
export const DataFileShape = z.strictObject({
  nodes: z.array(z.unknown()).optional(),
  edges: z.array(z.unknown()).optional(),
});

export const DocumentInput = z.strictObject({
  id: nonEmpty,
  title: nonEmpty,
  author: nonEmpty,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date is YYYY-MM-DD'),
  kenmerk: nonEmpty.optional(),
  file: nonEmpty.optional(),
  default: z.boolean().optional(),
});
export type DocumentInput = z.infer<typeof DocumentInput>;

export const SourcesFileShape = z.strictObject({ documents: z.array(z.unknown()).min(1) });

/** The fact names, the only property names a fact may have (a whitelist: never `__proto__` or `toString`). */
export const FACT_NAMES = Object.keys(FACT_SPECS) as [string, ...string[]];

/** The spec of a fact, looked up as an own property only, so `constructor` is not a fact. */
export function factSpec(fact: string): { on: string[]; value: z.ZodType } | undefined {
  return Object.hasOwn(FACT_SPECS, fact) ? FACT_SPECS[fact] : undefined;
}

export function factAllowedOn(fact: string, kind: NodeKind, type: string | undefined): boolean {
  const spec = factSpec(fact);
  if (!spec) return false;
  return spec.on.includes(kind) || (type !== undefined && spec.on.includes(`${kind}:${type}`));
}

export { NODE_KINDS };
