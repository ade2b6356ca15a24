// The pieces every OpenAPI fragment uses (the main document in schemas.ts and each route's
// *-openapi.ts): query parameters from the zod schema that validates them, and the problem response.
// One module, imported by all, so the fragments cannot describe the same thing differently.
import { z } from 'zod';

/** The query parameters of a zod object schema, as OpenAPI parameters. */
export function queryParameters(schema: z.ZodObject): Record<string, unknown>[] {
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
}

/** An error answer: an RFC 9457 problem. */
export const problemResponse = {
  description: 'A problem (RFC 9457)',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
