// GET /api/graph/compact in the OpenAPI document, from the zod schemas of its query and its body.
import { z } from 'zod';
import { CompactGraphResponse } from '../../contract/compact-graph';
import { CompactGraphQuery } from './graph-compact';
import { problemResponse, queryParameters } from '../openapi-parts';

export function compactGraphPaths(): Record<string, unknown> {
  return {
    '/api/graph/compact': {
      get: {
        summary:
          'The graph of one snapshot as parallel index arrays, for the level-of-detail viewer (details per node from /api/nodes/{id})',
        parameters: queryParameters(CompactGraphQuery),
        responses: {
          '200': {
            description: 'The compact graph; ETag, gzip or brotli by Accept-Encoding',
            content: { 'application/json': { schema: z.toJSONSchema(CompactGraphResponse) } },
          },
          '304': { description: 'Not modified (If-None-Match)' },
          '400': problemResponse,
          '429': problemResponse,
        },
      },
    },
  };
}
