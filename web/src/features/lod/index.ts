// The level-of-detail viewer: above `threshold` nodes (settings.ts) the page opens on the compact
// graph (GET /api/graph/compact) folded into ministry and gremia groups instead of the full viewer.
// A click on a group unfolds it, zooming in unfolds the groups that have grown on screen (semantic
// zoom), edges are drawn as bundles by kind. Below the threshold `bootLod` returns false and the
// full viewer (app.ts) starts exactly as before.
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { CompactGraph } from '../../../../src/contract/compact-graph';
import { api } from '../../api';
import { labelPriority } from '../../core/labels/producers';
import type { LabelBox, LabelCandidate } from '../../core/labels/producers';
import { writeUrl } from '../../core/url';
import { EDGE_COLOR, EDGE_COLORS, KIND_STYLES, RIJK_BODY_COLOR, ROLE_EMPHASIS } from '../../graph/appearance';
import { t } from '../../i18n';
import type { TextKey } from '../../i18n';
import { decodeState } from '../../state';
import type { ViewState } from '../../state';
import { $, el } from '../../ui/dom';
import { placeOrderedLabels } from './labels';
import { centreOf, layoutGroups } from './layout';
import { requestCompact } from './request';
import { bindSearch, hideFullViewerControls } from './page';
import { countsText, groupDetail, nodeDetail, sidePanel } from './panel';
import {
  NO_EXPANSION,
  aggregate,
  buildView,
  bundleWidth,
  expandGroup,
  groupSize,
  isExpanded,
  toggleGroup,
  zoomExpansion,
} from './producers';
import type { Expansion } from './producers';
import { lodSettingsOf } from './settings';
import type { LodSettings } from './settings';
import { groupLabel, groupName, lodText } from './text';
import { nodeProgramClasses } from '../../core/renderer/programs';

const LABEL_FONT = 'system-ui, DejaVu Sans, sans-serif';
const LABEL_SIZE = 12;
/** Labels drawn at most: more than fit readably on a 1400×900 stage, fewer than the nodes of a big view. */
const LABEL_BUDGET = 500;

interface LodNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  type: string;
  group: number;
  node: number;
}
interface LodEdge {
  size: number;
  color: string;
}

declare global {
  interface Window {
    /** Timestamps (performance.now) of the last frames drawn, for the viewer bench. */
    cioGraphFrames?: number[];
    /** For the e2e tests and the bench: where a drawn node is (viewport px) and which groups are unfolded. */
    cioGraphLod?: { position(key: string): { x: number; y: number } | null; unfolded(): string[] };
  }
}

/**
 * Starts the level-of-detail viewer when the graph is larger than the threshold; false otherwise.
 * `request` is the compact graph's request when the caller has started it already (main.ts does).
 */
export async function bootLod(request: Promise<CompactGraph> = requestCompact()): Promise<boolean> {
  let settings: LodSettings;
  try {
    settings = lodSettingsOf(location.search);
  } catch (error) {
    // A bad value in a link should not break the page: say so and use the defaults.
    console.warn((error as Error).message);
    settings = lodSettingsOf('');
  }
  const state = decodeState(location.search);
  const compact = await request;
  if (compact.nodes.id.length <= settings.threshold) return false;
  startLod(compact, settings, state);
  return true;
}

