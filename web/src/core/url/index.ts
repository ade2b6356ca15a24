// URL state: the view state lives in the query string, so a link restores the view.
// Producers (pure) first, then the binding that writes the URL as the state and camera change.
import { encodeState } from '../../state';
import type { Camera, ViewState } from '../../state';
import type { AppContext } from '../context';

// ----- producers -----------------------------------------------------------------------------------

/** The address of a state: the path and, when the state differs from the default, its query. */
export function urlOf(pathname: string, state: ViewState): string {
  const query = encodeState(state);
  return query ? `${pathname}?${query}` : pathname;
}

/**
 * The address with the feature-owned parameters of the current query kept (a feature's own slice of
 * URL state, e.g. the open overview and its sort; see `ownUrlParams`). Order: the view state first.
 */
export function keepParams(url: string, current: string, keys: ReadonlySet<string>): string {
  const kept = [...new URLSearchParams(current)].filter(([k]) => keys.has(k));
  if (!kept.length) return url;
  const [path, query = ''] = url.split('?');
  const p = new URLSearchParams(query);
  for (const [k, v] of kept) p.set(k, v);
  return `${path}?${p.toString()}`;
}

/** The state with the camera the user moved to. */
export const withCamera =
  (camera: Camera) =>
  (state: ViewState): ViewState => ({ ...state, camera });

// ----- bindings ------------------------------------------------------------------------------------

/** Query keys owned by features: writing the view state keeps them (the view state does not know them). */
const featureKeys = new Set<string>();

/** A feature claims query keys for its own state and writes them (null removes one). */
export function ownUrlParams(keys: readonly string[]): (values: Record<string, string | null>) => void {
  for (const k of keys) featureKeys.add(k);
  return (values) => {
    const p = new URLSearchParams(location.search);
    for (const [k, v] of Object.entries(values)) {
      if (!featureKeys.has(k)) continue;
      if (v === null || v === '') p.delete(k);
      else p.set(k, v);
    }
    const query = p.toString();
    history.replaceState(null, '', query ? `${location.pathname}?${query}` : location.pathname);
  };
}

export function writeUrl(state: ViewState): void {
  history.replaceState(null, '', keepParams(urlOf(location.pathname, state), location.search, featureKeys));
}

/**
 * Camera moves are written to the URL a quarter second after they stop (not on every frame).
 * `setCamera` stores the camera in the state without another refresh.
 */
export function bindCameraToUrl(ctx: AppContext, setCamera: (camera: Camera) => void): void {
  let timer: number | undefined;
  const camera = ctx.renderer.getCamera();
  const onUpdate = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const { x, y, ratio } = camera.getState();
      setCamera({ x, y, ratio });
      writeUrl(ctx.state());
    }, 250);
  };
  camera.on('updated', onUpdate);
  ctx.cleanup(() => {
    window.clearTimeout(timer);
    camera.off('updated', onUpdate);
  });
}
