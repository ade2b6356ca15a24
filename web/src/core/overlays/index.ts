// Overlays: the analysis shown over the graph. The API (refresh, analysis cache) then the bindings
// (the analysis, snapshot and size menus, the legend).
import type { AnalysisOutputs } from '../../api';
import { findingsOf } from '../../graph/findings';
import { t } from '../../i18n';
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

export interface OverlaysModule {
  /** An analysis for the current snapshot, fetched once and cached. */
  analysis<K extends AnalysisId>(id: K): Promise<AnalysisOutputs[K]>;
  /** Recomputes findings, colours and sizes for the current overlay (not while a scenario is shown). */
  refresh(): Promise<void>;
  renderLegend(): void;
}

export function createOverlays(ctx: AppContext, renderFindings: () => void): OverlaysModule {
  const outputs = new Map<string, Promise<unknown>>();
  const { display, view } = ctx;

  const analysis = <K extends AnalysisId>(id: K): Promise<AnalysisOutputs[K]> => {
    const params = analysisParams(id, ctx.state().snapshot);
    const key = `${id}?${new URLSearchParams(params).toString()}`;
    if (!outputs.has(key)) outputs.set(key, ctx.api.analysis(id, params));
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
      // A scenario's colours and findings stay until the user leaves the scenario.
      if (view.scenario) return;
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
        view.statuses = overlayStatuses(overlay, view.findings);
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
      $('legend').replaceChildren(
        ...legendItems(ctx.state().lang, ctx.state().overlay, view.scenario !== null),
      );
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
