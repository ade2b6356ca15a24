// The viewer. One data graph (as the API sent it, never modified), one display graph for sigma
// (positions, base colours, overlay edges), and the view state; sigma's reducers combine them on
// every frame. `kill()` releases sigma, the layout worker and the listeners.
import { createNodeBorderProgram } from '@sigma/node-border';
import { NodeSquareProgram } from '@sigma/node-square';
import { toBlob } from '@sigma/export-image';
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { animateNodes } from 'sigma/utils';
import { resolveClaims } from '../../src/model/facts';
import type { OrgEdgeAttributes, OrgNodeAttributes } from '../../src/model/types';
import { api } from './api';
import type { AnalysisOutputs, NodeDetail, ScenarioResult, ScenarioSummary } from './api';
import {
  EDGE_COLOR,
  EDGE_COLORS,
  FADED_COLOR,
  KIND_STYLES,
  OVERLAP_EDGE_COLOR,
  RIJK_BODY_COLOR,
  ROLE_EMPHASIS,
  SELECTED_COLOR,
  STATUS_COLORS,
} from './graph/appearance';
import type { Finding } from './graph/findings';
import { findingsOf, nodeStatuses, scenarioFindings } from './graph/findings';
import type { DataGraph, VisibilityContext } from './graph/visibility';
import { decentralCios, edgeVisible, nodeVisible, visibilityContext } from './graph/visibility';
import { t } from './i18n';
import type { TextKey } from './i18n';
import { runForceAtlas2 } from './layout/fa2';
import { scenarioGraph, scenarioStatuses } from './graph/scenario-view';
import { $, el, listener, saveBlob } from './ui/dom';
import { buildFilters } from './ui/filters';
import { findingsPanel } from './ui/findings-panel';
import { bindSearchBox } from './ui/search-box';
import { legendItems } from './ui/legend';
import { edgeDetailView, findingDetailView, nodeDetailView, statusText } from './ui/detail';
import type { DetailContext } from './ui/detail';
import type { Fa2Run } from './layout/fa2';
import { hierarchyLayout } from './layout/hierarchy';
import type { FindingSource, Overlay, ViewState } from './state';
import { LAYOUTS, OVERLAYS, SIZE_METRICS, SNAPSHOTS, decodeState, encodeState } from './state';

type AnalysisId = Exclude<Overlay, 'none'>;
interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  type: string;
}
interface DisplayEdge {
  size: number;
  color: string;
  overlay?: 'overlap';
  weight?: number;
  pair?: number;
}

/** Below this rendered size (px) sigma leaves a node's label out, unless a network is focused. */
const LABEL_THRESHOLD = 7;

export class App {
  private state: ViewState;
  /** The graph as the API sent it; never modified. */
  private readonly base: DataGraph;
  /** What is shown: the base graph, or the graph after a scenario with what it removed kept as ghosts. */
  private data: DataGraph;
  private scenarioView: {
    id: string | null;
    /** The scenario as sent, for exporting the graph after it. */
    input: unknown;
    result: ScenarioResult;
    added: Set<string>;
    removed: Set<string>;
    addedEdges: Set<string>;
    removedEdges: Set<string>;
    changed: Set<string>;
    findings: Finding[];
  } | null = null;
  private scenarioList: ScenarioSummary[] = [];
  private readonly display = new MultiDirectedGraph<DisplayNode, DisplayEdge>();
  private sigma!: Sigma<DisplayNode, DisplayEdge>;
  private ctx: VisibilityContext = { focus: null };
  private hovered: { node: string; neighbours: Set<string> } | null = null;
  private readonly outputs = new Map<string, Promise<unknown>>();
  private findings: Finding[] = [];
  private statuses = new Map<string, string>();
  private evidence: { nodes: Set<string>; edges: Set<string> } | null = null;
  private sizes: Map<string, number> | null = null;
  private readonly positions: Record<string, Map<string, { x: number; y: number }>> = {};
  private fa2: Fa2Run | null = null;
  /** The hierarchy of the focused ministry alone, wider than its column in the whole graph. */
  private focusLayout: { key: string; positions: Map<string, { x: number; y: number }> } | null = null;
  private stopAnimation: (() => void) | null = null;
  private showTable = false;
  private cameraTimer: number | undefined;
  private readonly cleanups: (() => void)[] = [];
  private detailToken = 0;
  /** A scenario operation waiting for the user to pick its target node. */
  private pending: { kind: 'body' | 'role'; build: (target: string) => Record<string, unknown> } | null =
    null;

  constructor(graphJson: Awaited<ReturnType<typeof api.graph>>) {
    this.state = decodeState(location.search);
    this.base = new MultiDirectedGraph<OrgNodeAttributes, OrgEdgeAttributes>();
    this.base.import(graphJson);
    this.data = this.base;
  }

  // ----- setup ---------------------------------------------------------------------------------

