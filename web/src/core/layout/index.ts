// Layout orchestration: positions per layout (hierarchy computed at start, ForceAtlas2 in a worker
// on demand), the focus layout, animation to the targets, and camera framing.
import { animateNodes } from 'sigma/utils';
import { nodeVisible } from '../../graph/visibility';
import { t } from '../../i18n';
import { runForceAtlas2 } from '../../layout/fa2';
import type { Fa2Run } from '../../layout/fa2';
import { $ } from '../../ui/dom';
import { LAYOUTS } from '../../state';
import type { ViewState } from '../../state';
import { listen } from '../context';
import type { AppContext } from '../context';
import { focusLayoutKey, frameOf, layoutTargets } from './producers';
import type { Positions } from './producers';

/** Below this rendered size (px) sigma leaves a node's label out, unless a network is focused. */
export const LABEL_THRESHOLD = 7;

export interface LayoutModule {
  positions: Record<string, Positions>;
  /** Moves the nodes to the current layout's targets; `then` runs when they are there. */
  apply(animate: boolean, then?: () => void): Promise<void>;
  fitNodes(nodes: string[], animate?: boolean, minRatio?: number): void;
  fitToVisible(animate?: boolean): void;
  centreOn(node: string): void;
  /** A focused network is small: every label may show. */
  labelThreshold(): void;
}

export function createLayout(ctx: AppContext, hierarchy: Positions): LayoutModule {
  const positions: Record<string, Positions> = { hierarchy };
  let focusCache: { key: string; positions: Positions } | null = null;
  let fa2: Fa2Run | null = null;
  let stopAnimation: (() => void) | null = null;
  const { renderer, display } = ctx;

  const targets = (): Positions => {
    const state = ctx.state();
    const base = positions[state.layout] ?? positions.hierarchy!;
    const focus = ctx.view.visibility.focus;
    if (!state.focus || !focus || state.layout !== 'hierarchy') return base;
    const key = focusLayoutKey(state, ctx.view.scenario?.result.scenario.name ?? null);
    if (focusCache?.key !== key) focusCache = { key, positions: layoutTargets(base, ctx.data, state, focus) };
    return focusCache.positions;
  };

  const module: LayoutModule = {
    positions,
    async apply(animate, then) {
      const name = ctx.state().layout;
      if (name === 'forceatlas2' && !positions.forceatlas2) {
        const L = ctx.state().lang;
        ctx.status(t(L, 'layoutRunning'));
        const hierarchy = positions.hierarchy!;
        fa2?.kill();
        fa2 = runForceAtlas2(
          {
            nodes: display.mapNodes((id, a) => ({
              id,
              x: hierarchy.get(id)?.x ?? 0,
              y: hierarchy.get(id)?.y ?? 0,
              size: a.size,
            })),
            edges: display
              .filterEdges((_e, a) => !a.overlay)
              .map((e) => display.extremities(e) as [string, string]),
            iterations: 400,
          },
          (done) => ctx.status(`${t(L, 'layoutRunning')} ${Math.round((done / 400) * 100)}%`),
        );
        positions.forceatlas2 = await fa2.result;
        fa2 = null;
        ctx.status('');
      }
      const goal: Record<string, { x: number; y: number }> = {};
      targets().forEach((p, id) => {
        if (display.hasNode(id)) goal[id] = p;
      });
      stopAnimation?.();
      if (animate)
        stopAnimation = animateNodes(display, goal, { duration: 500 }, () => {
          stopAnimation = null;
          then?.();
        });
      else {
        for (const [id, p] of Object.entries(goal)) display.mergeNodeAttributes(id, p);
        then?.();
      }
    },
    fitNodes(nodes, animate = true, minRatio = 0.05) {
      if (!nodes.length) return;
      renderer.refresh();
      const camera = renderer.getCamera();
      const frame = frameOf(
        nodes.map((n) => renderer.graphToViewport(display.getNodeAttributes(n))),
        renderer.getDimensions(),
        camera.ratio,
        (p) => renderer.viewportToFramedGraph(p),
        minRatio,
      );
      if (!frame) return;
      if (animate) void camera.animate(frame, { duration: 300 });
      else camera.setState(frame);
    },
    fitToVisible(animate = true) {
      const state = ctx.state();
      module.fitNodes(
        display.filterNodes((n) => nodeVisible(ctx.data.getNodeAttributes(n), n, state, ctx.view.visibility)),
        animate,
      );
    },
    centreOn(node) {
      const d = renderer.getNodeDisplayData(node);
      if (!d) return;
      const camera = renderer.getCamera();
      void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.35) }, { duration: 300 });
    },
    labelThreshold() {
      renderer.setSetting('labelRenderedSizeThreshold', ctx.view.visibility.focus ? 0 : LABEL_THRESHOLD);
    },
  };
  ctx.cleanup(() => {
    fa2?.kill();
    stopAnimation?.();
  });
  return module;
}

/** The layout menu. */
export function bindLayoutControl(ctx: AppContext, layout: LayoutModule): void {
  const on = listen(ctx);
  const s = $<HTMLSelectElement>('layout');
  s.replaceChildren(...LAYOUTS.map((v) => Object.assign(document.createElement('option'), { value: v })));
  s.value = ctx.state().layout;
  on(s, 'change', () => {
    ctx.setState({ layout: s.value as ViewState['layout'] });
    void layout.apply(true);
  });
}
