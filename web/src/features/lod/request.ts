// The compact graph's request, apart from the level-of-detail view's code (sigma, graphology) so the
// entry module can start it before that code has loaded: the request and the loading of the view's
// chunk then run side by side instead of one after the other.
import type { CompactGraph } from '../../../../src/contract/compact-graph';
import { api } from '../../api';
import { decodeState } from '../../state';

/** GET /api/graph/compact for the snapshot in the page's URL. */
export function requestCompact(): Promise<CompactGraph> {
  return api.graphCompact(decodeState(location.search).snapshot);
}
