// The workspace change log in Neo4j. A commit is one write transaction that takes the dataset's lock,
// checks the head version, writes only what the change touched (nodes, claims, relationships that
// differ between the graph before and after it), records a :CioChange node and moves the head. A
// killed client or server leaves the transaction uncommitted: the change is wholly there or not at all.
import type { OrgGraph } from '../../model/types';
import { EDGE_KINDS } from '../../model/vocabulary';
import type { EdgeKind } from '../../model/vocabulary';
import { graphDelta } from '../../workspace/diff';
import { StaleBaseError } from '../../workspace/errors';
import { ChangeRecordSchema } from '../../workspace/records';
import type { ChangeLog, ChangeRecord } from '../../workspace/records';
import { DatasetMissingError } from '../errors';
import type { Neo4jConfig } from './config';
import { CYPHER, RELATIONSHIP_TYPES, readCypher } from './cypher';
import { Executor, int } from './executor';
import { RowBuilder } from './rows';
import type { Row } from './rows';

const withType = (cypher: string, kind: EdgeKind) => {
  if (!EDGE_KINDS.includes(kind)) throw new Error(`cio-graph/store: '${kind}' is not an edge kind`);
  return cypher.replace('__TYPE__', RELATIONSHIP_TYPES[kind]);
};

const STATEMENTS = {
  schema: 'CREATE CONSTRAINT cio_change_key IF NOT EXISTS FOR (c:CioChange) REQUIRE c.key IS UNIQUE',
  lock: readCypher('change-lock'),
  ords: readCypher('change-ords'),
  deleteEdges: readCypher('change-delete-edges'),
  updateEdges: readCypher('change-update-edges'),
  deleteNodes: readCypher('change-delete-nodes'),
  updateNodes: readCypher('change-update-nodes'),
  deleteClaims: readCypher('change-delete-claims'),
  record: readCypher('change-record'),
  records: readCypher('change-records'),
};

export class Neo4jChangeLog implements ChangeLog {
  readonly backend = 'neo4j' as const;
  private readonly executor: Executor;
  private schemaReady = false;

  constructor(readonly config: Neo4jConfig) {
    this.executor = new Executor(config);
  }

  async records(): Promise<ChangeRecord[]> {
    const rows = await this.executor.read<{ recordJson: string }>(STATEMENTS.records, {
      dataset: this.config.dataset,
    });
    return rows.map((r) => ChangeRecordSchema.parse(JSON.parse(r.recordJson)));
  }

  async append(record: ChangeRecord, before: OrgGraph, after: OrgGraph): Promise<void> {
    if (!this.schemaReady) {
      await this.executor.schema([STATEMENTS.schema]);
      this.schemaReady = true;
    }
    const dataset = this.config.dataset;
    const delta = graphDelta(before, after);
    const outcome = await this.executor.write(async (run) => {
      const [lock] = await run(STATEMENTS.lock, { dataset, version: int(record.version) });
      if (!lock) return { missing: true as const };
      const head = Number(lock.head);
      // Not thrown: the executor would wrap it; the transaction ends with only the lock property set.
      if (head !== record.version - 1) return { stale: head };
      // The same rows as the bulk load, keyed in the generation the dataset record names: a node or
      // relation a change writes reads back as a loaded one.
      const rows = new RowBuilder(dataset, Number(lock.generation));
      const key = (id: string) => rows.key(id);
      const [ords] = await run(STATEMENTS.ords, { dataset });
      let nodeOrd = Number(ords?.nodeOrd ?? -1);
      let claimOrd = Number(ords?.claimOrd ?? -1);
      let edgeOrd = Number(ords?.edgeOrd ?? -1);
      const byKind = <K extends string>(ids: string[], kindOf: (id: string) => K) => {
        const groups = new Map<K, string[]>();
        for (const id of ids) groups.set(kindOf(id), [...(groups.get(kindOf(id)) ?? []), id]);
        return groups;
      };
      const edgeKindBefore = (id: string) => before.getEdgeAttribute(id, 'kind');
      const edgeKindAfter = (id: string) => after.getEdgeAttribute(id, 'kind');
      for (const [kind, ids] of byKind(delta.removedEdges, edgeKindBefore))
        await run(withType(STATEMENTS.deleteEdges, kind), {
          rows: ids.map((id) => ({ key: key(id), from: key(before.source(id)) })),
        });
      if (delta.removedNodes.length)
        await run(STATEMENTS.deleteNodes, { keys: delta.removedNodes.map((id) => key(id)) });
      for (const [kind, ids] of byKind(delta.addedNodes, (id) => after.getNodeAttribute(id, 'kind'))) {
        await run(CYPHER.loadNodes(kind), {
          rows: ids.map((id) => ({ props: rows.nodeProps(id, after.getNodeAttributes(id), ++nodeOrd) })),
        });
      }
      if (delta.changedNodes.length)
        await run(STATEMENTS.updateNodes, {
          rows: delta.changedNodes.map((id) => ({
            key: key(id),
            props: rows.nodeProps(id, after.getNodeAttributes(id)),
          })),
        });
      const factNodes = [...delta.changedFacts, ...delta.addedNodes];
      if (delta.changedFacts.length)
        await run(STATEMENTS.deleteClaims, { keys: delta.changedFacts.map((id) => key(id)) });
      const claimRows: Row[] = factNodes.flatMap((id) =>
        rows.claimRows(id, after.getNodeAttribute(id, 'facts') ?? {}, () => ++claimOrd),
      );
      if (claimRows.length) await run(CYPHER.loadClaims, { rows: claimRows });
      for (const [kind, ids] of byKind(delta.addedEdges, edgeKindAfter))
        await run(CYPHER.loadEdges(kind), {
          rows: ids.map((id) =>
            rows.edgeRow(id, after.source(id), after.target(id), after.getEdgeAttributes(id), ++edgeOrd),
          ),
        });
      for (const [kind, ids] of byKind(delta.changedEdges, edgeKindAfter))
        await run(withType(STATEMENTS.updateEdges, kind), {
          rows: ids.map((id) => ({
            key: key(id),
            from: key(after.source(id)),
            props: rows.edgeProps(id, after.getEdgeAttributes(id)),
          })),
        });
      await run(STATEMENTS.record, {
        dataset,
        // Change records are keyed by version alone: they are not part of a generation of the graph.
        key: new RowBuilder(dataset).key(String(record.version)),
        version: int(record.version),
        recordJson: JSON.stringify(record),
        fingerprint: record.fingerprint,
        author: record.author,
        at: record.at,
        documentsJson: delta.documents ? JSON.stringify(after.getAttribute('documents')) : lock.documentsJson,
      });
      return { ok: true as const };
    });
    if ('missing' in outcome)
      throw new DatasetMissingError(
        `cio-graph/store: dataset '${dataset}' is not in Neo4j; run cio-graph load`,
      );
    if ('stale' in outcome) throw new StaleBaseError(record.version - 1, outcome.stale ?? 0, []);
  }

  async close(): Promise<void> {
    await this.executor.close();
  }
}
