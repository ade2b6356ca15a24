// `cio-graph serve`: the API and the viewer on one port, until SIGINT or SIGTERM.
import { serverConfig } from '../server/config';
import { startServer } from '../server/listen';
import { NEO4J_OPTIONS, neo4jFlags } from './load';
import type { Io } from './main';
import { DATA_OPTION, parse } from './main';

export async function serveCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, {
    ...DATA_OPTION,
    ...NEO4J_OPTIONS,
    port: { type: 'string' },
    host: { type: 'string' },
    backend: { type: 'string' },
    web: { type: 'string' },
    workspace: { type: 'string' },
  });
  const config = serverConfig({
    port: values.port as string | undefined,
    host: values.host as string | undefined,
    backend: values.backend as string | undefined,
    data: values.data as string[] | undefined,
    web: values.web as string | undefined,
    workspace: values.workspace as string | undefined,
    neo4j: neo4jFlags(values),
  });
  const server = await startServer(config);
  io.err(
    `cio-graph: serving ${config.backend} dataset at ${server.url}${config.workspace ? ` with workspace ${config.workspace}` : ' (read-only)'} (Ctrl-C stops)`,
  );
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
