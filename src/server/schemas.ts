// Request schemas of the API. The same zod schemas validate requests and generate the OpenAPI
// document, so the document cannot describe a request the server would reject (or the reverse).
import { z } from 'zod';
import { ANALYSES } from '../analyses/registry';
import type { ParameterSpec } from '../analyses/registry';
import { SNAPSHOTS } from '../model/vocabulary';
import { HttpProblem } from './problem';
import { LangField } from './lang-field';
import { EXPORT_FORMATS } from '../interchange/export';
import { ScenarioSchema } from '../scenarios/schema';
import { GRAPH_VERSION_PARAMETERS, SECURITY_SCHEMES, changesPaths } from './routes/changes-openapi';
import { reportsPaths } from './routes/reports-openapi';
import { advicePaths } from './routes/advice-openapi';
import { compactGraphPaths } from './routes/graph-compact-openapi';
import { problemResponse, queryParameters } from './openapi-parts';

/**
 * `lang` is taken by every endpoint that answers with text or labels, as `--lang` by the CLI. It renders
 * words where the answer has them (tables, CSV, labels); fields that carry both languages ({nl, en})
 * keep both. Unset, the JSON is as it always was; a value outside nl|en is a 400 naming `query.lang`.
 */
export { LangField };
export const LangQuery = z.strictObject(LangField);
export const GraphQuery = z.strictObject({ snapshot: z.enum(SNAPSHOTS).optional(), ...LangField });
export const TABLE_FORMATS = ['json', 'md', 'csv'] as const;
export const TablesQuery = z.strictObject({
  snapshot: z.enum(SNAPSHOTS).default('2024'),
  /** json: the cells with their claims and sources (with `lang`, also `rendered` in words); md, csv: as the CLI prints them. */
  format: z.enum(TABLE_FORMATS).default('json'),
  ...LangField,
});
export const NodeQuery = z.strictObject({ snapshot: z.enum(SNAPSHOTS).default('2024'), ...LangField });
export const SourceQuery = z.strictObject({ excerpt: z.string().min(1).max(2000).optional(), ...LangField });
export const DiffQuery = z.strictObject({
  from: z.enum(SNAPSHOTS).default('2021'),
  to: z.enum(SNAPSHOTS).default('2024'),
  ...LangField,
});
/** The query of one analysis besides its own parameters: how the answer is rendered. */
export const ANALYSIS_FORMATS = ['json', 'csv'] as const;
export const AnalysisRenderQuery = z.strictObject({
  format: z.enum(ANALYSIS_FORMATS).default('json'),
  ...LangField,
});
export const ExportQuery = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  /** CSV is three tables; one is sent per request. */
  table: z.enum(['nodes', 'edges', 'documents']).optional(),
});
/** Ids in the dataset are short slugs; anything else is refused before it reaches a lookup. */
export const IdParam = z.string().min(1).max(200);

export function parseOrProblem<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new HttpProblem(
    400,
    'Bad parameter',
    `Invalid ${where}`,
    result.error.issues.map((i) => ({
      // An unknown key is the field itself: zod names it in `keys`, not in the path.
      path: [
        where,
        ...i.path.map(String),
        ...(i.code === 'unrecognized_keys' ? [i.keys.join(',')] : []),
      ].join('.'),
      message: i.message,
    })),
  );
}

function parameterSchema(p: ParameterSpec): Record<string, unknown> {
  switch (p.type) {
    case 'number':
      return {
        type: 'number',
        ...(p.min !== undefined ? { minimum: p.min } : {}),
        ...(p.max !== undefined ? { maximum: p.max } : {}),
      };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'string', enum: p.values };
    case 'string[]':
      return { type: 'array', items: p.values ? { type: 'string', enum: p.values } : { type: 'string' } };
    default:
      return { type: 'string' };
  }
}

const json = (description: string, schema: unknown = { type: 'object' }) => ({
  description,
  content: { 'application/json': { schema } },
});
const errors = {
  '400': problemResponse,
  '404': problemResponse,
  '429': problemResponse,
  '500': problemResponse,
};

/** The query parameters of an analysis, as its registry entry declares them. */
function analysisParameters(a: (typeof ANALYSES)[number]): Record<string, unknown>[] {
  return a.parameters.map((p) => ({
    name: p.id,
    in: 'query',
    required: false,
    description: p.description.en,
    schema: { ...parameterSchema(p), default: p.defaultValue },
    ...(p.type === 'string[]' ? { style: 'form', explode: false } : {}),
  }));
}

/** A what-if scenario as a request body (POST /api/export, /api/analyses/:id, /api/diff). */
const scenarioBody = {
  required: true,
  content: { 'application/json': { schema: z.toJSONSchema(ScenarioSchema, { io: 'input' }) } },
};

