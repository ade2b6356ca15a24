// The overviews people ask for, in one dialog opened from the header: the deviations as a ministries
// × articles matrix (a cell opens its finding with the evidence and sources), the findings list
// sortable and filterable, and the fragmentation components per stelsel as a bar chart. They read
// the analyses the viewer already fetches (GET /api/analyses/deviations and /fragmentation for the
// snapshot shown); which overview is open, the finding shown, the sort and the filters are in the URL
// (keys of their own beside the view state, see core/url `ownUrlParams`).
/// <reference types="vite/client" />
// The root typecheck reaches this file through the feature tests; vite's types declare the CSS import.
import './overviews.css';
import type { AppContext, Feature } from '../../core/context';
import { listen } from '../../core/context';
import { ownUrlParams } from '../../core/url';
import type { DetailContext } from '../../ui/detail';
import { el } from '../../ui/dom';
import { fragmentationChart } from './chart';
import { findingDetail } from './detail';
import { filterBar, findingsTable } from './list';
import { matrixView } from './matrix';
import {
  OVERVIEWS,
  URL_KEYS,
  decodeOverview,
  deviationMatrix,
  encodeOverview,
  findingKey,
  findingRows,
  fragmentationBars,
} from './producers';
import type { DeviationFinding, FragmentationResult, ListState, Overview, OverviewState } from './producers';
import { overviewName, tx } from './text';

interface Data {
  deviations: DeviationFinding[];
  fragmentation: FragmentationResult[];
}

