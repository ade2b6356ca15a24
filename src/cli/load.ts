// `cio-graph load`: validate first (nothing is written on invalid data), then write the whole dataset to
// Neo4j in one transaction, with progress on stderr and the counts at the end.
import { DatasetValidationError } from '../model/errors';
import { validateDataDirs } from '../model/load';
import { Neo4jStore, neo4jConfig } from '../store';
import type { Io } from './main';
import { DATA_OPTION, dataDirsOf, parse } from './main';

export const NEO4J_OPTIONS = {
  neo4j: { type: 'string' },
  'neo4j-user': { type: 'string' },
  'neo4j-database': { type: 'string' },
  dataset: { type: 'string' },
} as const;

export function neo4jFlags(values: Record<string, unknown>) {
  const flags: { uri?: string; user?: string; database?: string; dataset?: string } = {};
  if (typeof values.neo4j === 'string') flags.uri = values.neo4j;
  if (typeof values['neo4j-user'] === 'string') flags.user = values['neo4j-user'];
  if (typeof values['neo4j-database'] === 'string') flags.database = values['neo4j-database'];
  if (typeof values.dataset === 'string') flags.dataset = values.dataset;
  return neo4jConfig(flags);
}

export async function loadCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    ...DATA_OPTION,
    ...NEO4J_OPTIONS,
    replace: { type: 'boolean' },
    'batch-size': { type: 'string' },
  });
  const result = validateDataDirs(dataDirsOf(values.data as string[] | undefined));
  if (!result.dataset) throw new DatasetValidationError(result.issues);
  const store = new Neo4jStore(neo4jFlags(values));
  try {
    await store.connect();
    let last = 0;
    const report = await store.load(result.dataset, {
      replace: values.replace === true,
      batchSize: values['batch-size'] ? Number(values['batch-size']) : 5000,
      onProgress: ({ phase, done, total }) => {
        const pct = total ? Math.floor((100 * done) / total) : 100;
        if (pct >= last + 10 || phase === 'commit') {
          last = pct;
          io.err(`load: ${phase} ${done}/${total} (${pct}%)`);
        }
      },
    });
    io.out(
      `loaded dataset '${report.dataset}': ${report.nodes} nodes, ${report.edges} edges, ${report.claims} claims${report.replaced ? ' (replaced the previous version)' : ''} in ${report.ms} ms`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
