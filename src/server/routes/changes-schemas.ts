// Request schemas of the workspace routes, shared by the router and the OpenAPI document.
import { z } from 'zod';
import { IsoDate } from '../../workspace/schema';

export const ChangesQuery = z.strictObject({ node: z.string().min(1).max(200).optional() });
export const VersionGraphQuery = z.strictObject({
  version: z.coerce.number().int().min(0).optional(),
  asOf: IsoDate.optional(),
});
export const VersionDiffQuery = z.strictObject({
  from: z.coerce.number().int().min(0),
  to: z.coerce.number().int().min(0),
});
export const RevertBody = z.strictObject({
  reason: z.string().trim().min(1).max(2000),
  base: z.number().int().min(0).optional(),
});