function startLod(c: CompactGraph, settings: LodSettings, initial: ViewState): void {
  let state = initial;
  const L = () => state.lang;
  document.body.dataset.view = 'lod';
  hideFullViewerControls();
  const agg = aggregate(c, state.hiddenNodeKinds, settings.minGroup);
  const stage = $('graph');
  const box = stage.getBoundingClientRect();
  const layout = layoutGroups(agg, c.nodes.id.length, box.height / Math.max(1, box.width));
  // A folded group stays inside its box at the first view: at most a third of a ministry cell across.
  const maxGroupSize = Math.max(3, (0.3 * box.width) / Math.max(1, layout.bbox.x[1] - layout.bbox.x[0]));
  let expansion: Expansion = NO_EXPANSION;
  let selected: string | null = null;

  const display = new MultiDirectedGraph<LodNode, LodEdge>();
  // The drawn nodes with a label, best first: what the label placement walks on every frame.
  let labelOrder: { key: string; label: string; priority: number; x: number; y: number }[] = [];
  const anchorLabel = (g: number) => {
    const a = agg.groups[g]!.anchor;
    return a >= 0 ? c.nodes.label[a] : undefined;
  };
  const fill = () => {
    const view = buildView(c, agg, expansion);
    display.clear();
    for (const v of view.nodes) {
      if (v.node < 0) {
        const group = agg.groups[v.group]!;
        const kind = group.kind === 'ministry' ? 'ministry' : group.nodeKind!;
        display.addNode(v.key, {
          ...centreOf(layout.boxes[v.group]!),
          size: Math.min(maxGroupSize, groupSize(v.count)),
          color: group.level === 'rijk' ? RIJK_BODY_COLOR : (KIND_STYLES[kind] ?? KIND_STYLES.topic!).color,
          label: groupLabel(group, L()),
          type: 'circle',
          group: v.group,
          node: -1,
        });
      } else {
        const i = v.node;
        const kind = c.kinds[c.nodes.kind[i]!]!;
        const type = c.nodes.type[i]! >= 0 ? c.types[c.nodes.type[i]!] : undefined;
        const style = KIND_STYLES[kind] ?? KIND_STYLES.topic!;
        const rijkBody = kind === 'body' && c.levels[c.nodes.level[i]!] === 'rijk';
        display.addNode(v.key, {
          x: layout.xs[i]!,
          y: layout.ys[i]!,
          size: style.size * (kind === 'role' ? (ROLE_EMPHASIS[type ?? ''] ?? 1) : 1),
          color: rijkBody ? RIJK_BODY_COLOR : style.color,
          label: c.nodes.label[i]!,
          type: style.type,
          group: v.group,
          node: i,
        });
      }
    }
    for (const b of view.bundles)
      display.addDirectedEdgeWithKey(b.key, b.source, b.target, {
        size: bundleWidth(b.count),
        color: EDGE_COLORS[b.kind] ?? EDGE_COLOR,
      });
    labelOrder = [];
    display.forEachNode((key, a) => {
      if (!a.label) return;
      const kind = a.node < 0 ? 'ministry' : c.kinds[c.nodes.kind[a.node]!]!;
      const degree = a.node < 0 ? agg.groups[a.group]!.members.length : display.degree(key);
      labelOrder.push({
        key,
        x: a.x,
        y: a.y,
        label: a.label,
        priority: labelPriority({ kind, forced: false, zIndex: 0, degree }),
      });
    });
    labelOrder.sort((x, y) => y.priority - x.priority || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    renderCounts(view.edgesDrawn);
    renderSide();
  };

  fill();
  const renderer = new Sigma<LodNode, LodEdge>(display, stage, {
    nodeProgramClasses: nodeProgramClasses(),
    renderLabels: false,
    renderEdgeLabels: false,
    enableEdgeEvents: false,
    zIndex: false,
    minCameraRatio: 0.005,
    // Sizes in screen pixels at every zoom: zooming in spreads the nodes instead of inflating them.
    zoomToSizeRatioFunction: () => 1,
    maxCameraRatio: 4,
    nodeReducer: (key, a) => (key === selected ? { ...a, highlighted: true } : a),
  });
  // The layout's box, fixed: unfolding a group must not rescale the picture under the camera.
  renderer.setCustomBBox(layout.bbox);

  const rebuild = (next: Expansion) => {
    if (next === expansion) return;
    expansion = next;
    fill();
    renderer.refresh();
  };

  // Semantic zoom, a moment after the camera stops: the groups grown on screen unfold, those shrunk fold.
  // While the camera moves no labels are drawn (sigma's hideLabelsOnMove): they are placed again once
  // it settles, for the set drawn then. After ready only, so the first frame has its labels.
  let zoomTimer: number | undefined;
  let ready = false;
  let moving = false;
  const onCamera = () => {
    window.clearTimeout(zoomTimer);
    moving = ready;
    zoomTimer = window.setTimeout(() => {
      moving = false;
      const { width, height } = renderer.getDimensions();
      const screen = agg.groups.map((_g, gi) => {
        const b = layout.boxes[gi]!;
        const p = renderer.graphToViewport({ x: b.x, y: b.y });
        const q = renderer.graphToViewport({ x: b.x + b.w, y: b.y - b.h });
        const [x0, x1] = [Math.min(p.x, q.x), Math.max(p.x, q.x)];
        const [y0, y1] = [Math.min(p.y, q.y), Math.max(p.y, q.y)];
        // The smaller side: a wide, flat band group unfolds only once it is also tall enough.
        return {
          group: gi,
          widthPx: Math.min(x1 - x0, y1 - y0),
          inView: x1 > 0 && x0 < width && y1 > 0 && y0 < height,
        };
      });
      rebuild(zoomExpansion(expansion, screen, agg, settings));
      drawLabels();
    }, 120);
  };
  renderer.getCamera().on('updated', onCamera);

  renderer.on('clickNode', ({ node }) => {
    const a = display.getNodeAttributes(node);
    if (a.node < 0) {
      rebuild(toggleGroup(expansion, a.group));
      showGroup(a.group);
    } else void showNode(a.node);
  });
  renderer.on('clickStage', () => {
    selected = null;
    renderer.refresh({ skipIndexation: true });
    $('details').replaceChildren(el('p', { class: 'muted' }, lodText(L(), 'noSelection')));
  });

  // Labels: placed collision-free after every frame, as the full viewer does (core/labels).
  const canvas = renderer.getCanvases().labels!;
  const context = canvas.getContext('2d')!;
  const widths = new Map<string, number>();
  let boxes: LabelBox[] = [];
  const frames: number[] = [];
  window.cioGraphFrames = frames;
  renderer.on('afterRender', () => {
    if (moving) {
      context.clearRect(0, 0, canvas.width, canvas.height);
      boxes = [];
    } else drawLabels();
    frames.push(performance.now());
    if (frames.length > 200) frames.splice(0, frames.length - 200);
  });
  function drawLabels(): void {
    const { width, height } = renderer.getDimensions();
    context.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
    const measure = (label: string) => {
      let w = widths.get(label);
      if (w === undefined) widths.set(label, (w = context.measureText(label).width));
      return w;
    };
    // The drawn set in priority order (labelOrder, sorted once per fill), the selected node first.
    function* candidates(): Generator<LabelCandidate> {
      const at = (key: string, label: string, priority: number): LabelCandidate | null => {
        const d = renderer.getNodeDisplayData(key);
        if (!d || d.hidden) return null;
        const p = renderer.framedGraphToViewport(d);
        return { id: key, label, x: p.x, y: p.y, size: renderer.scaleSize(d.size), priority };
      };
      if (selected !== null && display.hasNode(selected)) {
        const one = at(selected, display.getNodeAttribute(selected, 'label'), Number.POSITIVE_INFINITY);
        if (one) yield one;
      }
      // The viewport in graph coordinates, widened by a node's radius and a label's height: nodes
      // outside it cannot have a label on the stage, and are passed over without a projection.
      const m = maxGroupSize + 2 * LABEL_SIZE;
      const corners = [
        renderer.viewportToGraph({ x: -m, y: -m }),
        renderer.viewportToGraph({ x: width + m, y: -m }),
        renderer.viewportToGraph({ x: -m, y: height + m }),
        renderer.viewportToGraph({ x: width + m, y: height + m }),
      ];
      const [x0, x1] = [Math.min(...corners.map((q) => q.x)), Math.max(...corners.map((q) => q.x))];
      const [y0, y1] = [Math.min(...corners.map((q) => q.y)), Math.max(...corners.map((q) => q.y))];
      for (const o of labelOrder) {
        if (o.key === selected || o.x < x0 || o.x > x1 || o.y < y0 || o.y > y1) continue;
        const one = at(o.key, o.label, o.priority);
        if (one) yield one;
      }
    }
    boxes = placeOrderedLabels(candidates(), measure, LABEL_SIZE, { width, height }, LABEL_BUDGET);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.lineWidth = 3;
    context.strokeStyle = 'rgba(255,255,255,0.85)';
    context.fillStyle = '#1a1a1a';
    context.lineJoin = 'round';
    for (const b of boxes) {
      context.strokeText(b.label, b.x, b.y + LABEL_SIZE);
      context.fillText(b.label, b.x, b.y + LABEL_SIZE);
    }
  }
  window.cioGraphLabels = () => boxes.map((b) => ({ ...b }));
  window.cioGraphLod = {
    position: (key) => {
      const d = display.hasNode(key) ? renderer.getNodeDisplayData(key) : undefined;
      return d ? renderer.framedGraphToViewport(d) : null;
    },
    unfolded: () => agg.groups.filter((_g, i) => isExpanded(expansion, i)).map((g) => g.key),
  };

  // Detail of a node: fetched from the per-node endpoint; its group unfolded so it is on the stage.
  let token = 0;
  const showNode = async (i: number) => {
    const g = agg.groupOf[i]!;
    if (g >= 0) rebuild(expandGroup(expansion, g));
    selected = c.nodes.id[i]!;
    renderer.refresh({ skipIndexation: true });
    const mine = ++token;
    const details = $('details');
    details.replaceChildren(el('p', { class: 'muted' }, t(L(), 'loading')));
    const detail = await api.node(c.nodes.id[i]!, state.snapshot).catch((e: Error) => e);
    if (mine !== token) return;
    if (detail instanceof Error)
      return void details.replaceChildren(el('p', {}, `${t(L(), 'loadError')}: ${detail.message}`));
    const fold = g >= 0 && agg.groups[g]!.aggregated ? () => rebuild(toggleGroup(expansion, g)) : null;
    details.replaceChildren(...nodeDetail(detail, L(), (id) => openNode(id), fold));
  };
  const indexOf = new Map<string, number>();
  const openNode = (id: string) => {
    if (!indexOf.size) c.nodes.id.forEach((x, i) => indexOf.set(x, i));
    const i = indexOf.get(id);
    if (i === undefined || agg.groupOf[i]! < 0) return;
    void showNode(i);
    void renderer
      .getCamera()
      .animate(
        { ...renderer.getNodeDisplayData(id)!, ratio: Math.min(renderer.getCamera().ratio, 0.08) },
        { duration: 300 },
      );
  };
  const showGroup = (g: number) => {
    selected = null;
    $('details').replaceChildren(
      ...groupDetail(anchorLabel(g) ?? groupName(agg.groups[g]!, L()), agg.groups[g]!.members.length, L()),
    );
  };

  function renderCounts(drawn: number) {
    const counts = $('counts');
    counts.dataset.nodes = String(c.nodes.id.length);
    counts.dataset.edges = String(c.edges.source.length);
    counts.dataset.drawn = String(display.order);
    counts.textContent = countsText(L(), {
      nodes: c.nodes.id.length,
      edges: c.edges.source.length,
      groups: agg.groups.filter((g) => g.aggregated).length,
      drawn,
    });
  }
  function renderSide() {
    const unfolded = agg.groups.filter((_g, i) => isExpanded(expansion, i)).length;
    const panel = sidePanel(L(), unfolded, () => rebuild(NO_EXPANSION));
    const old = document.getElementById('lod-panel');
    if (old) old.replaceWith(panel);
    else $('filters-panel').prepend(panel);
  }

  bindSearch(c, (i) => openNode(c.nodes.id[i]!));
  const renderText = () => {
    document.documentElement.lang = L();
    document
      .querySelectorAll<HTMLElement>('[data-i18n]')
      .forEach((n) => (n.textContent = t(L(), n.dataset.i18n as TextKey)));
    document
      .querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')
      .forEach((n) => (n.placeholder = t(L(), n.dataset.i18nPlaceholder as TextKey)));
    document
      .querySelectorAll<HTMLElement>('[data-i18n-aria-label]')
      .forEach((n) => n.setAttribute('aria-label', t(L(), n.dataset.i18nAriaLabel as TextKey)));
    $('caption').textContent = lodText(L(), 'title');
  };
  $('lang').addEventListener('click', () => {
    state = { ...state, lang: L() === 'nl' ? 'en' : 'nl' };
    writeUrl(state);
    renderText();
    fill();
    renderer.refresh();
  });
  renderText();
  $('details').replaceChildren(el('p', { class: 'muted' }, lodText(L(), 'noSelection')));
  window.addEventListener('pagehide', () => renderer.kill(), { once: true });
  requestAnimationFrame(() => {
    ready = true;
    performance.mark('cio-graph-ready');
    document.body.dataset.ready = 'true';
  });
}
