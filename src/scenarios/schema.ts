// The scenario file: a name, a description and a list of operations on a copy of the graph.
// One zod schema, used by the CLI, the API and the viewer's upload alike.
import { z } from 'zod';
import { FACT_NAMES, NODE_ID_PATTERN } from '../model/schema';
import { BODY_LEVELS, EDGE_KINDS, NODE_KINDS, SNAPSHOTS } from '../model/vocabulary';

/**
 * The most operations one scenario may hold. The report's options take a handful; the bound keeps one
 * request's work small (besides the byte limit and the worker's time budget).
 */
export const MAX_OPERATIONS = 1000;

const Id = z.string().min(1).max(200);
/** A new node's id follows the dataset's id rule, so it can be exported and imported again. */
const NewId = Id.regex(NODE_ID_PATTERN, 'ids use letters, digits, . & _ - and /');
const FactValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);

export const OperationSchema = z.discriminatedUnion('op', [
  z.strictObject({
    op: z.literal('merge-bodies'),
    bodies: z.array(Id).min(1),
    into: Id,
    note: z.string().optional(),
  }),
  z.strictObject({ op: z.literal('remove-node'), id: Id, note: z.string().optional() }),
  z.strictObject({
    op: z.literal('add-node'),
    id: NewId,
    kind: z.enum(NODE_KINDS),
    type: z.string().optional(),
    name: z.string().min(1),
    abbreviation: z.string().optional(),
    level: z.enum(BODY_LEVELS).optional(),
    ministries: z.array(z.string()).optional(),
    note: z.string().optional(),
  }),
  z.strictObject({
    op: z.literal('add-edge'),
    kind: z.enum(EDGE_KINDS),
    from: Id,
    to: Id,
    id: Id.optional(),
    note: z.string().optional(),
  }),
  z.strictObject({
    op: z.literal('remove-edge'),
    id: Id.optional(),
    kind: z.enum(EDGE_KINDS).optional(),
    from: Id.optional(),
    to: Id.optional(),
    note: z.string().optional(),
  }),
  z.strictObject({ op: z.literal('set-reports-to'), role: Id, to: Id, note: z.string().optional() }),
  z.strictObject({
    op: z.literal('move-role'),
    role: Id,
    host: Id,
    placement: z.string().optional(),
    note: z.string().optional(),
  }),
  z.strictObject({ op: z.literal('set-chair'), body: Id, role: Id, note: z.string().optional() }),
  z.strictObject({ op: z.literal('add-membership'), role: Id, body: Id, note: z.string().optional() }),
  z.strictObject({ op: z.literal('remove-membership'), role: Id, body: Id, note: z.string().optional() }),
  z.strictObject({ op: z.literal('add-topic'), body: Id, topic: Id, note: z.string().optional() }),
  z.strictObject({ op: z.literal('remove-topic'), body: Id, topic: Id, note: z.string().optional() }),
  z.strictObject({
    op: z.literal('set-fact'),
    node: Id,
    // Only the model's fact names: a whitelist, so `__proto__` or `toString` never index an object.
    property: z.enum(FACT_NAMES),
    value: FactValue,
    note: z.string().optional(),
  }),
]);

export type Operation = z.infer<typeof OperationSchema>;
export const OPERATIONS = OperationSchema.options.map((o) => o.shape.op.value);

export const ScenarioSchema = z.strictObject({
  name: z.string().min(1).max(200),
  description: z.string().max(5000).default(''),
  /** The snapshot the scenario changes and is compared in. */
  snapshot: z.enum(SNAPSHOTS).default('2024'),
  /** Where in the report the option comes from, when it does. */
  source: z.strictObject({ locator: z.string().min(1), excerpt: z.string().optional() }).optional(),
  operations: z.array(OperationSchema).max(MAX_OPERATIONS),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