  async start(): Promise<void> {
    this.positions.hierarchy = hierarchyLayout(this.base);
    this.buildDisplayGraph();
    this.sigma = new Sigma<DisplayNode, DisplayEdge>(this.display, $('graph'), {
      nodeProgramClasses: {
        square: NodeSquareProgram,
        border: createNodeBorderProgram({
          borders: [
            { size: { value: 0.3 }, color: { attribute: 'color' } },
            { size: { fill: true }, color: { value: '#ffffff' } },
          ],
        }),
      },
      enableEdgeEvents: true,
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: LABEL_THRESHOLD,
      labelDensity: 0.6,
      labelGridCellSize: 90,
      labelFont: 'system-ui, DejaVu Sans, sans-serif',
      labelSize: 12,
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      nodeReducer: (node, attrs) => this.nodeReducer(node, attrs),
      edgeReducer: (edge, attrs) => this.edgeReducer(edge, attrs),
    });
    this.bindGraphEvents();
    this.buildControls();
    this.ctx = visibilityContext(this.data, this.state);
    this.labelThreshold();
    if (this.state.layout === 'forceatlas2' || this.state.focus) await this.applyLayout(false);
    await this.refreshAnalyses();
    await this.loadScenarioList();
    this.setEditorText(this.editorScenario());
    if (this.state.scenario) await this.runShippedScenario(this.state.scenario);
    if (this.state.camera) this.sigma.getCamera().setState(this.state.camera);
    else if (this.state.focus) this.fitToVisible(false);
    this.renderText();
    this.renderFocusSummary();
    this.renderCounts();
    await this.renderSelection();
    this.sigma.refresh();
    document.body.dataset.ready = 'true';
  }

  kill(): void {
    this.fa2?.kill();
    this.stopAnimation?.();
    window.clearTimeout(this.cameraTimer);
    for (const c of this.cleanups) c();
    this.sigma.kill();
  }

  private buildDisplayGraph(): void {
    this.display.clear();
    const pos = this.positions[this.state.layout] ?? this.positions.hierarchy!;
    // Nodes the base graph does not have (added by a scenario) take their place in the hierarchy of the graph shown.
    const missing = this.data.filterNodes((id) => !pos.has(id));
    const extra = missing.length ? hierarchyLayout(this.data) : new Map<string, { x: number; y: number }>();
    this.data.forEachNode((id, a) => {
      const style = KIND_STYLES[a.kind] ?? KIND_STYLES.topic!;
      const p = pos.get(id) ?? extra.get(id) ?? { x: 0, y: 0 };
      this.display.addNode(id, {
        x: p.x,
        y: p.y,
        size: style.size * (a.kind === 'role' ? (ROLE_EMPHASIS[a.type ?? ''] ?? 1) : 1),
        color: a.kind === 'body' && a.level === 'rijk' ? RIJK_BODY_COLOR : style.color,
        label: a.abbreviation && a.abbreviation !== a.name ? `${a.abbreviation}` : a.name,
        type: style.type,
      });
    });
    this.data.forEachEdge((id, a, s, t) => {
      this.display.addDirectedEdgeWithKey(id, s, t, {
        size: a.kind === 'reports_to' ? 1.5 : 1,
        color: EDGE_COLORS[a.kind] ?? EDGE_COLOR,
      });
    });
  }

  // ----- reducers: view state → what sigma draws --------------------------------------------------

  private nodeReducer(node: string, attrs: DisplayNode): Partial<NodeDisplayData> {
    const a = this.data.getNodeAttributes(node);
    const out: Partial<NodeDisplayData> & { type?: string } = { ...attrs };
    if (!nodeVisible(a, node, this.state, this.ctx)) return { ...out, hidden: true };
    if (this.sizes) out.size = 3 + 14 * (this.sizes.get(node) ?? 0);
    const status = this.statuses.get(node);
    if (status) {
      out.color = STATUS_COLORS[status] ?? out.color;
      out.forceLabel = true;
      out.zIndex = 2;
    }
    if (a.kind === 'ministry' || a.type === 'cio_rijk') out.forceLabel = true;
    const selected = this.selectedNodes();
    if (this.hovered) {
      if (node === this.hovered.node || this.hovered.neighbours.has(node)) {
        out.forceLabel = true;
        out.zIndex = 3;
      } else {
        out.color = FADED_COLOR;
        out.label = '';
      }
    } else if (selected.size) {
      if (selected.has(node)) {
        out.highlighted = true;
        out.forceLabel = true;
        out.zIndex = 3;
      } else if (!status) {
        out.color = FADED_COLOR;
        out.label = '';
      }
    }
    return out;
  }

  private edgeReducer(edge: string, attrs: DisplayEdge): Partial<EdgeDisplayData> {
    const out: Partial<EdgeDisplayData> = { ...attrs };
    const [s, t] = this.display.extremities(edge);
    if (attrs.overlay) {
      if (this.state.overlay !== 'overlap') return { hidden: true };
    } else if (!edgeVisible(this.data.getEdgeAttributes(edge), this.state)) return { hidden: true };
    const visible = (n: string) => nodeVisible(this.data.getNodeAttributes(n), n, this.state, this.ctx);
    if (!visible(s) || !visible(t)) return { hidden: true };
    const selected = this.selectedNodes();
    if (this.scenarioView?.addedEdges.has(edge)) {
      out.color = STATUS_COLORS.added!;
      out.size = 2.5;
      out.zIndex = 2;
    } else if (this.scenarioView?.removedEdges.has(edge)) {
      out.color = STATUS_COLORS.removed!;
      out.size = 2;
    }
    if (this.hovered) {
      const h = this.hovered.node;
      if (s !== h && t !== h) return { ...out, color: FADED_COLOR };
      out.size = (out.size ?? 1) * 2;
    } else if (this.evidence?.edges.has(edge)) {
      out.color = SELECTED_COLOR;
      out.size = 3;
      out.zIndex = 2;
    } else if (this.state.selection?.type === 'edge' && this.state.selection.id === edge) {
      out.color = SELECTED_COLOR;
      out.size = 3;
    } else if (selected.size && !(selected.has(s) && selected.has(t))) {
      out.color = FADED_COLOR;
    }
    return out;
  }

