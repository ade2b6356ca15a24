// The remaining controls: filters, search, download menu, PNG export, link, language, the findings
// table toggle, and the keyboard shortcuts ('/' search, Escape clears the selection).
import { toBlob } from '@sigma/export-image';
import type Sigma from 'sigma';
import { nodeVisible } from '../graph/visibility';
import { t } from '../i18n';
import { $, el, saveBlob } from '../ui/dom';
import { buildFilters } from '../ui/filters';
import { bindSearchBox } from '../ui/search-box';
import { listen } from './context';
import type { AppContext, Renderer } from './context';
import { drawLabels, labelMeasure } from './labels';
import { ministryCodes } from './focus/producers';

export const DOWNLOAD_FORMATS = [
  'gexf',
  'graphml',
  'json',
  'cypher',
  'csv:nodes',
  'csv:edges',
  'csv:documents',
];

export function bindControls(ctx: AppContext, renderFindings: () => void): void {
  const on = listen(ctx);
  const L = () => ctx.state().lang;
  buildFilters(ministryCodes(ctx.base), ctx.state, (patch) => ctx.setState(patch), on);
  // Choosing ministries narrows the graph to a few columns: frame them.
  ctx.cleanup(
    ctx.on('state', ({ patch }) => {
      if (patch.ministries !== undefined) ctx.fitNodes(visibleNodes(ctx));
    }),
  );

  const download = $<HTMLSelectElement>('download');
  download.replaceChildren(
    el('option', { value: '' }),
    ...DOWNLOAD_FORMATS.map((f) =>
      el('option', { value: f }, f.startsWith('csv:') ? `CSV (${f.slice(4)}.csv)` : f.toUpperCase()),
    ),
  );
  on(download, 'change', () => {
    const [format, table] = download.value.split(':');
    download.value = '';
    if (!format) return;
    const query = `format=${format}${table ? `&table=${table}` : ''}`;
    // With a scenario shown, the download is the graph after it (the server applies it again).
    const v = ctx.view.scenario;
    if (v)
      void ctx.api
        .exportScenario(query, v.input)
        .then(({ blob, name }) => saveBlob(blob, name))
        .catch((error: Error) => ctx.status(`${t(L(), 'loadError')}: ${error.message}`));
    else {
      const a = el('a', { href: `/api/export?${query}`, download: '' });
      document.body.append(a);
      a.click();
      a.remove();
    }
  });

  on(document.body, 'keydown', (e) => {
    const target = e.target as HTMLElement;
    // Escape in the search box (its list closed) clears the selection too.
    const inSearch = target.id === 'search' && e.key === 'Escape' && $('search-results').hidden;
    if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) && !inSearch) return;
    if (e.key === '/') {
      e.preventDefault();
      $('search').focus();
    } else if (e.key === 'Escape' && ctx.state().selection) void ctx.select(null);
  });
  on($('lang'), 'click', () => ctx.setState({ lang: L() === 'nl' ? 'en' : 'nl' }));
  const measure = labelMeasure();
  on($('export-png'), 'click', () => {
    // The export draws with a renderer of its own; the labels are placed on it as on screen.
    void toBlob(ctx.renderer as unknown as Sigma, {
      format: 'png',
      backgroundColor: '#ffffff',
      withTempRenderer: (temp) => void drawLabels(temp as unknown as Renderer, ctx.data, measure),
    }).then((blob) => saveBlob(blob, `cio-graph${ctx.state().focus ? `-${ctx.state().focus}` : ''}.png`));
  });
  on($('copy-link'), 'click', () => {
    void navigator.clipboard?.writeText(location.href).catch(() => undefined);
    ctx.status(t(L(), 'linkCopied'));
  });
  const toggle = $('toggle-table');
  on(toggle, 'click', () => {
    ctx.view.showTable = !ctx.view.showTable;
    toggle.setAttribute('aria-pressed', String(ctx.view.showTable));
    toggle.textContent = t(L(), ctx.view.showTable ? 'listView' : 'tableView');
    // The table view widens the panel (styles.css), so the canvas beside it is resized.
    document.body.classList.toggle('table-view', ctx.view.showTable);
    ctx.renderer.resize();
    ctx.renderer.refresh();
    renderFindings();
  });
  ctx.cleanup(
    bindSearchBox({
      input: $<HTMLInputElement>('search'),
      list: $<HTMLUListElement>('search-results'),
      graph: () => ctx.data,
      lang: L,
      visible: (id) => nodeVisible(ctx.data.getNodeAttributes(id), id, ctx.state(), ctx.view.visibility),
      onChoose: (id) => void ctx.select({ type: 'node', id }).then(() => ctx.centreOn(id)),
    }),
  );
}

function visibleNodes(ctx: AppContext): string[] {
  const state = ctx.state();
  return ctx.display.filterNodes((n) =>
    nodeVisible(ctx.data.getNodeAttributes(n), n, state, ctx.view.visibility),
  );
}
