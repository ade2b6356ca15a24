// The view state of the viewer and its URL form. Everything a shared link must restore lives here;
// the data graph is never written to (sigma's reducers read this state when drawing).
// Pure: no DOM, so the round trip is unit-tested in Node.
import { EDGE_KINDS, NODE_KINDS, SNAPSHOTS as MODEL_SNAPSHOTS } from '../../src/model/vocabulary';
import type { Snapshot } from '../../src/model/vocabulary';

// The kinds come from the model's vocabulary, so a filter can never offer a kind the data lacks.
export { EDGE_KINDS, NODE_KINDS };
export const LEVELS = ['rijk', 'departmental', 'external'] as const;
export const OVERLAYS = [
  'none',
  'deviations',
  'overlap',
  'fragmentation',
  'centrality',
  'contradictions',
  'changes',
] as const;
/** Where a selected finding comes from: an overlay's list, or the diff of the active scenario. */
export const FINDING_SOURCES = [...OVERLAYS.filter((o) => o !== 'none'), 'scenario'] as const;
export type FindingSource = Exclude<Overlay, 'none'> | 'scenario';
export const LAYOUTS = ['hierarchy', 'forceatlas2'] as const;
export const SIZE_METRICS = ['kind', 'degree', 'betweenness', 'pagerank'] as const;
export const LANGS = ['nl', 'en'] as const;
/** Newest first, as the snapshot menu lists them. */
export const SNAPSHOTS: readonly Snapshot[] = [...MODEL_SNAPSHOTS].reverse();

export type Overlay = (typeof OVERLAYS)[number];
export type Lang = (typeof LANGS)[number];

export type Selection =
  | { type: 'node'; id: string }
  | { type: 'edge'; id: string }
  | { type: 'finding'; overlay: FindingSource; index: number };

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  lang: Lang;
  snapshot: (typeof SNAPSHOTS)[number];
  layout: (typeof LAYOUTS)[number];
  size: (typeof SIZE_METRICS)[number];
  overlay: Overlay;
  /** A ministry code: only its departmental CIO network and the Rijk bodies its CIO sits in. */
  focus: string | null;
  hiddenNodeKinds: string[];
  hiddenEdgeKinds: string[];
  hiddenLevels: string[];
  /**
   * The ministries shown; null: all. Empty: none, as in every other filter (checked = shown). In the
   * URL `ministries=` is none and no parameter is all.
   */
  ministries: string[] | null;
  selection: Selection | null;
  camera: Camera | null;
  /** A shipped scenario (its id) shown over the graph; uploaded ones are not in the URL. */
  scenario: string | null;
}

export const DEFAULT_STATE: ViewState = {
  lang: 'nl',
  snapshot: '2024',
  layout: 'hierarchy',
  size: 'kind',
  overlay: 'none',
  focus: null,
  hiddenNodeKinds: ['norm', 'statement', 'recommendation'],
  hiddenEdgeKinds: [],
  hiddenLevels: [],
  ministries: null,
  selection: null,
  camera: null,
  scenario: null,
};

const oneOf = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

const list = (value: string | null, allowed?: readonly string[]): string[] | null => {
  if (value === null) return null;
  const items = value === '' ? [] : value.split(',');
  return allowed ? items.filter((i) => allowed.includes(i)) : items;
};

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** The URL query of a state; only what differs from the default is written, so links stay short. */
export function encodeState(state: ViewState): string {
  const p = new URLSearchParams();
  const d = DEFAULT_STATE;
  if (state.lang !== d.lang) p.set('lang', state.lang);
  if (state.snapshot !== d.snapshot) p.set('snapshot', state.snapshot);
  if (state.layout !== d.layout) p.set('layout', state.layout);
  if (state.size !== d.size) p.set('size', state.size);
  if (state.overlay !== d.overlay) p.set('overlay', state.overlay);
  if (state.focus) p.set('focus', state.focus);
  const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
  if (!sameList(state.hiddenNodeKinds, d.hiddenNodeKinds))
    p.set('hideKinds', state.hiddenNodeKinds.join(','));
  if (state.hiddenEdgeKinds.length) p.set('hideEdges', state.hiddenEdgeKinds.join(','));
  if (state.hiddenLevels.length) p.set('hideLevels', state.hiddenLevels.join(','));
  if (state.ministries) p.set('ministries', state.ministries.join(','));
  const s = state.selection;
  if (state.scenario) p.set('scenario', state.scenario);
  if (s) p.set('sel', s.type === 'finding' ? `finding:${s.overlay}:${s.index}` : `${s.type}:${s.id}`);
  if (state.camera)
    p.set(
      'cam',
      [round(state.camera.x, 4), round(state.camera.y, 4), round(state.camera.ratio, 4)].join(','),
    );
  return p.toString();
}

function decodeSelection(value: string | null): Selection | null {
  if (!value) return null;
  const colon = value.indexOf(':');
  const type = value.slice(0, colon);
  const rest = value.slice(colon + 1);
  if (type === 'node' || type === 'edge') return rest ? { type, id: rest } : null;
  if (type === 'finding') {
    const [overlay, index] = rest.split(':');
    const o = (FINDING_SOURCES as readonly string[]).includes(overlay ?? '')
      ? (overlay as FindingSource)
      : null;
    const i = Number(index);
    return o && Number.isInteger(i) && i >= 0 ? { type, overlay: o, index: i } : null;
  }
  return null;
}

/** The state of a URL query. Unknown or malformed values fall back to the default, never throw. */
export function decodeState(query: string): ViewState {
  const p = new URLSearchParams(query);
  const d = DEFAULT_STATE;
  const cam = list(p.get('cam'))?.map(Number);
  return {
    lang: oneOf(LANGS, p.get('lang'), d.lang),
    snapshot: oneOf(SNAPSHOTS, p.get('snapshot'), d.snapshot),
    layout: oneOf(LAYOUTS, p.get('layout'), d.layout),
    size: oneOf(SIZE_METRICS, p.get('size'), d.size),
    overlay: oneOf(OVERLAYS, p.get('overlay'), d.overlay),
    focus: p.get('focus') || null,
    hiddenNodeKinds: list(p.get('hideKinds'), NODE_KINDS) ?? [...d.hiddenNodeKinds],
    hiddenEdgeKinds: list(p.get('hideEdges'), EDGE_KINDS) ?? [],
    hiddenLevels: list(p.get('hideLevels'), LEVELS) ?? [],
    ministries: list(p.get('ministries')),
    selection: decodeSelection(p.get('sel')),
    scenario: p.get('scenario') || null,
    camera:
      cam && cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0
        ? { x: cam[0]!, y: cam[1]!, ratio: cam[2]! }
        : null,
  };
}