export function openApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, unknown> = {
    '/api/health': {
      get: { summary: 'Liveness and the dataset served', responses: { '200': json('Health') } },
    },
    '/api/graph': {
      get: {
        summary: 'The graph as graphology JSON; with snapshot, only the relations valid then',
        parameters: [...queryParameters(GraphQuery), ...GRAPH_VERSION_PARAMETERS],
        responses: {
          '200': json('Serialized graphology graph'),
          '304': { description: 'Not modified' },
          ...errors,
        },
      },
    },
    '/api/nodes/{id}': {
      get: {
        summary: 'One node: attributes, claims with sources, facts resolved for a snapshot, neighbours',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: z.toJSONSchema(IdParam) },
          ...queryParameters(NodeQuery),
        ],
        responses: { '200': json('Node detail'), ...errors },
      },
    },
    '/api/analyses': {
      get: {
        summary: 'The registry of analyses with their parameters',
        parameters: queryParameters(LangQuery),
        responses: { '200': json('Analyses', { type: 'array' }) },
      },
    },
    '/api/tables': {
      get: {
        summary: 'Tabel 1, 3 and 4 of the report, computed from the graph',
        description:
          'format=json: the cells with their claims and sources (with lang, also `rendered`: the tables in words); md and csv: the tables as `cio-graph tables --format md|csv --lang` prints them.',
        parameters: queryParameters(TablesQuery),
        responses: {
          '200': {
            description: 'Tables',
            content: {
              'application/json': { schema: { type: 'object' } },
              'text/markdown': { schema: { type: 'string' } },
              'text/csv': { schema: { type: 'string' } },
            },
          },
          ...errors,
        },
      },
    },
    '/api/sources/{id}': {
      get: {
        summary: 'A source document, its citations in the dataset and the passage around an excerpt',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: z.toJSONSchema(IdParam) },
          ...queryParameters(SourceQuery),
        ],
        responses: { '200': json('Source'), ...errors },
      },
    },
    '/api/scenarios': {
      get: {
        summary: 'The example scenarios shipped with the data',
        parameters: queryParameters(LangQuery),
        responses: { '200': json('Scenarios', { type: 'array' }) },
      },
      post: {
        summary:
          'Run a what-if scenario: every analysis before and after, the diff, and the graph after it (nothing is stored)',
        parameters: queryParameters(LangQuery),
        requestBody: {
          required: true,
          content: { 'application/json': { schema: z.toJSONSchema(ScenarioSchema, { io: 'input' }) } },
        },
        responses: {
          '200': json('Scenario result'),
          '413': problemResponse,
          '422': problemResponse,
          ...errors,
        },
      },
    },
    '/api/scenarios/{id}': {
      get: {
        summary: 'One shipped scenario',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: z.toJSONSchema(IdParam) },
          ...queryParameters(LangQuery),
        ],
        responses: { '200': json('Scenario'), ...errors },
      },
    },
    '/api/diff': {
      get: {
        summary: 'What the report says changed between two snapshots',
        parameters: queryParameters(DiffQuery),
        responses: { '200': json('Snapshot diff'), ...errors },
      },
      post: {
        summary: 'The same diff in the graph after a what-if scenario (the body); nothing is stored',
        parameters: queryParameters(DiffQuery),
        requestBody: scenarioBody,
        responses: { '200': json('Snapshot diff'), '422': problemResponse, ...errors },
      },
    },
    '/api/export': {
      get: {
        summary:
          'The graph as GEXF, GraphML, CSV (one table per request), graphology JSON or a Cypher script',
        parameters: queryParameters(ExportQuery),
        responses: { '200': { description: 'The file, as an attachment' }, ...errors },
      },
      post: {
        summary:
          'The graph after a what-if scenario (the body), exported in the same formats (nothing is stored)',
        parameters: queryParameters(ExportQuery),
        requestBody: {
          required: true,
          content: { 'application/json': { schema: z.toJSONSchema(ScenarioSchema, { io: 'input' }) } },
        },
        responses: {
          '200': { description: 'The file, as an attachment' },
          '422': problemResponse,
          ...errors,
        },
      },
    },
    '/api/openapi.json': {
      get: { summary: 'This document', responses: { '200': json('OpenAPI 3.1 document') } },
    },
  };
  for (const a of ANALYSES) {
    paths[`/api/analyses/${a.id}`] = {
      get: {
        summary: a.title.en,
        description: a.description.en,
        parameters: [...analysisParameters(a), ...queryParameters(AnalysisRenderQuery)],
        responses: {
          '200': {
            description: a.title.en,
            content: {
              'application/json': { schema: z.toJSONSchema(a.outputSchema, { unrepresentable: 'any' }) },
              'text/csv': { schema: { type: 'string' } },
            },
          },
          ...errors,
        },
      },
      post: {
        summary: `${a.title.en}, of the graph after a what-if scenario (the body); nothing is stored`,
        parameters: analysisParameters(a),
        requestBody: scenarioBody,
        responses: {
          '200': json(a.title.en, z.toJSONSchema(a.outputSchema, { unrepresentable: 'any' })),
          '422': problemResponse,
          ...errors,
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'cio-graph API',
      version,
      description:
        'The CIO-stelsel Rijksdienst as a graph, with its analyses. Every fact cites the Evaluatie CIO-stelsel Rijksdienst 2024.',
    },
    paths: { ...paths, ...changesPaths(), ...reportsPaths(), ...advicePaths(), ...compactGraphPaths() },
    components: {
      securitySchemes: SECURITY_SCHEMES,
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                properties: { path: { type: 'string' }, message: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  };
}