  private selectedNodes(): Set<string> {
    const sel = this.state.selection;
    if (!sel) return new Set();
    if (sel.type === 'node') return new Set([sel.id]);
    if (sel.type === 'edge')
      return this.display.hasEdge(sel.id) ? new Set(this.display.extremities(sel.id)) : new Set();
    return this.evidence?.nodes ?? new Set();
  }

  // ----- state -----------------------------------------------------------------------------------

  private setState(patch: Partial<ViewState>, options: { refit?: boolean } = {}): void {
    const before = this.state;
    this.state = { ...this.state, ...patch };
    history.replaceState(
      null,
      '',
      `${location.pathname}${encodeState(this.state) ? `?${encodeState(this.state)}` : ''}`,
    );
    if (patch.focus !== undefined || patch.snapshot !== undefined) {
      this.ctx = visibilityContext(this.data, this.state);
      this.labelThreshold();
      this.renderFocusSummary();
      if (patch.focus !== before.focus)
        void this.applyLayout(true, () => {
          if (options.refit !== false) this.fitToVisible();
        });
    }
    // Choosing ministries narrows the graph to a few columns: frame them.
    if (patch.ministries !== undefined && options.refit !== false) this.fitToVisible();
    if (patch.lang !== undefined) this.renderText();
    this.renderCounts();
    this.sigma.refresh();
  }

  /** How much of the graph the current view shows, in words (also what a screen reader hears). */
  private renderCounts(): void {
    const visible = new Set(this.data.filterNodes((n, a) => nodeVisible(a, n, this.state, this.ctx)));
    let edges = 0;
    this.data.forEachEdge((_e, a, s, target) => {
      if (edgeVisible(a, this.state) && visible.has(s) && visible.has(target)) edges++;
    });
    const L = this.state.lang;
    const counts = $('counts');
    counts.dataset.nodes = String(visible.size);
    counts.dataset.edges = String(edges);
    counts.textContent = `${visible.size} ${t(L, 'countNodes')} · ${edges} ${t(L, 'countEdges')}`;
  }

  private writeCameraToUrl(): void {
    window.clearTimeout(this.cameraTimer);
    this.cameraTimer = window.setTimeout(() => {
      const { x, y, ratio } = this.sigma.getCamera().getState();
      this.state = { ...this.state, camera: { x, y, ratio } };
      history.replaceState(null, '', `${location.pathname}?${encodeState(this.state)}`);
    }, 250);
  }

  // ----- graph events ----------------------------------------------------------------------------

  private bindGraphEvents(): void {
    this.sigma.on('enterNode', ({ node }) => {
      this.hovered = { node, neighbours: new Set(this.display.neighbors(node)) };
      this.sigma.refresh({ skipIndexation: true });
    });
    this.sigma.on('leaveNode', () => {
      this.hovered = null;
      this.sigma.refresh({ skipIndexation: true });
    });
    this.sigma.on('clickNode', ({ node }) => void this.select({ type: 'node', id: node }));
    this.sigma.on('clickEdge', ({ edge }) => void this.select({ type: 'edge', id: edge }));
    this.sigma.on('clickStage', () => void this.select(null));
    const tooltip = $('tooltip');
    this.sigma.on('enterEdge', ({ edge, event }) => {
      const attrs = this.display.getEdgeAttributes(edge);
      if (!attrs.overlay || attrs.pair === undefined) return;
      const finding = this.findings[attrs.pair];
      if (!finding) return;
      tooltip.textContent = `${finding.title[this.state.lang]} — ${finding.explanation?.[this.state.lang] ?? ''}`;
      tooltip.hidden = false;
      tooltip.style.left = `${event.x + 12}px`;
      tooltip.style.top = `${event.y + 12}px`;
    });
    this.sigma.on('leaveEdge', () => (tooltip.hidden = true));
    this.sigma.getCamera().on('updated', () => this.writeCameraToUrl());
  }

  private fitToVisible(animate = true): void {
    this.fitNodes(
      this.display.filterNodes((n) => nodeVisible(this.data.getNodeAttributes(n), n, this.state, this.ctx)),
      animate,
    );
  }

  /**
   * Frames the given nodes: their box on screen at the current camera, scaled to fill the stage with
   * some room for labels. Works in viewport pixels, so the stage's aspect ratio is accounted for.
   */
  private fitNodes(nodes: string[], animate = true, minRatio = 0.05): void {
    if (!nodes.length) return;
    this.sigma.refresh();
    const points = nodes.map((n) => this.sigma.graphToViewport(this.display.getNodeAttributes(n)));
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const { width, height } = this.sigma.getDimensions();
    const camera = this.sigma.getCamera();
    const scale = Math.max((maxX - minX + 160) / width, (maxY - minY + 60) / height);
    const centre = this.sigma.viewportToFramedGraph({ x: (minX + maxX) / 2 + 40, y: (minY + maxY) / 2 });
    const target = {
      x: centre.x,
      y: centre.y,
      ratio: Math.min(1.2, Math.max(minRatio, camera.ratio * scale)),
    };
    if (animate) void camera.animate(target, { duration: 300 });
    else camera.setState(target);
  }

  private centreOn(node: string): void {
    const d = this.sigma.getNodeDisplayData(node);
    if (!d) return;
    void this.sigma
      .getCamera()
      .animate({ x: d.x, y: d.y, ratio: Math.min(this.sigma.getCamera().ratio, 0.35) }, { duration: 300 });
  }

