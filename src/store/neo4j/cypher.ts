// The Cypher of the Neo4j store, read from cypher/*.cypher once and exposed as named constants.
// Labels and relationship types cannot be parameters: they are substituted only from the whitelist.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EDGE_KINDS, NODE_KINDS } from '../../model/vocabulary';
import { NODE_LABELS, RELATIONSHIP_TYPES } from './labels';
import { CLAIM_PROPERTIES, EDGE_PROPERTIES, NODE_PROPERTIES } from './rows';
import type { EdgeKind, NodeKind } from '../../model/vocabulary';

const CYPHER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../cypher');

function read(name: string): string {
  return readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
}

export { NODE_LABELS, RELATIONSHIP_TYPES };
/** Reads a statement of cypher/ (comments stripped), for the store modules beside this one. */
export { read as readCypher };

const TYPE_TO_KIND = new Map(Object.entries(RELATIONSHIP_TYPES).map(([k, t]) => [t, k as EdgeKind]));

export function kindOfType(type: string): EdgeKind | undefined {
  return TYPE_TO_KIND.get(type);
}

/** `{a: row.a, b: row.b}` for a fixed list of property names (from rows.ts, never from input). */
function namedProperties(names: readonly string[], variable = 'row'): string {
  return `{${names.map((n) => `${n}: ${variable}.${n}`).join(', ')}}`;
}

const LOAD_NODES = read('load-nodes')
  .replace('__NODE_PROPERTIES__', namedProperties(NODE_PROPERTIES, 'row.props'))
  .replace('__CLAIM_PROPERTIES__', namedProperties(CLAIM_PROPERTIES, 'claim'));
const LOAD_EDGES = read('load-edges').replace('__PROPERTIES__', namedProperties(EDGE_PROPERTIES));

export const CYPHER = {
  schema: read('schema')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean),
  loadClaims: read('load-claims').replace('__PROPERTIES__', namedProperties(CLAIM_PROPERTIES)),
  loadDataset: read('load-dataset'),
  loadGeneration: read('load-generation'),
  datasetInfo: read('dataset-info'),
  deleteDataset: read('delete-dataset'),
  deleteOtherGenerations: read('delete-other-generations'),
  readNodes: read('read-nodes'),
  readEdges: read('read-edges'),
  contradictions: read('contradictions'),
  contestedRelations: read('contested-relations'),
  degree: read('degree'),
  overlapBodies: read('overlap-bodies'),
  overlapShared: read('overlap-shared'),
  overlapReported: read('overlap-reported'),
  overlapStatements: read('overlap-statements'),
  overlapChains: read('overlap-chains'),
  overlapRoles: read('overlap-roles'),
  fragmentationReach: read('fragmentation-reach'),
  loadNodes(kind: NodeKind): string {
    if (!NODE_KINDS.includes(kind)) throw new Error(`cio-graph/store: '${kind}' is not a node kind`);
    return LOAD_NODES.replace('__LABEL__', NODE_LABELS[kind]);
  },
  loadEdges(kind: EdgeKind): string {
    if (!EDGE_KINDS.includes(kind)) throw new Error(`cio-graph/store: '${kind}' is not an edge kind`);
    return LOAD_EDGES.replace('__TYPE__', RELATIONSHIP_TYPES[kind]);
  },
};
