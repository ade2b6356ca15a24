// The workspace routes in the OpenAPI document, from the same zod schemas that validate them; the
// write routes declare the bearer security scheme.
import { z } from 'zod';
import { ChangeSetSchema } from '../../workspace/schema';
import { ChangesQuery, RevertBody, VersionDiffQuery, VersionGraphQuery } from './changes-schemas';
import { problemResponse, queryParameters } from '../openapi-parts';

const ok = (description: string) => ({
  description,
  content: { 'application/json': { schema: { type: 'object' } } },
});
const versionPath = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const writeErrors = {
  '401': problemResponse,
  '403': problemResponse,
  '412': problemResponse,
  '422': problemResponse,
  '429': problemResponse,
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
        responses: {
          '200': ok('Workspace'),
          '401': problemResponse,
          '403': problemResponse,
          '429': problemResponse,
        },
      },
    },
    '/api/changes': {
      get: {
        summary: 'The change log, or the history of one node (?node=)',
        parameters: queryParameters(ChangesQuery),
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
        responses: { '200': ok('Change'), '404': problemResponse },
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
        responses: { '201': ok('The revert'), '409': problemResponse, ...writeErrors },
      },
    },
    '/api/versions/diff': {
      get: {
        summary: 'What changed between two versions: records and every analysis',
        parameters: queryParameters(VersionDiffQuery),
        responses: { '200': ok('Version diff'), '404': problemResponse },
      },
    },
  };
}

/** The version and date parameters of GET /api/graph. */
export const GRAPH_VERSION_PARAMETERS = queryParameters(VersionGraphQuery);
