// Selection and the right-hand panels: select a node, edge or finding; the findings list/table and
// the detail panel follow. A pending pick (the target of a scenario operation) is completed here.
import type { FindingSource } from '../../state';
import { t } from '../../i18n';
import { $, el } from '../../ui/dom';
import { edgeDetailView, findingDetailView, nodeDetailView, statusText } from '../../ui/detail';
import type { DetailContext } from '../../ui/detail';
import { findingsPanel } from '../../ui/findings-panel';
import { formula } from '../../../../src/model/formulas';
import type { AppContext } from '../context';
import { columnTips, explanationTip, findingTip } from '../tips';
import { changeOf } from '../scenario/producers';
import { evidenceOf, localNodeDetail, resolvePick, selectedFinding } from './producers';
import type { PendingPick } from './producers';

export interface SelectionDeps {
  addOperation(operation: Record<string, unknown>): void;
  scenarioHead(): HTMLElement;
}

export interface SelectionModule {
  select: AppContext['select'];
  render(): Promise<void>;
  renderFindings(): void;
}

export function createSelection(ctx: AppContext, deps: SelectionDeps): SelectionModule {
  let pending: PendingPick | null = null;
  let token = 0;
  const L = () => ctx.state().lang;

  const detailContext = (): DetailContext => ({
    lang: L(),
    openNode: (id) => void module.select({ type: 'node', id }).then(() => ctx.centreOn(id)),
    addToScenario: (operation) => deps.addOperation(operation),
    pickTarget: (kind, build) => {
      pending = { kind, build };
      ctx.status(t(L(), kind === 'body' ? 'pickBody' : 'pickRole'));
    },
  });

  const scenarioNodeDetail = (id: string): Node[] => {
    const out = nodeDetailView(localNodeDetail(ctx.data, id, ctx.state().snapshot), detailContext());
    const change = changeOf(ctx.view.scenario!, id);
    if (change)
      out.splice(1, 0, el('p', {}, el('span', { class: `badge c-${change}` }, statusText(change, L()))));
    return out;
  };

  const module: SelectionModule = {
    async select(selection) {
      const before = pending;
      const pick = resolvePick(pending, selection, (n) =>
        ctx.data.hasNode(n) ? ctx.data.getNodeAttribute(n, 'kind') : undefined,
      );
      pending = pick.pending;
      if (before && !pending) ctx.status('');
      if (pick.operation) deps.addOperation(pick.operation);
      ctx.setState({ selection });
      await module.render();
    },
    async render() {
      const state = ctx.state();
      const sel = state.selection;
      ctx.view.evidence = evidenceOf(selectedFinding(state, ctx.view));
      module.renderFindings();
      ctx.renderer.refresh({ skipIndexation: true });
      const mine = ++token;
      const box = $('details');
      if (!sel) return void box.replaceChildren(el('p', { class: 'muted' }, t(state.lang, 'noSelection')));
      if (sel.type === 'node') {
        if (!ctx.data.hasNode(sel.id)) return void box.replaceChildren();
        if (ctx.view.scenario) return void box.replaceChildren(...scenarioNodeDetail(sel.id));
        box.replaceChildren(el('p', { class: 'muted' }, t(state.lang, 'loading')));
        const detail = await ctx.api.node(sel.id, state.snapshot).catch((e: Error) => e);
        if (mine !== token) return;
        if (detail instanceof Error)
          box.replaceChildren(el('p', {}, `${t(state.lang, 'loadError')}: ${detail.message}`));
        else box.replaceChildren(...nodeDetailView(detail, detailContext()));
      } else if (sel.type === 'edge') {
        if (!ctx.data.hasEdge(sel.id)) return void box.replaceChildren();
        box.replaceChildren(...edgeDetailView(ctx.data, sel.id, detailContext()));
      } else {
        const f = ctx.view.evidence ? selectedFinding(state, ctx.view) : undefined;
        const source = sel.overlay;
        const tips = f && { title: findingTip(source, f, L()), explanation: explanationTip(source, L()) };
        box.replaceChildren(...(f ? findingDetailView(ctx.data, f, detailContext(), tips) : []));
      }
    },
    renderFindings() {
      const state = ctx.state();
      const v = ctx.view.scenario;
      // In a scenario without an analysis the list is its diff; with one, that analysis of its graph.
      const source: FindingSource | 'none' = v && state.overlay === 'none' ? 'scenario' : state.overlay;
      const sel = state.selection;
      $('findings').replaceChildren(
        ...findingsPanel({
          lang: state.lang,
          source,
          findings: v && source === 'scenario' ? v.findings : ctx.view.findings,
          head: v ? [deps.scenarioHead()] : [],
          table: ctx.view.showTable,
          current: sel?.type === 'finding' && sel.overlay === source ? sel.index : null,
          tip: (f) => (source === 'none' ? undefined : findingTip(source, f, state.lang)),
          columnTips: source === 'none' ? [] : columnTips(source, state.lang),
          countTip: formula('findingsCount', state.lang),
          onSelect: (f) => {
            if (source === 'none') return;
            void module.select({ type: 'finding', overlay: source, index: f.index }).then(() => {
              if (f.nodes.length > 1)
                ctx.fitNodes(
                  f.nodes.filter((n) => ctx.display.hasNode(n)),
                  true,
                  0.15,
                );
              else if (f.anchor) ctx.centreOn(f.anchor);
            });
          },
        }),
      );
    },
  };
  return module;
}
