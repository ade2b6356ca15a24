// The report feature of the viewer: a "Factsheet" link in the ministry focus (the server's factsheet
// of the focused ministry, in the viewer's language), a "Rapport" group in the download menu (the
// stelsel report as HTML or PDF), and an SVG export of the current view beside the PNG export.
import { listen } from '../../core/context';
import type { AppContext, Feature } from '../../core/context';
import { $, el, saveBlob } from '../../ui/dom';
import { reportText } from './text';
import { viewToSvg } from './svg-export';
import type { SigmaView } from './svg-export';

const REPORT_OPTION = 'report:';

export function factsheetHref(ministry: string, lang: 'nl' | 'en', format: 'html' | 'pdf' = 'html'): string {
  return `/api/reports/${encodeURIComponent(ministry)}?lang=${lang}${format === 'pdf' ? '&format=pdf' : ''}`;
}

function mount(ctx: AppContext): () => void {
  const on = listen(ctx);
  const lang = () => ctx.state().lang;

  const svgButton = el('button', { type: 'button', id: 'export-svg' });
  $('export-png').after(svgButton);
  on(svgButton, 'click', () => {
    const m = ctx.state().focus;
    const count = $('counts').textContent ?? '';
    const svg = viewToSvg(ctx.renderer as unknown as SigmaView, {
      title: m ? `${reportText(lang(), 'networkOf')} ${m}` : reportText(lang(), 'wholeStelsel'),
      desc: `cio-graph · ${count}`,
    });
    saveBlob(new Blob([svg], { type: 'image/svg+xml' }), `cio-graph${m ? `-${m}` : ''}.svg`);
  });

  // Beside the focus summary (which the focus module rebuilds), so a re-render never drops it.
  const link = el('a', { id: 'factsheet-link', target: '_blank', rel: 'noopener' });
  const pdf = el('a', { id: 'factsheet-pdf', class: 'linklike', target: '_blank', rel: 'noopener' });
  const box = el('p', { id: 'factsheet-box', class: 'factsheet' }, link, ' ', pdf);
  $('focus-summary').after(box);

  const download = $<HTMLSelectElement>('download');
  const group = el('optgroup', {});
  download.append(group);
  // The core's download handler would read 'report:…' as an export format: handle it first, at the
  // capture phase, and stop it there.
  const onDownload = (e: Event) => {
    if (!download.value.startsWith(REPORT_OPTION)) return;
    e.stopImmediatePropagation();
    const format = download.value.slice(REPORT_OPTION.length) as 'html' | 'pdf';
    download.value = '';
    window.open(factsheetHref('stelsel', lang(), format), '_blank', 'noopener');
  };
  download.addEventListener('change', onDownload, { capture: true });

  const render = () => {
    const L = lang();
    const m = ctx.state().focus;
    box.hidden = !m;
    if (m) {
      link.textContent = `${reportText(L, 'factsheet')} ${m}`;
      link.setAttribute('href', factsheetHref(m, L));
      pdf.textContent = 'PDF';
      pdf.setAttribute('href', factsheetHref(m, L, 'pdf'));
      // The accessible name starts with the visible text (axe: label-content-name-mismatch).
      pdf.setAttribute('aria-label', `PDF: ${reportText(L, 'factsheet')} ${m}`);
    }
    svgButton.textContent = reportText(L, 'exportSvg');
    group.label = reportText(L, 'report');
    group.replaceChildren(
      el('option', { value: `${REPORT_OPTION}html` }, `${reportText(L, 'report')} (HTML)`),
      el('option', { value: `${REPORT_OPTION}pdf` }, `${reportText(L, 'report')} (PDF)`),
    );
  };
  ctx.cleanup(ctx.on('state', render));
  ctx.cleanup(ctx.on('text', render));
  render();
  return () => {
    download.removeEventListener('change', onDownload, { capture: true });
    svgButton.remove();
    box.remove();
    group.remove();
  };
}

export const reportFeature: Feature = { id: 'report', mount };
