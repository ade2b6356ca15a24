// The level-of-detail view's settings, sigma-style: one object of defaults, a validator that throws a
// typed error naming the setting, and a reader for the URL (`?lodThreshold=…` and the others below),
// so a link or a test can move the threshold. Pure: no DOM.

export const LOD_DEFAULTS = {
  /** More visible-or-not nodes than this and the viewer opens in the level-of-detail view. */
  threshold: 3000,
  /** A group with fewer members is never folded into an aggregate: its nodes are drawn as they are. */
  minGroup: 8,
  /** A folded group in view whose box is at least this big on screen (its smaller side, px) unfolds by itself (semantic zoom). */
  expandPx: 220,
  /** A group unfolded by zooming folds again when its box's smaller side is below this (px) or it leaves the view. */
  collapsePx: 140,
  /** At most this many nodes are unfolded by zooming at once (clicks are not limited): the frame stays cheap. */
  maxZoomNodes: 6000,
};
export type LodSettings = typeof LOD_DEFAULTS;

/** The URL parameter of each setting. */
export const LOD_QUERY: Record<keyof LodSettings, string> = {
  threshold: 'lodThreshold',
  minGroup: 'lodMinGroup',
  expandPx: 'lodExpandPx',
  collapsePx: 'lodCollapsePx',
  maxZoomNodes: 'lodMaxZoomNodes',
};

export class LodSettingsError extends Error {
  constructor(
    readonly setting: keyof LodSettings,
    message: string,
  ) {
    super(`cio-graph/lod: settings.${setting} ${message}`);
    this.name = 'LodSettingsError';
  }
}

/** Throws a LodSettingsError for the first setting out of range, as sigma's validateSettings does. */
export function validateLodSettings(s: LodSettings): void {
  const whole = (key: keyof LodSettings, min: number) => {
    if (!Number.isInteger(s[key]) || s[key] < min)
      throw new LodSettingsError(key, `must be a whole number of at least ${min} (got ${s[key]})`);
  };
  whole('threshold', 0);
  whole('minGroup', 1);
  whole('expandPx', 1);
  whole('collapsePx', 0);
  whole('maxZoomNodes', 0);
  // Equal or crossed bounds would fold and unfold the same group on every camera move.
  if (s.collapsePx >= s.expandPx)
    throw new LodSettingsError('collapsePx', `must be below expandPx (${s.collapsePx} >= ${s.expandPx})`);
}

/** The settings a URL asks for over the defaults; validated (a bad value throws LodSettingsError). */
export function lodSettingsOf(query: string, base: LodSettings = LOD_DEFAULTS): LodSettings {
  const p = new URLSearchParams(query);
  const out = { ...base };
  for (const key of Object.keys(LOD_QUERY) as (keyof LodSettings)[]) {
    const raw = p.get(LOD_QUERY[key]);
    if (raw !== null && raw !== '') out[key] = Number(raw);
  }
  validateLodSettings(out);
  return out;
}
