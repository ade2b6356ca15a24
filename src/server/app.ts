// The express application: built here, listened on in listen.ts. It holds no configuration of its own
// beyond what `createApp` is given, so tests build it around any store.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { GraphService } from './service';
import type { CachedJson } from './service';
import { cachedJson } from './service';
import { compressionExceptPrecompressed, sendCached, sendCachedFile } from './precompressed';
import { ApiRateLimits } from './rate-limit';
import { FastLane } from './fast-lane';
import { methodNotAllowed } from './methods';
import { HttpProblem, problemHeaders, toProblem } from './problem';
import {
  DiffQuery,
  ExportQuery,
  GraphQuery,
  AnalysisRenderQuery,
  IdParam,
  LangQuery,
  NodeQuery,
  SourceQuery,
  TablesQuery,
  openApiDocument,
  parseOrProblem,
} from './schemas';
import { ScenarioError } from '../scenarios/apply';
import { reportsRouter } from './routes/reports';
import { changesRouter } from './routes/changes';
import type { ServerWorkspace } from './routes/changes';
import { adviceRouter } from './routes/advice';
import { analysisCsv, contentLanguage } from './lang';
import { BodySyntaxError, ScenarioInputError } from './pool/errors';
import { inputProblem, sendComputed } from './pool/http';
import { compactGraphRouter } from './routes/graph-compact';

export interface AppOptions {
  service: GraphService;
  /** The built web app (web/dist); without it only the API is served. */
  webDir?: string | undefined;
  version: string;
  dataset: { backend: string; name: string; nodes: number; edges: number };
  /** Requests per minute per client on /api (0: no limit); see rate-limit.ts. */
  rateLimitPerMinute?: number;
  /** POST requests (scenario runs and exports) per minute per client (0: no limit). */
  computeRateLimitPerMinute?: number;
  /** Largest request body accepted. */
  bodyLimit?: string;
  /** The workspace that makes the server writable (token-gated change sets); without it, read-only. */
  workspace?: ServerWorkspace | undefined;
}

/** The Content-Security-Policy the web app is built to satisfy: nothing inline, nothing remote. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  workerSrc: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

const pathId = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join('/') : value);

type Handler = (req: Request, res: Response) => Promise<void> | void;
const wrap =
  (handler: Handler) =>
  (req: Request, res: Response, next: NextFunction): void => {
    Promise.resolve(handler(req, res)).catch(next);
  };

/** An impossible scenario operation is the client's: 422 with the located operation. */
async function scenarioOr422<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ScenarioInputError) throw inputProblem(error);
    // As the JSON body parser answers malformed JSON on every other route.
    if (error instanceof BodySyntaxError)
      throw new HttpProblem(400, 'Bad Request', 'The request body is not valid JSON');
    if (error instanceof ScenarioError)
      throw new HttpProblem(422, 'Scenario cannot be applied', error.message, [
        { path: `body.${error.issue.record}.${error.issue.field}`, message: error.issue.message },
      ]);
    throw error;
  }
}

/** The body of a POST that carries a scenario: JSON only. */
function scenarioText(req: Request): string {
  if (!req.is('application/json'))
    throw new HttpProblem(415, 'Unsupported media type', 'Send the scenario as application/json');
  return typeof req.body === 'string' ? req.body : '';
}

/**
 * The POST routes whose body is a scenario: their body stays the JSON text the client sent, parsed
 * and validated in the worker that runs the scenario (pool/tasks.ts), so an abusive body costs the
 * event loop no parse, no re-serialisation for a cache key and no object copy to the worker.
 */
const SCENARIO_BODY_ROUTES = /^\/(scenarios|diff|export|analyses\/[^/]+)$/;
/** The charset parameter of a Content-Type header, quoted or not. */
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)/i;

function sendFile(res: Response, file: { name: string; mediaType: string; content: string }): void {
  res.set('Content-Disposition', `attachment; filename="${file.name}"`);
  res.type(file.mediaType).send(file.content);
}

/** The express app and its fast lane (fast-lane.ts): serve with `app.fastLane.listener(app)`. */
export type App = express.Express & { fastLane: FastLane };

