// GET /api/advice in the OpenAPI document, from the zod schema that validates its query.
import { AdviceQuery } from './advice';
import { queryParameters } from './reports-openapi';

const problem = {
  description: 'A problem (RFC 9457)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

export function advicePaths(): Record<string, unknown> {
  return {
    '/api/advice': {
      get: {
        summary: "The advisor's restructuring proposals for the gremia, each a scenario (bounded search)",
        parameters: queryParameters(AdviceQuery),
        responses: {
          '200': {
            description: 'Proposals',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          '400': problem,
          '429': problem,
          '503': { ...problem, headers: { 'Retry-After': { schema: { type: 'integer' } } } },
        },
      },
    },
  };
}
