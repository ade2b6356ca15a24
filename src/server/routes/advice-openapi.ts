// GET /api/advice in the OpenAPI document, from the zod schema that validates its query.
import { AdviceQuery } from './advice';
import { problemResponse, queryParameters } from '../openapi-parts';

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
          '400': problemResponse,
          '429': problemResponse,
          '503': { ...problemResponse, headers: { 'Retry-After': { schema: { type: 'integer' } } } },
        },
      },
    },
  };
}