  // ----- controls --------------------------------------------------------------------------------

  private buildControls(): void {
    const on = listener(this.cleanups);
    const ministries = this.data
      .filterNodes((_n, a) => a.kind === 'ministry')
      .map((n) => this.data.getNodeAttribute(n, 'ministries')?.[0] ?? n)
      .sort();
    const select = (
      id: string,
      values: readonly string[],
      current: string,
      onChange: (v: string) => void,
    ) => {
      const s = $<HTMLSelectElement>(id);
      s.replaceChildren(...values.map((v) => el('option', { value: v })));
      s.value = current;
      on(s, 'change', () => onChange(s.value));
    };
    select('focus', ['', ...ministries], this.state.focus ?? '', (v) => this.setState({ focus: v || null }));
    select('overlay', OVERLAYS, this.state.overlay, (v) => {
      this.setState({ overlay: v as Overlay, selection: null });
      void this.refreshAnalyses().then(() => this.renderSelection());
    });
    select('snapshot', SNAPSHOTS, this.state.snapshot, (v) => {
      this.setState({ snapshot: v as ViewState['snapshot'] });
      void this.refreshAnalyses().then(() => this.renderSelection());
    });
    select('layout', LAYOUTS, this.state.layout, (v) => {
      this.setState({ layout: v as ViewState['layout'] });
      void this.applyLayout(true);
    });
    select('size', SIZE_METRICS, this.state.size, (v) => {
      this.setState({ size: v as ViewState['size'] });
      void this.refreshAnalyses();
    });
    buildFilters(
      ministries,
      () => this.state,
      (patch) => this.setState(patch),
      on,
    );

    const scenario = $<HTMLSelectElement>('scenario');
    on(
      scenario,
      'change',
      () => void (scenario.value ? this.runShippedScenario(scenario.value) : this.leaveScenario()),
    );
    on($('scenario-run'), 'click', () => void this.runEditedScenario());
    const file = $<HTMLInputElement>('scenario-file');
    on($('scenario-upload'), 'click', () => file.click());
    on(file, 'change', () => {
      const chosen = file.files?.[0];
      if (chosen) void this.runUploadedScenario(chosen);
      file.value = '';
    });
    const download = $<HTMLSelectElement>('download');
    download.replaceChildren(
      el('option', { value: '' }),
      ...['gexf', 'graphml', 'json', 'cypher', 'csv:nodes', 'csv:edges', 'csv:documents'].map((f) =>
        el('option', { value: f }, f.startsWith('csv:') ? `CSV (${f.slice(4)}.csv)` : f.toUpperCase()),
      ),
    );
    on(download, 'change', () => {
      const [format, table] = download.value.split(':');
      download.value = '';
      if (!format) return;
      const query = `format=${format}${table ? `&table=${table}` : ''}`;
      // With a scenario shown, the download is the graph after it (the server applies it again).
      if (this.scenarioView)
        void api
          .exportScenario(query, this.scenarioView.input)
          .then(({ blob, name }) => saveBlob(blob, name))
          .catch((error: Error) => this.status(`${t(this.state.lang, 'loadError')}: ${error.message}`));
      else {
        const a = el('a', { href: `/api/export?${query}`, download: '' });
        document.body.append(a);
        a.click();
        a.remove();
      }
    });
    // Keyboard: '/' jumps to the search box, Escape clears the selection (outside text fields).
    on(document.body, 'keydown', (e) => {
      const target = e.target as HTMLElement;
      if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      if (e.key === '/') {
        e.preventDefault();
        $('search').focus();
      } else if (e.key === 'Escape' && this.state.selection) void this.select(null);
    });
    on($('lang'), 'click', () => this.setState({ lang: this.state.lang === 'nl' ? 'en' : 'nl' }));
    on($('export-png'), 'click', () => void this.exportPng());
    on($('copy-link'), 'click', () => {
      void navigator.clipboard?.writeText(location.href).catch(() => undefined);
      this.status(t(this.state.lang, 'linkCopied'));
    });
    const toggle = $('toggle-table');
    on(toggle, 'click', () => {
      this.showTable = !this.showTable;
      toggle.setAttribute('aria-pressed', String(this.showTable));
      toggle.textContent = t(this.state.lang, this.showTable ? 'listView' : 'tableView');
      this.renderFindings();
    });
    this.cleanups.push(
      bindSearchBox({
        input: $<HTMLInputElement>('search'),
        list: $<HTMLUListElement>('search-results'),
        graph: () => this.data,
        lang: () => this.state.lang,
        onChoose: (id) => void this.select({ type: 'node', id }).then(() => this.centreOn(id)),
      }),
    );
  }

  // ----- layouts ---------------------------------------------------------------------------------

  /** A focused network is small: every label may show (sigma's label grid still keeps them apart). */
  private labelThreshold(): void {
    this.sigma.setSetting('labelRenderedSizeThreshold', this.ctx.focus ? 0 : LABEL_THRESHOLD);
  }

