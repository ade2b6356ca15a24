// The viewer: composes the core modules (core/<module>: pure producers, then the module's API, then
// its DOM bindings) around one AppContext and mounts the features (features/index.ts) on it.
// One data graph (as the API sent it, never modified), one display graph for sigma, and the view
// state; sigma's reducers combine them on every frame. `kill()` releases everything.
import { MultiDirectedGraph } from 'graphology';
import type { OrgEdgeAttributes, OrgNodeAttributes } from '../../src/model/types';
import { api } from './api';
import type { GraphJson } from './api';
import type { DataGraph } from './graph/visibility';
import { visibilityContext } from './graph/visibility';
import { hierarchyLayout } from './layout/hierarchy';
import { decodeState } from './state';
import type { ViewState } from './state';
import { $ } from './ui/dom';
import { createEvents } from './core/context';
import type { AppContext, DisplayEdge, DisplayNode, ViewRuntime } from './core/context';
import { bindControls } from './core/controls';
import { createFocus } from './core/focus';
import { LABEL_THRESHOLD, bindLayoutControl, createLayout } from './core/layout';
import { stretchToAspect } from './core/layout/producers';
import { bindOverlayControls, createOverlays } from './core/overlays';
import { bindGraphEvents, createRenderer, fillDisplay } from './core/renderer';
import { bindScenarioControls, createScenario } from './core/scenario';
import { createSelection } from './core/selection';
import { renderCounts, renderStaticText } from './core/text';
import { bindCameraToUrl, writeUrl } from './core/url';
import { bindLabelPlacement } from './core/labels';
import { mountFeatures } from './features';

export class App {
  private readonly cleanups: (() => void)[] = [];
  private readonly ctx: AppContext;
  private readonly start_: () => Promise<void>;

  constructor(graphJson: GraphJson) {
    const base: DataGraph = new MultiDirectedGraph<OrgNodeAttributes, OrgEdgeAttributes>();
    base.import(graphJson);
    let state: ViewState = decodeState(location.search);
    const view: ViewRuntime = {
      visibility: { focus: null },
      hovered: null,
      findings: [],
      statuses: new Map(),
      evidence: null,
      sizes: null,
      scenario: null,
      showTable: false,
    };
    // Sigma draws once in its constructor, before the context exists: until then the base is shown.
    let shown = (): DataGraph => base;
    // The hierarchy stretched to the stage's shape, so the first view fills it.
    const box = $('graph').getBoundingClientRect();
    const hierarchy = stretchToAspect(hierarchyLayout(base), box.height / box.width);
    const display = new MultiDirectedGraph<DisplayNode, DisplayEdge>();
    fillDisplay(display, base, hierarchy);
    const renderer = createRenderer(
      display,
      $('graph'),
      () => ({ state, view, data: shown() }),
      LABEL_THRESHOLD,
    );
    const events = createEvents();
    const ctx: AppContext = {
      base,
      data: base,
      display,
      renderer,
      api,
      view,
      slots: {
        toolbar: document.querySelector<HTMLElement>('header .actions')!,
        side: $('filters-panel'),
        panel: $('panel'),
        stageAside: $('stage-aside'),
        stage: $('graph'),
      },
      ...events,
      state: () => state,
      setState: (patch) => {
        const before = state;
        state = { ...state, ...patch };
        writeUrl(state);
        events.emit('state', { patch, before });
        if (patch.lang !== undefined) renderText();
        else if (patch.focus !== undefined || patch.overlay !== undefined) overlays.renderLegend();
        renderCounts(ctx);
        renderer.refresh();
      },
      status: (text) => ($('status').textContent = text),
      select: (selection) => selection_.select(selection),
      fitNodes: (nodes, animate, minRatio) => layout.fitNodes(nodes, animate, minRatio),
      centreOn: (node) => layout.centreOn(node),
      cleanup: (fn) => this.cleanups.push(fn),
    };
    this.ctx = ctx;
    shown = () => ctx.data;

    const layout = createLayout(ctx, hierarchy);
    const rebuildDisplay = () => fillDisplay(display, ctx.data, layout.positions[state.layout] ?? hierarchy);
    // The modules refer to one another only through these functions, built below.
    const selection_ = createSelection(ctx, {
      addOperation: (op) => scenario.addOperation(op),
      scenarioHead: () => scenario.head(),
    });
    const overlays = createOverlays(ctx, () => selection_.renderFindings());
    const focus = createFocus(ctx, layout);
    const renderText = () => {
      renderStaticText(ctx);
      overlays.renderLegend();
      selection_.renderFindings();
      focus.renderSummary();
      void selection_.render();
      ctx.emit('text', state.lang);
    };
    const scenario = createScenario(ctx, {
      rebuildDisplay,
      applyLayout: (animate) => layout.apply(animate),
      refreshOverlays: () => overlays.refresh(),
      renderSelection: () => selection_.render(),
      renderCounts: () => renderCounts(ctx),
      renderText,
    });

    this.start_ = async () => {
      bindGraphEvents(ctx, $('tooltip'));
      bindLabelPlacement(ctx);
      bindCameraToUrl(ctx, (camera) => (state = { ...state, camera }));
      bindOverlayControls(ctx, overlays, () => selection_.render());
      bindLayoutControl(ctx, layout);
      bindScenarioControls(ctx, scenario);
      bindControls(ctx, () => selection_.renderFindings());
      view.visibility = visibilityContext(ctx.data, state);
      layout.labelThreshold();
      if (state.layout === 'forceatlas2' || state.focus) await layout.apply(false);
      await overlays.refresh();
      await scenario.loadList();
      scenario.setEditorText(scenario.editorScenario());
      if (state.scenario) await scenario.runShipped(state.scenario);
      if (state.camera) renderer.getCamera().setState(state.camera);
      else if (state.focus) layout.fitToVisible(false);
      this.cleanups.push(mountFeatures(ctx));
      renderText();
      renderCounts(ctx);
      await selection_.render();
      renderer.refresh();
    };
  }

  async start(): Promise<void> {
    await this.start_();
    document.body.dataset.ready = 'true';
  }

  kill(): void {
    for (const c of this.cleanups.reverse()) c();
    this.ctx.renderer.kill();
  }
}