export function createApp(options: AppOptions): App {
  const { service } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  const security = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  });
  app.use(security);
  app.use(compressionExceptPrecompressed(compression()));

  const limits = new ApiRateLimits(options);
  const fastLane = new FastLane({
    limits,
    security,
    version: () => options.workspace?.workspace.version ?? 0,
    onVersionChange: () => service.invalidate(),
  });

  const api = express.Router();
  api.use(limits.middleware);
  const bodyLimit = options.bodyLimit ?? '256kb';
  const jsonBody = express.json({ limit: bodyLimit });
  const scenarioBody = express.text({ type: 'application/json', limit: bodyLimit });
  api.use((req, res, next) => {
    if (req.method !== 'POST' || !SCENARIO_BODY_ROUTES.test(req.path)) return jsonBody(req, res, next);
    // express.text would decode any charset iconv knows (latin1, …); JSON is UTF-8 (RFC 8259), and
    // the other routes' express.json refuses the rest with 415 too.
    const charset = CHARSET.exec(req.get('content-type') ?? '')?.[1]?.toLowerCase();
    if (charset && charset !== 'utf-8' && charset !== 'utf8')
      return next(
        new HttpProblem(415, 'Unsupported media type', `Send the scenario as UTF-8 JSON, not ${charset}`),
      );
    return scenarioBody(req, res, next);
  });
  api.use(changesRouter(service, options.workspace));
  let servedVersion = options.workspace?.workspace.version;

  // One health body per graph, so the fast lane can answer it too.
  const healthBodies = new WeakMap<CachedJson, CachedJson>();
  api.get(
    '/health',
    wrap(async (req, res) => {
      // Serving a workspace: its head version and fingerprint (the change log's, equal on both
      // backends), after taking in commits made through another server on the same log. That sync
      // must run on every call, so a workspace's health is not replayed by the fast lane.
      const ws = options.workspace?.workspace;
      if (ws) {
        await ws.sync();
        if (ws.version !== servedVersion) service.invalidate();
        servedVersion = ws.version;
      }
      // The graph's ETag is a SHA-256 of its JSON: cite it to say exactly which data a number came from.
      const graph = await service.graphJson(undefined);
      let health = healthBodies.get(graph);
      if (!health) {
        health = cachedJson({
          status: 'ok',
          version: options.version,
          ...options.dataset,
          fingerprint: ws ? ws.fingerprint : graph.etag.replace(/"/g, ''),
          ...(ws ? { workspaceVersion: ws.version } : {}),
        });
        healthBodies.set(graph, health);
      }
      await sendCached(req, res, health, { cacheControl: 'no-store', ...(ws ? { replay: false } : {}) });
    }),
  );
  api.get(
    '/graph',
    wrap(async (req, res) => {
      const { snapshot, lang } = parseOrProblem(GraphQuery, req.query, 'query');
      contentLanguage(res, lang);
      await sendCached(req, res, await service.graphJson(snapshot, lang));
    }),
  );
  api.get(
    // Ids hold slashes (OCW/DUO): the encoded and the plain form both work.
    '/nodes/*id',
    wrap(async (req, res) => {
      const id = parseOrProblem(IdParam, pathId(req.params.id), 'path.id');
      const { snapshot, lang } = parseOrProblem(NodeQuery, req.query, 'query');
      contentLanguage(res, lang);
      res.json(await service.node(id, snapshot));
    }),
  );
  api.get(
    '/analyses',
    wrap(async (req, res) => {
      contentLanguage(res, parseOrProblem(LangQuery, req.query, 'query').lang);
      await sendCached(req, res, await service.analysesJson());
    }),
  );
  api.get(
    '/analyses/:id',
    wrap(async (req, res) => {
      const id = parseOrProblem(IdParam, req.params.id, 'path.id');
      // `format` and `lang` say how to render; every other key is a parameter of the analysis.
      const { format: rawFormat, lang: rawLang, ...params } = req.query as Record<string, string | string[]>;
      const { format, lang } = parseOrProblem(
        AnalysisRenderQuery,
        {
          ...(rawFormat !== undefined ? { format: rawFormat } : {}),
          ...(rawLang !== undefined ? { lang: rawLang } : {}),
        },
        'query',
      );
      contentLanguage(res, lang);
      const cached = await service.analysisJson(id, params);
      if (format === 'csv') res.type('text/csv').send(analysisCsv(id, cached, lang ?? 'nl'));
      else await sendCached(req, res, cached);
    }),
  );
  api.post(
    // The same analysis of the graph after a what-if scenario (the body); nothing is stored.
    '/analyses/:id',
    wrap(async (req, res) => {
      const id = parseOrProblem(IdParam, req.params.id, 'path.id');
      const text = scenarioText(req);
      const raw = req.query as Record<string, string | string[]>;
      await sendCached(req, res, await scenarioOr422(() => service.scenarioAnalysisJson(id, raw, text)));
    }),
  );
  api.get(
    '/tables',
    wrap(async (req, res) => {
      const { snapshot, format, lang } = parseOrProblem(TablesQuery, req.query, 'query');
      contentLanguage(res, lang);
      if (format === 'json') await sendCached(req, res, await service.tablesJson(snapshot, lang));
      else
        res
          .type(format === 'md' ? 'text/markdown' : 'text/csv')
          .send(await service.tablesText(snapshot, format, lang ?? 'nl'));
    }),
  );
  api.get(
    '/sources/:id',
    wrap(async (req, res) => {
      const id = parseOrProblem(IdParam, req.params.id, 'path.id');
      const { excerpt, lang } = parseOrProblem(SourceQuery, req.query, 'query');
      contentLanguage(res, lang);
      res.json(await service.source(id, excerpt));
    }),
  );
  api.get(
    '/scenarios',
    wrap(async (req, res) => {
      contentLanguage(res, parseOrProblem(LangQuery, req.query, 'query').lang);
      await sendCached(req, res, await service.scenariosJson());
    }),
  );
  api.get(
    '/scenarios/:id',
    wrap(async (req, res) => {
      const id = parseOrProblem(IdParam, req.params.id, 'path.id');
      contentLanguage(res, parseOrProblem(LangQuery, req.query, 'query').lang);
      await sendCached(req, res, await service.scenarioJson(id));
    }),
  );
  api.post(
    '/scenarios',
    wrap(async (req, res) => {
      const text = scenarioText(req);
      contentLanguage(res, parseOrProblem(LangQuery, req.query, 'query').lang);
      sendComputed(req, res, await scenarioOr422(() => service.runScenarioJson(text)));
    }),
  );
  api.get(
    '/diff',
    wrap(async (req, res) => {
      const { from, to, lang } = parseOrProblem(DiffQuery, req.query, 'query');
      contentLanguage(res, lang);
      await sendCached(req, res, await service.snapshotDiffJson(from, to));
    }),
  );
  api.post(
    '/diff',
    wrap(async (req, res) => {
      const { from, to } = parseOrProblem(DiffQuery, req.query, 'query');
      const text = scenarioText(req);
      await sendCached(req, res, await scenarioOr422(() => service.scenarioDiffJson(from, to, text)));
    }),
  );
  api.get(
    '/export',
    wrap(async (req, res) => {
      const { format, table } = parseOrProblem(ExportQuery, req.query, 'query');
      const files = await service.export(format);
      const file = format === 'csv' ? files.find((f) => f.name === `${table ?? 'nodes'}.csv`)! : files[0]!;
      await sendCachedFile(req, res, service.cachedExport(file), file);
    }),
  );
  api.post(
    '/export',
    wrap(async (req, res) => {
      const { format, table } = parseOrProblem(ExportQuery, req.query, 'query');
      const text = scenarioText(req);
      const files = await scenarioOr422(() => service.exportScenario(text, format));
      sendFile(
        res,
        format === 'csv' ? files.find((f) => f.name.endsWith(`${table ?? 'nodes'}.csv`))! : files[0]!,
      );
    }),
  );
  api.use('/reports', reportsRouter(service, options.workspace?.workspace));
  api.use('/advice', adviceRouter(service));
  api.use(compactGraphRouter(service));
  // Serialised, hashed and compressed once (it is in the soak's read mix): not per request.
  const openapi = cachedJson(openApiDocument(options.version));
  api.get(
    '/openapi.json',
    wrap(async (req, res) => sendCached(req, res, openapi, { replay: false })),
  );
  api.use(methodNotAllowed(api));
  app.use('/api', api);

  if (options.webDir && existsSync(join(options.webDir, 'index.html'))) {
    const webDir = options.webDir;
    app.use(
      express.static(webDir, {
        index: 'index.html',
        setHeaders: (res, path) =>
          // Vite names assets by content hash: they never change; index.html always revalidates.
          res.set(
            'Cache-Control',
            path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          ),
      }),
    );
  } else {
    app.get('/', (_req, _res, next) =>
      next(new HttpProblem(503, 'Viewer not built', 'The web app is not built: run npm run build:web')),
    );
  }
  app.use((req, _res, next) =>
    next(new HttpProblem(404, 'Not found', `Nothing at ${req.method} ${req.path}`)),
  );

  // Four arguments: express recognises the error handler by its arity.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const problem = toProblem(error, req.originalUrl);
    res.set(problemHeaders(error));
    if (problem.status === 500 && !(error instanceof HttpProblem)) console.error('cio-graph/server:', error);
    res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  });
  return Object.assign(app, { fastLane });
}