  /**
   * Where every node should be: the chosen layout, except that a focused ministry (in the hierarchy)
   * gets a layout of its own network, so its decentral CIOs and bodies are not squeezed into a column.
   */
  private layoutTargets(): Map<string, { x: number; y: number }> {
    const base = this.positions[this.state.layout] ?? this.positions.hierarchy!;
    const focus = this.ctx.focus;
    if (!this.state.focus || !focus || this.state.layout !== 'hierarchy') return base;
    const key = `${this.state.focus}|${this.state.snapshot}|${this.scenarioView ? this.scenarioView.result.scenario.name : ''}`;
    if (this.focusLayout?.key !== key) {
      const sub = new MultiDirectedGraph<OrgNodeAttributes, OrgEdgeAttributes>();
      for (const n of focus) if (this.data.hasNode(n)) sub.addNode(n, this.data.getNodeAttributes(n));
      this.data.forEachEdge((e, a, s, t) => {
        if (sub.hasNode(s) && sub.hasNode(t)) sub.addDirectedEdgeWithKey(e, s, t, a);
      });
      this.focusLayout = { key, positions: hierarchyLayout(sub, { maxPerRow: 8, spacing: 2.4 }) };
    }
    return new Map([...base, ...this.focusLayout.positions]);
  }

  private async applyLayout(animate: boolean, then?: () => void): Promise<void> {
    const name = this.state.layout;
    if (name === 'forceatlas2' && !this.positions.forceatlas2) {
      this.status(t(this.state.lang, 'layoutRunning'));
      const hierarchy = this.positions.hierarchy!;
      this.fa2?.kill();
      this.fa2 = runForceAtlas2(
        {
          nodes: this.display.mapNodes((id, a) => ({
            id,
            x: hierarchy.get(id)?.x ?? 0,
            y: hierarchy.get(id)?.y ?? 0,
            size: a.size,
          })),
          edges: this.display
            .filterEdges((_e, a) => !a.overlay)
            .map((e) => this.display.extremities(e) as [string, string]),
          iterations: 400,
        },
        (done) => this.status(`${t(this.state.lang, 'layoutRunning')} ${Math.round((done / 400) * 100)}%`),
      );
      this.positions.forceatlas2 = await this.fa2.result;
      this.fa2 = null;
      this.status('');
    }
    const target = this.layoutTargets();
    const targets: Record<string, { x: number; y: number }> = {};
    target.forEach((p, id) => {
      if (this.display.hasNode(id)) targets[id] = p;
    });
    this.stopAnimation?.();
    if (animate)
      this.stopAnimation = animateNodes(this.display, targets, { duration: 500 }, () => {
        this.stopAnimation = null;
        then?.();
      });
    else {
      for (const [id, p] of Object.entries(targets)) this.display.mergeNodeAttributes(id, p);
      then?.();
    }
  }

  // ----- analyses --------------------------------------------------------------------------------

  private analysis<K extends AnalysisId>(id: K): Promise<AnalysisOutputs[K]> {
    const params: Record<string, string> =
      id === 'contradictions' ? { snapshots: this.state.snapshot } : { snapshot: this.state.snapshot };
    const key = `${id}?${new URLSearchParams(params).toString()}`;
    if (!this.outputs.has(key)) this.outputs.set(key, api.analysis(id, params));
    return this.outputs.get(key) as Promise<AnalysisOutputs[K]>;
  }

  private async refreshAnalyses(): Promise<void> {
    // A scenario's colours and findings stay until the user leaves the scenario.
    if (this.scenarioView) return;
    const overlay = this.state.overlay;
    const nameOf = (id: string) => (this.data.hasNode(id) ? this.data.getNodeAttribute(id, 'name') : id);
    try {
      if (overlay !== 'none') {
        const output = await this.analysis(overlay);
        this.findings = findingsOf(overlay, output as never, nameOf, {
          subjectNode: (x) => this.subjectNode(x),
        });
      } else this.findings = [];
      this.statuses =
        overlay === 'none' || overlay === 'centrality' ? new Map() : nodeStatuses(this.findings);
      if (overlay === 'fragmentation')
        for (const f of this.findings)
          for (const m of f.nodes.slice(0, 1))
            this.statuses.set(
              m,
              f.weight! >= 0.5 ? 'deviation' : f.weight! >= 0.25 ? 'explained' : 'compliant',
            );
      if (overlay === 'overlap')
        for (const f of this.findings) for (const b of f.nodes.slice(0, 2)) this.statuses.set(b, 'contested');
      this.syncOverlapEdges(
        overlay === 'overlap' ? ((await this.analysis('overlap')) as AnalysisOutputs['overlap']) : null,
      );
      const metric = overlay === 'centrality' && this.state.size === 'kind' ? 'betweenness' : this.state.size;
      if (metric === 'kind') this.sizes = null;
      else {
        const c = await this.analysis('centrality');
        const values = c.nodes.map((n) => [n.id, n[metric]] as const);
        const max = Math.max(...values.map(([, v]) => v), 1e-9);
        this.sizes = new Map(values.map(([id, v]) => [id, Math.sqrt(v / max)]));
      }
    } catch (error) {
      this.findings = [];
      this.status(`${t(this.state.lang, 'loadError')}: ${(error as Error).message}`);
    }
    this.renderFindings();
    this.renderLegend();
    this.sigma.refresh();
  }

  /** Overlap pairs as display-only edges between bodies, width by score. */
  private syncOverlapEdges(result: AnalysisOutputs['overlap'] | null): void {
    this.display.filterEdges((_e, a) => a.overlay === 'overlap').forEach((e) => this.display.dropEdge(e));
    if (!result) return;
    result.pairs.forEach((p, i) => {
      if (!this.display.hasNode(p.a) || !this.display.hasNode(p.b)) return;
      this.display.addDirectedEdgeWithKey(`overlap:${p.a}|${p.b}`, p.a, p.b, {
        size: 1 + 8 * p.score,
        color: p.reported ? STATUS_COLORS.deviation! : OVERLAP_EDGE_COLOR,
        overlay: 'overlap',
        weight: p.score,
        pair: i,
      });
    });
  }

