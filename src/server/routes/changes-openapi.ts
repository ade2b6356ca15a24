// The workspace routes in the OpenAPI document, from the same zod schemas that validate them; the
// write routes declare the bearer security scheme.
import { z } from 'zod';
import { ChangeSetSchema } from '../../workspace/schema';
import { ChangesQuery, RevertBody, VersionDiffQuery, VersionGraphQuery } from './changes-schemas';

const problem = {
  description: 'A problem (RFC 9457)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
const ok = (description: string) => ({
  description,
  content: { 'application/json': { schema: { type: 'object' } } },
});
const query = (schema: z.ZodObject) => {
  const json = z.toJSONSchema(schema, { io: 'input' }) as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
};
const versionPath = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const writeErrors = {
  '401': problem,
  '403': problem,
  '412': problem,
  '422': problem,
  '429': problem,
};

export const SECURITY_SCHEMES = {
  bearer: { type: 'http', scheme: 'bearer', description: 'A token from `cio-graph token create`' },
};

export function changesPaths(): Record<string, unknown> {
  return {
    '/api/workspace': {
      get: {
        summary:
          'Whether the server has a workspace, is writable, and its version; with a Bearer token, whose it is',
        security: [{}, { bearer: [] }],
        responses: { '200': ok('Workspace'), '401': problem, '403': problem, '429': problem },
      },
    },
    '/api/changes': {
      get: {
        summary: 'The change log, or the history of one node (?node=)',
        parameters: query(ChangesQuery),
        responses: { '200': ok('Changes') },
      },
      post: {
        summary: 'Commit a change set (scenario operations with base, reason and sources)',
        security: [{ bearer: [] }],
        parameters: [
          {
            name: 'If-Match',
            in: 'header',
            required: false,
            schema: { type: 'string' },
            description: 'The base version',
          },
        ],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: z.toJSONSchema(ChangeSetSchema, { io: 'input' }) } },
        },
        responses: { '201': ok('The committed change'), ...writeErrors },
      },
    },
    '/api/changes/{id}': {
      get: {
        summary: 'One change with its diff against the version before it',
        parameters: [versionPath],
        responses: { '200': ok('Change'), '404': problem },
      },
    },
    '/api/changes/{id}/revert': {
      post: {
        summary: 'Revert a change as a new change (admin)',
        security: [{ bearer: [] }],
        parameters: [versionPath],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: z.toJSONSchema(RevertBody) } },
        },
        responses: { '201': ok('The revert'), '409': problem, ...writeErrors },
      },
    },
    '/api/versions/diff': {
      get: {
        summary: 'What changed between two versions: records and every analysis',
        parameters: query(VersionDiffQuery),
        responses: { '200': ok('Version diff'), '404': problem },
      },
    },
  };
}

/** The version and date parameters of GET /api/graph. */
export const GRAPH_VERSION_PARAMETERS = query(VersionGraphQuery);
