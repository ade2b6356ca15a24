// The compact form of the graph (GET /api/graph/compact): what the level-of-detail viewer draws and
// nothing more, as parallel arrays of indexes instead of one object per node and edge with repeated
// keys. Kinds, types, levels and ministries are sent once as tables; a node's `kind[i]` is an index
// into `kinds`, `-1` means "none". Edges refer to nodes by their index in `nodes.id` and carry only
// their kind, for the snapshot asked for. Details (facts, sources, neighbours) come per node from
// GET /api/nodes/{id}. The viewer takes its type from this schema, so a change of shape breaks
// `npm run typecheck` of the viewer instead of the page.
import { z } from 'zod';
import { BODY_LEVELS, EDGE_KINDS, NODE_KINDS, SNAPSHOTS } from '../model/vocabulary';

const index = z.number().int().min(-1);

export const CompactGraphResponse = z.object({
  form: z.literal('compact'),
  version: z.literal(1),
  snapshot: z.enum(SNAPSHOTS),
  kinds: z.array(z.enum(NODE_KINDS)),
  types: z.array(z.string()),
  levels: z.array(z.enum(BODY_LEVELS)),
  ministries: z.array(z.string()),
  edgeKinds: z.array(z.enum(EDGE_KINDS)),
  nodes: z.object({
    id: z.array(z.string()),
    /** What the viewer writes beside the node: the abbreviation where it differs from the name, else the name. */
    label: z.array(z.string()),
    kind: z.array(index),
    type: z.array(index),
    level: z.array(index),
    /** The first ministry the node belongs to (its column); -1 for the Rijk level. */
    ministry: z.array(index),
  }),
  edges: z.object({
    source: z.array(index),
    target: z.array(index),
    kind: z.array(index),
  }),
});

export type CompactGraph = z.infer<typeof CompactGraphResponse>;