  // ----- selection and panels --------------------------------------------------------------------

  private async select(selection: ViewState['selection']): Promise<void> {
    // A pending two-node operation takes the next node of the right kind as its target.
    const pending = this.pending;
    if (pending && selection?.type === 'node' && this.data.hasNode(selection.id)) {
      if (this.data.getNodeAttribute(selection.id, 'kind') === pending.kind) {
        this.pending = null;
        this.status('');
        this.addToScenario(pending.build(selection.id));
      }
    } else if (pending && selection === null) {
      this.pending = null;
      this.status('');
    }
    this.setState({ selection });
    await this.renderSelection();
  }

  private async renderSelection(): Promise<void> {
    const sel = this.state.selection;
    this.evidence = null;
    if (sel?.type === 'finding') {
      const f =
        sel.overlay === 'scenario'
          ? this.scenarioView?.findings[sel.index]
          : sel.overlay === this.state.overlay
            ? this.findings[sel.index]
            : undefined;
      if (f) this.evidence = { nodes: new Set(f.nodes), edges: new Set(f.edges) };
    }
    this.renderFindings();
    this.sigma.refresh({ skipIndexation: true });
    const token = ++this.detailToken;
    const box = $('details');
    if (!sel) {
      box.replaceChildren(el('p', { class: 'muted' }, t(this.state.lang, 'noSelection')));
      return;
    }
    if (sel.type === 'node') {
      if (!this.data.hasNode(sel.id)) return void box.replaceChildren();
      if (this.scenarioView) return void box.replaceChildren(...this.localNodeDetail(sel.id));
      box.replaceChildren(el('p', { class: 'muted' }, t(this.state.lang, 'loading')));
      const detail = await api.node(sel.id, this.state.snapshot).catch((e: Error) => e);
      if (token !== this.detailToken) return;
      if (detail instanceof Error)
        box.replaceChildren(el('p', {}, `${t(this.state.lang, 'loadError')}: ${detail.message}`));
      else box.replaceChildren(...nodeDetailView(detail, this.detailContext()));
    } else if (sel.type === 'edge') {
      if (!this.data.hasEdge(sel.id)) return void box.replaceChildren();
      box.replaceChildren(...edgeDetailView(this.data, sel.id, this.detailContext()));
    } else {
      const list = sel.overlay === 'scenario' ? (this.scenarioView?.findings ?? []) : this.findings;
      const f = this.evidence ? list[sel.index] : undefined;
      box.replaceChildren(...(f ? findingDetailView(this.data, f, this.detailContext()) : []));
    }
  }

  /** A node of the scenario graph, from the graph itself: the server only knows the base. */
  private localNodeDetail(id: string): Node[] {
    const a = this.data.getNodeAttributes(id);
    const v = this.scenarioView!;
    const state = v.added.has(id)
      ? 'added'
      : v.removed.has(id)
        ? 'removed'
        : v.changed.has(id)
          ? 'changed'
          : null;
    const neighbours: NodeDetail['neighbours'] = [];
    this.data.forEachEdge(id, (edge, e, s, target) => {
      const other = s === id ? target : s;
      neighbours.push({
        edge,
        kind: e.kind,
        direction: s === id ? 'out' : 'in',
        node: other,
        name: this.data.getNodeAttribute(other, 'name'),
        validIn: e.validIn,
        sources: e.sources,
      });
    });
    // The same claim resolution the server uses for /api/nodes/:id.
    const resolved: NodeDetail['resolved'] = {};
    for (const [property, claims] of Object.entries(a.facts ?? {}))
      resolved[property] = resolveClaims(claims, this.state.snapshot) ?? null;
    const out = nodeDetailView({ id, attributes: a, resolved, neighbours }, this.detailContext());
    if (state)
      out.splice(1, 0, el('p', {}, el('span', { class: `badge c-${state}` }, this.statusText(state))));
    return out;
  }

  // ----- scenarios -------------------------------------------------------------------------------

  private async loadScenarioList(): Promise<void> {
    this.scenarioList = await api.scenarios().catch(() => []);
    const select = $<HTMLSelectElement>('scenario');
    select.replaceChildren(
      el('option', { value: '' }),
      ...this.scenarioList.map((s) => el('option', { value: s.id }, s.name)),
    );
    select.value = this.state.scenario ?? '';
    this.renderText();
  }

  private async runShippedScenario(id: string): Promise<void> {
    this.status(t(this.state.lang, 'scenarioRunning'));
    try {
      const scenario = await api.scenario(id);
      this.setEditorText(scenario);
      await this.enterScenario(await api.runScenario(scenario), id, scenario);
      this.status('');
    } catch (error) {
      this.status(`${t(this.state.lang, 'scenarioError')}: ${(error as Error).message}`);
      this.setState({ scenario: null });
    }
  }

  private async runUploadedScenario(file: File): Promise<void> {
    this.status(t(this.state.lang, 'scenarioRunning'));
    try {
      const text = await file.text();
      const scenario: unknown = /\.json$/i.test(file.name) ? JSON.parse(text) : parseYaml(text);
      this.setEditorText(scenario);
      await this.enterScenario(await api.runScenario(scenario), null, scenario);
      $<HTMLSelectElement>('scenario').value = '';
      this.status('');
    } catch (error) {
      this.status(`${t(this.state.lang, 'scenarioError')}: ${(error as Error).message}`);
    }
  }