function mount(ctx: AppContext): () => void {
  const on = listen(ctx);
  const L = () => ctx.state().lang;
  const writeParams = ownUrlParams(URL_KEYS);
  let state: OverviewState = decodeOverview(location.search);
  const cache = new Map<string, Promise<Data>>();
  const load = (snapshot: string): Promise<Data> => {
    if (!cache.has(snapshot))
      cache.set(
        snapshot,
        Promise.all([
          ctx.api.analysis('deviations', { snapshot }),
          ctx.api.analysis('fragmentation', { snapshot }),
        ]).then(([deviations, fragmentation]) => ({ deviations, fragmentation })),
      );
    return cache.get(snapshot)!;
  };

  const openButton = el('button', { type: 'button', id: 'overviews-open', 'aria-haspopup': 'dialog' });
  // Beside the findings' own "Tabel" toggle, not in the header: the header has no room left at
  // 1024 px (one more button wraps it onto a third row), and the overviews belong to the findings.
  const toggle = ctx.slots.panel.querySelector('#toggle-table');
  if (toggle) toggle.before(openButton);
  else ctx.slots.panel.prepend(openButton);

  const title = el('h2', { id: 'overviews-title' });
  const note = el('p', { class: 'muted ov-note', id: 'overviews-note' });
  const closeButton = el('button', { type: 'button', id: 'overviews-close' });
  const tabs = Object.fromEntries(
    OVERVIEWS.map((o) => [
      o,
      el('button', {
        type: 'button',
        role: 'tab',
        id: `ov-tab-${o}`,
        'aria-controls': 'ov-panel',
        'data-overview': o,
      }),
    ]),
  ) as Record<Overview, HTMLButtonElement>;
  const tablist = el('div', { role: 'tablist', class: 'ov-tabs' }, ...OVERVIEWS.map((o) => tabs[o]));
  const panel = el('div', { id: 'ov-panel', role: 'tabpanel', class: 'ov-panel', tabindex: '-1' });
  const side = el('div', { id: 'ov-side', class: 'ov-side', 'aria-live': 'polite' });
  const tooltip = el('div', { id: 'ov-tooltip', role: 'tooltip', class: 'ov-tooltip', hidden: '' });
  const dialog = el(
    'dialog',
    { id: 'overviews', class: 'ov-dialog', 'aria-labelledby': 'overviews-title' },
    el('div', { class: 'ov-head' }, title, note, closeButton),
    tablist,
    el('div', { class: 'ov-body' }, panel, side),
    tooltip,
  );
  document.body.append(dialog);

  const showTooltip = (target: Element | null, text: string) => {
    tooltip.hidden = !target;
    if (!target) return;
    tooltip.textContent = text;
    const box = target.getBoundingClientRect();
    // Positioned through the CSSOM (allowed by the Content-Security-Policy; style attributes are not).
    tooltip.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - 380))}px`;
    tooltip.style.top = `${box.bottom + 6}px`;
  };

  const setOverview = (patch: Partial<OverviewState>) => {
    state = { ...state, ...patch };
    writeParams(encodeOverview(state));
  };

  const detailContext = (): DetailContext => ({
    lang: L(),
    openNode: (id) => {
      // Out of the URL before the selection writes it (the dialog's close event comes a task later).
      setOverview({ open: null });
      dialog.close();
      void ctx.select({ type: 'node', id }).then(() => ctx.centreOn(id));
    },
    addToScenario: () => undefined,
    pickTarget: () => undefined,
  });

  let data: Data | null = null;
  let error = '';
  /** The list's table only: the filters stay, so the search field keeps its focus while typing. */
  let renderListTable: (() => void) | null = null;

  const renderSide = () => {
    const f = data?.deviations.findIndex((x) => findingKey(x) === state.finding) ?? -1;
    if (state.open === 'fragmentation') return void side.replaceChildren();
    side.replaceChildren(
      f >= 0 && data
        ? findingDetail(data.deviations[f]!, f, ctx.base, detailContext())
        : el('p', { class: 'muted' }, tx(L(), 'chooseFinding')),
    );
  };

  // Choosing a finding marks it and fills the detail beside; the matrix or list is not rebuilt, so
  // the keyboard focus stays on the cell or row the user chose.
  const choose = (key: string) => {
    setOverview({ finding: key });
    panel.querySelectorAll<HTMLElement>('[aria-current]').forEach((b) => {
      const owner = b.dataset.cell ?? b.closest<HTMLElement>('[data-finding]')?.dataset.finding;
      b.setAttribute('aria-current', String(owner === key));
    });
    renderSide();
  };

  const render = () => {
    const lang = L();
    const open = state.open ?? 'matrix';
    title.textContent = tx(lang, 'title');
    closeButton.textContent = tx(lang, 'close');
    tablist.setAttribute('aria-label', tx(lang, 'tabs'));
    for (const o of OVERVIEWS) {
      tabs[o].textContent = overviewName(lang, o);
      tabs[o].setAttribute('aria-selected', String(o === open));
      tabs[o].tabIndex = o === open ? 0 : -1;
    }
    panel.setAttribute('aria-labelledby', `ov-tab-${open}`);
    panel.dataset.overview = open;
    dialog.dataset.overview = open;
    side.hidden = open === 'fragmentation';
    note.textContent = `${tx(lang, 'snapshotNote')} ${ctx.state().snapshot}${ctx.view.scenario ? ` · ${tx(lang, 'scenarioNote')}` : ''}`;
    renderListTable = null;
    if (error)
      return void panel.replaceChildren(el('p', { role: 'alert' }, `${tx(lang, 'loadError')}: ${error}`));
    if (!data) return void panel.replaceChildren(el('p', { class: 'muted' }, tx(lang, 'loading')));
    const d = data;
    if (open === 'matrix') {
      const ministries = ctx.base.filterNodes((_n, a) => a.kind === 'ministry');
      const order = [...new Set(d.deviations.filter((f) => f.subject !== 'rijk').map((f) => f.subject))];
      const rows = [
        ...order.filter((m) => ministries.includes(m)),
        ...ministries.filter((m) => !order.includes(m)),
      ];
      panel.replaceChildren(
        el('p', { id: 'ov-matrix-caption', class: 'muted' }, tx(lang, 'matrixCaption')),
        ...matrixView({
          lang,
          graph: ctx.base,
          findings: d.deviations,
          matrix: deviationMatrix(d.deviations, rows),
          current: state.finding,
          onChoose: (f) => choose(findingKey(f)),
        }),
      );
    } else if (open === 'findings') {
      const rows = findingRows(d.deviations, lang);
      const options = () => ({
        lang,
        rows,
        state: state.list,
        current: state.finding,
        onPatch: (patch: Partial<ListState>) => {
          setOverview({ list: { ...state.list, ...patch } });
          // The text field filters as one types: rebuild only the table, keep the field (and its focus).
          if (Object.keys(patch).every((k) => k === 'query')) renderListTable?.();
          else render();
        },
        onChoose: (r: { key: string }) => choose(r.key),
      });
      const table = el('div', { id: 'ov-list-box' });
      renderListTable = () => table.replaceChildren(...findingsTable(options()));
      panel.replaceChildren(filterBar(options()), table);
      renderListTable();
    } else {
      panel.replaceChildren(
        el('p', { id: 'ov-chart-caption', class: 'muted' }, tx(lang, 'fragCaption')),
        ...fragmentationChart({ lang, groups: fragmentationBars(d.fragmentation), tooltip: showTooltip }),
      );
    }
    renderSide();
  };

  const refresh = async () => {
    const snapshot = ctx.state().snapshot;
    error = '';
    data = null;
    render();
    try {
      const loaded = await load(snapshot);
      if (snapshot === ctx.state().snapshot) data = loaded;
    } catch (e) {
      error = (e as Error).message;
      cache.delete(snapshot);
    }
    render();
  };

  const show = (overview: Overview) => {
    setOverview({ open: overview });
    if (!dialog.open) dialog.showModal();
    if (data) render();
    else void refresh();
  };

  on(openButton, 'click', () => show(state.open ?? 'matrix'));
  on(closeButton, 'click', () => dialog.close());
  on(dialog, 'close', () => {
    showTooltip(null, '');
    setOverview({ open: null });
  });
  for (const o of OVERVIEWS) on(tabs[o], 'click', () => show(o));
  // Arrow keys move between the tabs (the ARIA tabs pattern); Tab goes on into the panel.
  on(tablist, 'keydown', (e) => {
    const i = OVERVIEWS.indexOf(state.open ?? 'matrix');
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? OVERVIEWS.length - 1 : i + step;
    if (to === i || !['ArrowRight', 'ArrowLeft', 'Home', 'End'].includes(e.key)) return;
    e.preventDefault();
    const next = OVERVIEWS[(to + OVERVIEWS.length) % OVERVIEWS.length]!;
    show(next);
    tabs[next].focus();
  });

  const renderText = () => {
    openButton.textContent = tx(L(), 'open');
    if (dialog.open) render();
  };
  const offText = ctx.on('text', renderText);
  const offState = ctx.on('state', ({ patch }) => {
    if (patch.snapshot !== undefined) {
      data = null;
      if (dialog.open) void refresh();
    }
  });
  renderText();
  if (state.open) show(state.open);
  return () => {
    offText();
    offState();
    if (dialog.open) dialog.close();
    dialog.remove();
    openButton.remove();
  };
}

export const overviewsFeature: Feature = { id: 'overviews', mount };
