// GET /api/graph/compact?snapshot=: the graph in the compact form the level-of-detail viewer draws
// (src/contract/compact-graph.ts), sent as cached precompressed bytes with its ETag like /api/graph.
// The cache is keyed by the service's graph object: when a workspace commit makes the service read
// the graph again, the old compact forms go with the old graph.
import { cachedJson } from '../cached-body';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import type { OrgGraph } from '../../model/types';
import { SNAPSHOTS } from '../../model/vocabulary';
import type { Snapshot } from '../../model/vocabulary';
import { compactGraph } from '../compact-graph';
import { sendCached } from '../precompressed';
import { parseOrProblem } from '../schemas';
import type { CachedJson, GraphService } from '../service';

export const CompactGraphQuery = z.strictObject({ snapshot: z.enum(SNAPSHOTS).default('2024') });

export function compactGraphRouter(service: GraphService): express.Router {
  const router = express.Router();
  const cache = new WeakMap<OrgGraph, Map<Snapshot, CachedJson>>();
  router.get('/graph/compact', (req: Request, res: Response, next: NextFunction) => {
    void (async () => {
      const { snapshot } = parseOrProblem(CompactGraphQuery, req.query, 'query');
      const graph = await service.base();
      let bySnapshot = cache.get(graph);
      if (!bySnapshot) cache.set(graph, (bySnapshot = new Map()));
      let cached = bySnapshot.get(snapshot);
      if (!cached) {
        cached = cachedJson(compactGraph(graph, snapshot));
        bySnapshot.set(snapshot, cached);
      }
      await sendCached(req, res, cached);
    })().catch(next);
  });
  return router;
}
