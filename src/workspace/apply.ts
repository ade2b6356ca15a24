// Applying a change record: the scenario operations, checked by the scenario checker, with the change's
// own provenance on everything it adds or changes, and the claims it replaces kept as superseded.
import type { OrgGraph, SourceDocument, SourceRef } from '../model/types';
import { CURRENT_SNAPSHOT } from '../model/vocabulary';
import { applyScenario } from '../scenarios/apply';
import type { AppliedScenario } from '../scenarios/apply';
import type { Operation } from '../scenarios/schema';
import { ChangeSetError } from './errors';
import { ministriesOf } from './scope';
import type { ChangeRecord } from './records';

/** The sources a change puts on what it adds or changes: the editor's citations, stamped with the change. */
export function changeSources(
  record: Pick<ChangeRecord, 'version' | 'author' | 'at' | 'sources'>,
): SourceRef[] {
  return record.sources.map((s) => ({
    ...s,
    change: { version: record.version, author: record.author, at: record.at },
  }));
}

/** The documents of the graph plus those the change declares; a redeclared id must be identical. */
function withDocuments(graph: OrgGraph, record: ChangeRecord): SourceDocument[] {
  const documents = [...graph.getAttribute('documents')];
  record.documents.forEach((doc, i) => {
    const existing = documents.find((d) => d.id === doc.id);
    if (!existing) documents.push({ ...doc });
    else if (
      existing.title !== doc.title ||
      existing.author !== doc.author ||
      existing.date !== doc.date ||
      existing.kenmerk !== doc.kenmerk
    )
      throw new ChangeSetError(`documents[${i}].id`, `a different document '${doc.id}' is already declared`);
  });
  record.sources.forEach((s, i) => {
    if (!documents.some((d) => d.id === s.doc))
      throw new ChangeSetError(
        `sources[${i}].doc`,
        `no document '${s.doc}': declare it under documents (id, title, author, date)`,
      );
  });
  return documents;
}

/** A node a change adds belongs to the ministries of its id, as a record of the data files does. */
function withMinistries(graph: OrgGraph, op: Operation): Operation {
  if (op.op !== 'add-node' || op.ministries) return op;
  return { ...op, ministries: ministriesOf(graph, op.id, op.kind) };
}

/** The graph after one change record; `graph` is not touched. */
export function applyRecord(graph: OrgGraph, record: ChangeRecord): AppliedScenario & { touched: string[] } {
  const documents = withDocuments(graph, record);
  const sources = changeSources(record);
  const applied = applyScenario(
    graph,
    {
      name: `change ${record.version}`,
      description: record.reason,
      snapshot: CURRENT_SNAPSHOT,
      operations: record.operations.map((op) => withMinistries(graph, op)),
    },
    `change ${record.version}`,
    {
      sources: () => sources,
      supersede: { until: record.validFrom, by: record.version },
      edgePrefix: `change-${record.version}`,
    },
  );
  applied.graph.setAttribute('documents', documents);
  const { changes } = applied;
  const touched = new Set([...changes.addedNodes, ...changes.removedNodes, ...changes.changedNodes]);
  for (const e of changes.addedEdges) for (const n of applied.graph.extremities(e)) touched.add(n);
  for (const e of changes.removedEdges)
    if (graph.hasEdge(e)) for (const n of graph.extremities(e)) touched.add(n);
  return { ...applied, touched: [...touched].sort() };
}