  /** The editor holds the scenario as YAML: what was picked or uploaded, or a template to start from. */
  private setEditorText(scenario: unknown): void {
    $<HTMLTextAreaElement>('scenario-text').value = toYaml(scenario, { lineWidth: 0 });
  }

  private editorScenario(): { name: string; description?: string; operations: unknown[] } {
    const text = $<HTMLTextAreaElement>('scenario-text').value;
    const parsed: unknown = text.trim() ? parseYaml(text) : null;
    if (
      parsed &&
      typeof parsed === 'object' &&
      Array.isArray((parsed as { operations?: unknown }).operations)
    )
      return parsed as { name: string; operations: unknown[] };
    return { name: t(this.state.lang, 'scenarioTemplateName'), description: '', operations: [] };
  }

  private async runEditedScenario(): Promise<void> {
    const message = $('scenario-message');
    message.textContent = '';
    try {
      const scenario = parseYaml($<HTMLTextAreaElement>('scenario-text').value) as unknown;
      await this.enterScenario(await api.runScenario(scenario), null, scenario);
      $<HTMLSelectElement>('scenario').value = '';
    } catch (error) {
      message.textContent = `${t(this.state.lang, 'scenarioError')}: ${(error as Error).message}`;
    }
  }

  /** Appends an operation to the scenario in the editor and opens it, for the user to run or refine. */
  private addToScenario(operation: Record<string, unknown>): void {
    const scenario = this.editorScenario();
    scenario.operations.push(operation);
    this.setEditorText(scenario);
    ($('scenario-editor') as HTMLDetailsElement).open = true;
  }

  /** Shows the graph after the scenario: what it added, removed (kept as ghosts) and changed, and its diff. */
  private async enterScenario(result: ScenarioResult, id: string | null, input: unknown): Promise<void> {
    const after = scenarioGraph(this.base, result);
    this.data = after;
    const nameOf = (n: string) => (after.hasNode(n) ? after.getNodeAttribute(n, 'name') : n);
    this.scenarioView = {
      id,
      input,
      result,
      added: new Set(result.changes.addedNodes),
      removed: new Set(result.changes.removedNodes),
      addedEdges: new Set(result.changes.addedEdges),
      removedEdges: new Set(result.changes.removedEdges),
      changed: new Set(result.changes.changedNodes),
      findings: scenarioFindings(result, nameOf, (subject) => this.subjectNode(subject)),
    };
    this.buildDisplayGraph();
    this.statuses = scenarioStatuses(result.changes);
    this.findings = [];
    this.sizes = null;
    const overlay = $<HTMLSelectElement>('overlay');
    overlay.value = 'none';
    overlay.disabled = true;
    $<HTMLSelectElement>('scenario').value = id ?? '';
    this.setState({ scenario: id, overlay: 'none', selection: null });
    this.ctx = visibilityContext(this.data, this.state);
    this.renderCounts();
    await this.applyLayout(false);
    this.renderFindings();
    this.renderLegend();
    await this.renderSelection();
  }

  private async leaveScenario(): Promise<void> {
    this.scenarioView = null;
    this.data = this.base;
    this.buildDisplayGraph();
    $<HTMLSelectElement>('overlay').disabled = false;
    this.setState({ scenario: null, selection: null });
    this.ctx = visibilityContext(this.data, this.state);
    this.renderCounts();
    await this.applyLayout(false);
    await this.refreshAnalyses();
    await this.renderSelection();
  }

  /** The node that stands for a finding's subject: a ministry's departmental CIO, CIO Rijk for 'rijk'. */
  private subjectNode(subject: string): string | undefined {
    if (subject === 'rijk') return this.data.findNode((_n, a) => a.type === 'cio_rijk');
    const cio = this.data.findNode(
      (_n, a) => a.type === 'departmental_cio' && !!a.ministries?.includes(subject),
    );
    if (cio) return cio;
    return this.data.hasNode(subject) ? subject : undefined;
  }

