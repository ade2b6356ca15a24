// Starts the HTTP server: validates the dataset, opens the store, builds the app and listens.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { DatasetValidationError } from '../model/errors';
import { defaultSourcesDir, validateDataDirs } from '../model/load';
import { openStore } from '../store';
import type { GraphStore } from '../store';
import { createApp } from './app';
import type { App } from './app';
import type { ServerConfig } from './config';
import { InlineRunner, TaskPool } from './pool/pool';
import type { TaskRunner } from './pool/pool';
import { GraphService } from './service';
import type { ShippedScenario } from './service';
import { readScenarioFile } from '../scenarios/load';
import { openServerWorkspace } from './workspace';
import { closeReportPrinter } from './routes/reports';

const PACKAGE = JSON.parse(
  readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../package.json'), 'utf8'),
) as { version: string };

export interface RunningServer {
  url: string;
  store: GraphStore;
  /** The express app behind the fast lane (the API bench also measures it alone). */
  app: App;
  close(): Promise<void>;
}

function sourceTexts(documents: { id: string; file?: string | undefined }[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const d of documents) {
    if (!d.file) continue;
    try {
      texts.set(d.id, readFileSync(join(defaultSourcesDir(), d.file), 'utf8'));
    } catch {
      // The report text is optional: without it, passages are simply not shown.
    }
  }
  return texts;
}

/** The scenarios of every data directory's scenarios/ folder; a broken one stops the server with its location. */
export function shippedScenarios(dataDirs: string[]): ShippedScenario[] {
  const out: ShippedScenario[] = [];
  for (const dir of dataDirs) {
    const folder = join(dir, 'scenarios');
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)
      .filter((f) => /\.(ya?ml|json)$/i.test(f))
      .sort())
      out.push({ id: file.replace(/\.(ya?ml|json)$/i, ''), scenario: readScenarioFile(join(folder, file)) });
  }
  return out;
}

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const validated = validateDataDirs(config.dataDirs);
  if (!validated.dataset) throw new DatasetValidationError(validated.issues);
  const workspace = config.workspace
    ? await openServerWorkspace(config.workspace, config, validated.dataset)
    : undefined;
  const store =
    workspace?.store ??
    (await openStore(
      config.backend,
      config.backend === 'memory' ? validated.dataset : undefined,
      config.neo4j,
    ));
  // Scenarios and exports run in worker threads, so abusive POSTs cannot stall health and reads.
  const runner: TaskRunner =
    config.workers === 0
      ? new InlineRunner()
      : new TaskPool({
          timeoutMs: config.taskTimeoutMs,
          ...(config.workers ? { threads: config.workers } : {}),
        });
  try {
    const service = new GraphService(
      store,
      sourceTexts(validated.dataset.documents),
      shippedScenarios(config.dataDirs),
      runner,
    );
    const graph = await service.base();
    const app = createApp({
      service,
      webDir: config.webDir,
      version: PACKAGE.version,
      dataset: {
        backend: config.backend,
        name: config.backend === 'neo4j' ? config.neo4j.dataset : 'default',
        nodes: graph.order,
        edges: graph.size,
      },
      rateLimitPerMinute: config.rateLimitPerMinute,
      workspace: workspace?.handle,
      computeRateLimitPerMinute: config.computeRateLimitPerMinute,
    });
    const server: Server = await new Promise((ok, fail) => {
      // The fast lane answers cached reads before express; everything else goes on to the app.
      const s = createServer(app.fastLane.listener(app)).listen(config.port, config.host, () => ok(s));
      s.once('error', fail);
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
      url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`,
      store,
      app,
      close: async () => {
        await new Promise<void>((ok) => server.close(() => ok()));
        server.closeAllConnections();
        await runner.close();
        await closeReportPrinter();
        await store.close();
        await workspace?.close();
      },
    };
  } catch (error) {
    await runner.close();
    await store.close();
    await workspace?.close();
    throw error;
  }
}
