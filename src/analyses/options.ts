// Resolving analysis options: DEFAULTS merged with what the caller gives, validated by a zod schema so
// the CLI, the API and the viewer share one description of every parameter.
import type { z } from 'zod';
import { InvalidArgumentError } from '../model/errors';

export function resolveOptions<T>(module: string, schema: z.ZodType<T>, defaults: T, given: unknown): T {
  const merged = { ...(defaults as object), ...((given ?? {}) as object) };
  const result = schema.safeParse(merged);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InvalidArgumentError(
      `cio-graph/${module}: invalid option ${issue?.path.join('.') || ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return result.data;
}
