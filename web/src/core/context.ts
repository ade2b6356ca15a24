// The composition point of the viewer. Every core module and every feature receives one AppContext:
// the graphs, the renderer, the view state with its change events, the API client and the panel
// slots. Core modules are built in `app.ts`; features (web/src/features/<name>/) are listed in
// `features/index.ts` and mounted with `mountFeature(ctx)`, which returns their cleanup.
import type { MultiDirectedGraph } from 'graphology';
import type Sigma from 'sigma';
import type { api } from '../api';
import type { Finding } from '../graph/findings';
import type { DataGraph, VisibilityContext } from '../graph/visibility';
import type { ViewState } from '../state';
import { listener } from '../ui/dom';
import type { Listen } from '../ui/dom';
import type { ScenarioView } from './scenario/producers';

export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  type: string;
}
export interface DisplayEdge {
  size: number;
  color: string;
  overlay?: 'overlap';
  weight?: number;
  pair?: number;
}
export type DisplayGraph = MultiDirectedGraph<DisplayNode, DisplayEdge>;
export type Renderer = Sigma<DisplayNode, DisplayEdge>;
export type Api = typeof api;

/** What the reducers read on every frame besides the view state; owned by the core modules. */
export interface ViewRuntime {
  visibility: VisibilityContext;
  hovered: { node: string; neighbours: Set<string> } | null;
  /** The findings of the current overlay. */
  findings: Finding[];
  /** Node → status colour key ('deviation', 'added', …) of the overlay or scenario shown. */
  statuses: Map<string, string>;
  /** Nodes and edges of the selected finding. */
  evidence: { nodes: Set<string>; edges: Set<string> } | null;
  /** Node → relative size in [0, 1] when sized by a metric. */
  sizes: Map<string, number> | null;
  scenario: ScenarioView | null;
  /** The findings panel shows a table instead of a list. */
  showTable: boolean;
}

/** Places in the page a feature may fill or append to. */
export interface PanelSlots {
  /** The header's action buttons. */
  toolbar: HTMLElement;
  /** The left column (filters, legend). */
  side: HTMLElement;
  /** The right column (findings, details). */
  panel: HTMLElement;
  /** Beside the canvas: legend, colour scale and caption. */
  stageAside: HTMLElement;
  /** The element sigma draws in. */
  stage: HTMLElement;
}

export type StateEvent = { patch: Partial<ViewState>; before: ViewState };
export interface AppEvents {
  /** After every state change (the URL is already written). */
  state: StateEvent;
  /** The data graph shown changed (a scenario entered or left). */
  data: DataGraph;
  /** The overlay's findings were recomputed. */
  findings: Finding[];
  /** After the text of the page was rendered in the current language. */
  text: ViewState['lang'];
}

export interface AppContext {
  /** The graph as the API sent it; never modified. */
  readonly base: DataGraph;
  /** What is shown: the base graph, or the graph after a scenario. */
  data: DataGraph;
  readonly display: DisplayGraph;
  readonly renderer: Renderer;
  readonly api: Api;
  readonly view: ViewRuntime;
  readonly slots: PanelSlots;
  state(): ViewState;
  setState(patch: Partial<ViewState>): void;
  on<K extends keyof AppEvents>(event: K, fn: (payload: AppEvents[K]) => void): () => void;
  emit<K extends keyof AppEvents>(event: K, payload: AppEvents[K]): void;
  /** One line in the status bar (empty clears it). */
  status(text: string): void;
  /** Select a node, edge or finding (null clears) and show it in the detail panel. */
  select(selection: ViewState['selection']): Promise<void>;
  /** Frame these nodes in the stage. */
  fitNodes(nodes: string[], animate?: boolean, minRatio?: number): void;
  centreOn(node: string): void;
  /** Remember a cleanup for `kill()`. */
  cleanup(fn: () => void): void;
}

/** A viewer feature: mounted once after the core, returns what undoes it. */
export interface Feature {
  id: string;
  mount(ctx: AppContext): (() => void) | void;
}

/** A tiny typed event bus; listeners run synchronously in the order they subscribed. */
export function createEvents(): Pick<AppContext, 'on' | 'emit'> {
  const listeners = new Map<keyof AppEvents, Set<(payload: never) => void>>();
  return {
    on(event, fn) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(fn as (payload: never) => void);
      return () => set.delete(fn as (payload: never) => void);
    },
    emit(event, payload) {
      for (const fn of listeners.get(event) ?? []) (fn as (p: typeof payload) => void)(payload);
    },
  };
}

/** A DOM listener whose removal is handed to the context's cleanups. */
export function listen(ctx: Pick<AppContext, 'cleanup'>): Listen {
  const list: (() => void)[] = [];
  ctx.cleanup(() => list.forEach((c) => c()));
  return listener(list);
}