  private renderScenarioHead(): HTMLElement {
    const L = this.state.lang;
    const v = this.scenarioView!;
    const { before, after } = v.result.diff.structure;
    const name = (c: string) => (this.data.hasNode(c) ? this.data.getNodeAttribute(c, 'name') : c);
    const rows: [string, number, number][] = [
      [t(L, 'bodiesCount'), before.bodies, after.bodies],
      [t(L, 'membershipsCount'), before.memberships, after.memberships],
      ...Object.keys({ ...before.meetingsPerCio, ...after.meetingsPerCio })
        .filter((c) => before.meetingsPerCio[c] !== after.meetingsPerCio[c])
        .sort()
        .map((c): [string, number, number] => [
          `${t(L, 'meetingsOf')} ${name(c)}`,
          before.meetingsPerCio[c] ?? 0,
          after.meetingsPerCio[c] ?? 0,
        ]),
    ];
    return el(
      'div',
      { class: 'scenario-head', id: 'scenario-head' },
      el('h3', {}, v.result.scenario.name),
      el('p', { class: 'muted' }, v.result.scenario.description),
      el(
        'table',
        { id: 'structure-table' },
        el('caption', {}, t(L, 'structure')),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, ''),
            el('th', { scope: 'col' }, t(L, 'before')),
            el('th', { scope: 'col' }, t(L, 'after')),
          ),
        ),
        el(
          'tbody',
          {},
          ...rows.map(([label, b, a]) =>
            el('tr', {}, el('th', { scope: 'row' }, label), el('td', {}, String(b)), el('td', {}, String(a))),
          ),
        ),
      ),
    );
  }

  private statusText(status: string): string {
    return statusText(status, this.state.lang);
  }

  private detailContext(): DetailContext {
    return {
      lang: this.state.lang,
      openNode: (id) => void this.select({ type: 'node', id }).then(() => this.centreOn(id)),
      addToScenario: (operation) => this.addToScenario(operation),
      pickTarget: (kind, build) => {
        this.pending = { kind, build };
        this.status(t(this.state.lang, kind === 'body' ? 'pickBody' : 'pickRole'));
      },
    };
  }

  private renderFindings(): void {
    const L = this.state.lang;
    const source: FindingSource | 'none' = this.scenarioView ? 'scenario' : this.state.overlay;
    const sel = this.state.selection;
    $('findings').replaceChildren(
      ...findingsPanel({
        lang: L,
        source,
        findings: source === 'scenario' ? this.scenarioView!.findings : this.findings,
        head: source === 'scenario' ? [this.renderScenarioHead()] : [],
        table: this.showTable,
        current: sel?.type === 'finding' && sel.overlay === source ? sel.index : null,
        onSelect: (f) => {
          if (source === 'none') return;
          void this.select({ type: 'finding', overlay: source, index: f.index }).then(() => {
            if (f.nodes.length > 1) this.fitEvidence(f);
            else if (f.anchor) this.centreOn(f.anchor);
          });
        },
      }),
    );
  }

  private fitEvidence(f: Finding): void {
    this.fitNodes(
      f.nodes.filter((n) => this.display.hasNode(n)),
      true,
      0.15,
    );
  }

  private renderFocusSummary(): void {
    const L = this.state.lang;
    const box = $('focus-summary');
    const m = this.state.focus;
    if (!m || !this.ctx.focus) {
      box.hidden = true;
      return void box.replaceChildren();
    }
    const cios = decentralCios(this.data, m);
    const rijkBodies = [...this.ctx.focus].filter((n) => {
      const a = this.data.getNodeAttributes(n);
      return a.kind === 'body' && a.level === 'rijk';
    });
    const item = (id: string) => {
      const b = el('button', { type: 'button', class: 'linklike' }, this.data.getNodeAttribute(id, 'name'));
      b.addEventListener('click', () => void this.select({ type: 'node', id }).then(() => this.centreOn(id)));
      return el('li', {}, b);
    };
    box.hidden = false;
    box.replaceChildren(
      el('h2', {}, `${t(L, 'focusSummary')} ${m}`),
      el(
        'p',
        { id: 'focus-count' },
        `${this.ctx.focus.size} · `,
        el('strong', { id: 'decentral-count' }, String(cios.length)),
        ` ${t(L, 'decentralCios')}`,
      ),
      el('ul', { class: 'sources', id: 'decentral-list' }, ...cios.map(item)),
      el('h3', {}, t(L, 'rijkBodies')),
      el('ul', { class: 'sources' }, ...rijkBodies.sort().map(item)),
    );
  }

  private renderLegend(): void {
    $('legend').replaceChildren(
      ...legendItems(this.state.lang, this.state.overlay, this.scenarioView !== null),
    );
  }

  /** All UI text in the current language. */
  private renderText(): void {
    const L = this.state.lang;
    document.documentElement.lang = L;
    document
      .querySelectorAll<HTMLElement>('[data-i18n]')
      .forEach((n) => (n.textContent = t(L, n.dataset.i18n as TextKey)));
    document
      .querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')
      .forEach((n) => (n.placeholder = t(L, n.dataset.i18nPlaceholder as TextKey)));
    document
      .querySelectorAll<HTMLElement>('[data-i18n-aria-label]')
      .forEach((n) => n.setAttribute('aria-label', t(L, n.dataset.i18nAriaLabel as TextKey)));
    document.querySelectorAll<HTMLElement>('[data-text]').forEach((n) => {
      const key = n.dataset.text!;
      n.textContent = key.startsWith('kind_') || key.startsWith('level_') ? t(L, key as TextKey) : key;
    });
    const label = (id: string, prefix: string) =>
      $<HTMLSelectElement>(id)
        .querySelectorAll('option')
        .forEach((o) => (o.textContent = t(L, `${prefix}${o.value}` as TextKey)));
    label('overlay', 'overlay_');
    label('layout', 'layout_');
    label('size', 'size_');
    $<HTMLSelectElement>('snapshot')
      .querySelectorAll('option')
      .forEach((o) => (o.textContent = o.value));
    $<HTMLSelectElement>('focus')
      .querySelectorAll('option')
      .forEach((o) => (o.textContent = o.value || t(L, 'focusAll')));
    const firstOption = (id: string, key: TextKey) => {
      const o = $<HTMLSelectElement>(id).querySelector('option[value=""]');
      if (o) o.textContent = t(L, key);
    };
    firstOption('scenario', 'scenarioNone');
    firstOption('download', 'downloadChoose');
    $('toggle-table').textContent = t(L, this.showTable ? 'listView' : 'tableView');
    this.renderLegend();
    this.renderFindings();
    this.renderFocusSummary();
    void this.renderSelection();
  }

  private status(text: string): void {
    $('status').textContent = text;
  }

  // ----- export ----------------------------------------------------------------------------------

  private async exportPng(): Promise<void> {
    const blob = await toBlob(this.sigma as unknown as Sigma, { format: 'png', backgroundColor: '#ffffff' });
    saveBlob(blob, `cio-graph${this.state.focus ? `-${this.state.focus}` : ''}.png`);
  }
}
