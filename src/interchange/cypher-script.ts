// The Cypher export: a script that recreates the dataset in an empty Neo4j with the very statements
// `cio-graph load` runs (cypher/load-*.cypher, through the store's CYPHER) and the rows of the store's
// RowBuilder, each parameter written out as an escaped literal. It once built its rows by hand, a third
// copy beside the loader and the change writer, and had fallen behind them: a relation or claim ended
// by a workspace change lost its `until` and `supersededBy` in the script.
import type { OrgGraph } from '../model/types';
import { CYPHER } from '../store/neo4j/cypher';
import { RowBuilder, batches } from '../store/neo4j/rows';
import type { Row } from '../store/neo4j/rows';
import type { EdgeKind, NodeKind } from '../model/vocabulary';
import { cypherLiteral } from './cypher-literal';

/** Rows per UNWIND statement: a statement stays a few hundred kB at most for cypher-shell and Browser. */
const BATCH = 500;

/** A statement with its `$name` parameters replaced by literals; a parameter without a value is a bug. */
function withLiterals(statement: string, params: Record<string, unknown>): string {
  return statement.replace(/\$(\w+)/g, (_, name: string) => {
    if (!Object.hasOwn(params, name)) throw new Error(`cio-graph/interchange: no value for $${name}`);
    return cypherLiteral(params[name]);
  });
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function toCypher(graph: OrgGraph, dataset: string): string {
  const rows = new RowBuilder(dataset);
  const nodeRows = new Map<NodeKind, Row[]>();
  const claimRows: Row[] = [];
  let nodeOrd = 0;
  let claimOrd = 0;
  graph.forEachNode((id, a) => {
    pushTo(nodeRows, a.kind, { props: rows.nodeProps(id, a, nodeOrd++) });
    claimRows.push(...rows.claimRows(id, a.facts ?? {}, () => claimOrd++));
  });
  const edgeRows = new Map<EdgeKind, Row[]>();
  let edgeOrd = 0;
  graph.forEachEdge((id, a, from, to) => pushTo(edgeRows, a.kind, rows.edgeRow(id, from, to, a, edgeOrd++)));

  const header = [
    '// cio-graph: the CIO-stelsel as Cypher. Run in an empty database (cypher-shell -f, or Neo4j Browser).',
    `// Dataset '${dataset}', stored as \`cio-graph load\` stores it: every fact's sources as JSON text`,
    '// (sourcesJson), claims as :CioClaim nodes.',
  ];
  const out = [...CYPHER.schema];
  // The load's order: nodes by kind, then claims (they attach to nodes), then relationships, and the
  // dataset record last (its presence means the load completed).
  for (const [kind, list] of nodeRows)
    for (const part of batches(list, BATCH)) out.push(withLiterals(CYPHER.loadNodes(kind), { rows: part }));
  for (const part of batches(claimRows, BATCH)) out.push(withLiterals(CYPHER.loadClaims, { rows: part }));
  for (const [kind, list] of edgeRows)
    for (const part of batches(list, BATCH)) out.push(withLiterals(CYPHER.loadEdges(kind), { rows: part }));
  out.push(
    withLiterals(CYPHER.loadDataset, {
      dataset,
      documentsJson: JSON.stringify(graph.getAttribute('documents')),
      nodeCount: graph.order,
      edgeCount: graph.size,
      generation: rows.generation,
    }),
  );
  return `${header.join('\n')}\n${out.join(';\n\n')};\n`;
}
