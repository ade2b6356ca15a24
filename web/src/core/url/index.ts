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

/** The state with the camera the user moved to. */
export const withCamera =
  (camera: Camera) =>
  (state: ViewState): ViewState => ({ ...state, camera });

// ----- bindings ------------------------------------------------------------------------------------

export function writeUrl(state: ViewState): void {
  history.replaceState(null, '', urlOf(location.pathname, state));
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
