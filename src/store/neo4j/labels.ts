// The whitelist of the Neo4j storage model: one label per node kind, one relationship type per edge
// kind. Cypher cannot take labels or types as parameters, so these are the only ones ever written.
import { EDGE_KINDS } from '../../model/vocabulary';
import type { EdgeKind, NodeKind } from '../../model/vocabulary';

export const NODE_LABELS: Record<NodeKind, string> = {
  ministry: 'Ministry',
  organisation: 'Organisation',
  role: 'Role',
  body: 'Body',
  topic: 'Topic',
  norm: 'Norm',
  statement: 'Statement',
  recommendation: 'Recommendation',
};

export const RELATIONSHIP_TYPES = Object.fromEntries(EDGE_KINDS.map((k) => [k, k.toUpperCase()])) as Record<
  EdgeKind,
  string
>;
