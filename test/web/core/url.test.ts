// URL state producers: the address of a state and the camera producer.
import { describe, expect, it } from 'vitest';
import { urlOf, withCamera } from '../../../web/src/core/url';
import { DEFAULT_STATE, decodeState } from '../../../web/src/state';

describe('core/url', () => {
  it('writes only the path for the default state', () => {
    expect(urlOf('/', DEFAULT_STATE)).toBe('/');
  });
  it('writes a query that restores the state', () => {
    const state = { ...DEFAULT_STATE, focus: 'JenV', overlay: 'deviations' as const };
    const url = urlOf('/', state);
    expect(url).toMatch(/^\/\?/);
    expect(decodeState(url.slice(2))).toEqual(state);
  });
  it('withCamera stores the camera without touching the rest', () => {
    const next = withCamera({ x: 0.5, y: 0.25, ratio: 0.5 })(DEFAULT_STATE);
    expect(next).toEqual({ ...DEFAULT_STATE, camera: { x: 0.5, y: 0.25, ratio: 0.5 } });
    expect(DEFAULT_STATE.camera).toBeNull();
  });
});
