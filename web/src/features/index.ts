// The viewer's features, mounted in this order after the core (see core/context.ts for what a
// feature receives). Add a feature with one import and one entry; keep its code in its own folder.
import type { AppContext, Feature } from '../core/context';
import { adviceFeature } from './advice';
import { editFeature } from './edit';
import { overviewsFeature } from './overviews';
import { reportFeature } from './report';
import { statementsFeature } from './statements';

export const FEATURES: Feature[] = [
  statementsFeature,
  reportFeature,
  adviceFeature,
  overviewsFeature,
  editFeature,
];

/** Mounts every feature; returns one cleanup for all of them. */
export function mountFeatures(ctx: AppContext, features: readonly Feature[] = FEATURES): () => void {
  const cleanups = features.map((f) => f.mount(ctx) ?? (() => undefined));
  return () => cleanups.reverse().forEach((c) => c());
}
