// Overlays: the analysis shown over the graph. The API (refresh, analysis cache) then the bindings
// (the analysis, snapshot and size menus, the legend).
import type { AnalysisOutputs } from '../../api';
import { formula } from '../../../../src/model/formulas';
import type { FormulaKey } from '../../../../src/model/formulas';
import { findingsOf } from '../../graph/findings';
import { scenarioStatuses } from '../../graph/scenario-view';
import { t } from '../../i18n';
import type { TextKey } from '../../i18n';
import { OVERLAYS, SIZE_METRICS, SNAPSHOTS } from '../../state';
import type { Overlay, ViewState } from '../../state';
import { $, el } from '../../ui/dom';
import { legendItems } from '../../ui/legend';
import { listen } from '../context';
import type { AppContext } from '../context';
import {
  analysisParams,
  metricSizes,
  overlapEdges,
  overlayStatuses,
  sizeMetric,
  subjectNode,
} from './producers';
import type { AnalysisId } from './producers';

const FORMULAS: Partial<Record<Overlay, FormulaKey>> = {
  overlap: 'overlapScore',
  fragmentation: 'fragmentationIndex',
  centrality: 'betweenness',
};

/**
 * One line saying what the view shows: the overlay (or the scenario's changes), and the focused
 * ministry. An analysis during a scenario is the analysis of the graph after it, and says so.
 */
export function captionOf(state: Pick<ViewState, 'lang' | 'overlay' | 'focus'>, scenario: boolean): string {
  const L = state.lang;
  const overlay = t(L, `caption_${state.overlay}` as TextKey);
  const what = !scenario
    ? overlay
    : state.overlay === 'none'
      ? t(L, 'caption_scenario')
      : `${t(L, 'captionScenarioAnalysis')} · ${overlay}`;
  return state.focus ? `${t(L, 'captionFocus')} ${state.focus} · ${what}` : what;
}

export interface OverlaysModule {
  /** An analysis for the current snapshot (of the graph after the scenario shown), fetched once and cached. */
  analysis<K extends AnalysisId>(id: K): Promise<AnalysisOutputs[K]>;
  /** Recomputes findings, colours and sizes for the current overlay, of the scenario's graph if one is shown. */
  refresh(): Promise<void>;
  renderLegend(): void;
}

export function createOverlays(ctx: AppContext, renderFindings: () => void): OverlaysModule {
  const outputs = new Map<string, Promise<unknown>>();
  const { display, view } = ctx;

  const analysis = <K extends AnalysisId>(id: K): Promise<AnalysisOutputs[K]> => {
    const params = analysisParams(id, ctx.state().snapshot);
    const v = view.scenario;
    const key = `${id}?${new URLSearchParams(params).toString()}${v ? `#${JSON.stringify(v.input)}` : ''}`;
    if (!outputs.has(key))
      outputs.set(key, v ? ctx.api.scenarioAnalysis(id, params, v.input) : ctx.api.analysis(id, params));
    return outputs.get(key) as Promise<AnalysisOutputs[K]>;
  };

  const syncOverlapEdges = (result: AnalysisOutputs['overlap'] | null) => {
    display.filterEdges((_e, a) => a.overlay === 'overlap').forEach((e) => display.dropEdge(e));
    if (!result) return;
    for (const e of overlapEdges(result, (n) => display.hasNode(n)))
      display.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
  };

  const module: OverlaysModule = {
    analysis,
    async refresh() {
      const state = ctx.state();
      const overlay = state.overlay;
      const data = ctx.data;
      const nameOf = (id: string) => (data.hasNode(id) ? data.getNodeAttribute(id, 'name') : id);
      try {
        view.findings =
          overlay === 'none'
            ? []
            : findingsOf(overlay, (await analysis(overlay)) as never, nameOf, {
                subjectNode: (x) => subjectNode(data, x),
              });
        // Without an analysis a scenario colours what it added and changed.
        view.statuses =
          view.scenario && overlay === 'none'
            ? scenarioStatuses(view.scenario.result.changes)
            : overlayStatuses(overlay, view.findings);
        syncOverlapEdges(overlay === 'overlap' ? await analysis('overlap') : null);
        const metric = sizeMetric(state);
        view.sizes = metric ? metricSizes(await analysis('centrality'), metric) : null;
      } catch (error) {
        view.findings = [];
        ctx.status(`${t(state.lang, 'loadError')}: ${(error as Error).message}`);
      }
      ctx.emit('findings', view.findings);
      renderFindings();
      module.renderLegend();
      ctx.renderer.refresh();
    },
    renderLegend() {
      const state = ctx.state();
      const scenarioChanges = view.scenario !== null && state.overlay === 'none';
      $('legend').replaceChildren(...legendItems(state.lang, state.overlay, scenarioChanges));
      // The caption says what the view shows; where a number is drawn, its formula is the tooltip.
      const caption = $('caption');
      caption.textContent = captionOf(state, view.scenario !== null);
      const key = FORMULAS[state.overlay];
      if (key) caption.title = formula(key, state.lang);
      else caption.removeAttribute('title');
    },
  };
  return module;
}

/** The analysis, snapshot and size menus. */
export function bindOverlayControls(
  ctx: AppContext,
  overlays: OverlaysModule,
  renderSelection: () => Promise<void>,
): void {
  const on = listen(ctx);
  const select = (id: string, values: readonly string[], current: string, onChange: (v: string) => void) => {
    const s = $<HTMLSelectElement>(id);
    s.replaceChildren(...values.map((v) => el('option', { value: v })));
    s.value = current;
    on(s, 'change', () => onChange(s.value));
  };
  const state = ctx.state();
  select('overlay', OVERLAYS, state.overlay, (v) => {
    ctx.setState({ overlay: v as Overlay, selection: null });
    void overlays.refresh().then(renderSelection);
  });
  select('snapshot', SNAPSHOTS, state.snapshot, (v) => {
    ctx.setState({ snapshot: v as ViewState['snapshot'] });
    void overlays.refresh().then(renderSelection);
  });
  select('size', SIZE_METRICS, state.size, (v) => {
    ctx.setState({ size: v as ViewState['size'] });
    void overlays.refresh();
  });
}
