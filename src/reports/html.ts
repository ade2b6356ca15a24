// The document model as one self-contained HTML page: semantic headings, tables with captions and
// scoped headers, figures as inline SVG (vectors in print), footnotes with the source locator and the
// verbatim excerpt (shown on hover through the title attribute and listed in full at the end).
// No script and nothing remote, so the same page prints to PDF and passes a strict CSP.
import type { SourceDocument } from '../model/types';
import { escapeXml } from '../render/svg/graph';
import { Footnotes, noteText } from './footnotes';
import { footerText, tr, statusLabel } from './i18n';
import type { Block, Inline, ReportDocument, TableCell } from './model';
import { REPORT_CSS } from './style';

// One escaper for HTML and the SVG inside it: &apos; is valid in both.
export const escapeHtml = escapeXml;

class HtmlWriter {
  readonly notes = new Footnotes();
  constructor(private readonly documents: readonly SourceDocument[]) {}

  inline(parts: Inline[]): string {
    return parts
      .map((p) => {
        if (typeof p === 'string') return escapeHtml(p);
        if ('strong' in p) return `<strong>${escapeHtml(p.strong)}</strong>`;
        const marks = [...new Set(p.cite.map((s) => this.notes.number(s)))].map((n) => {
          const s = this.notes.notes[n - 1]!;
          const hover = `${noteText(s, this.documents, this.lang)}${s.excerpt ? `: “${s.excerpt}”` : ''}`;
          return `<a class="fn" href="#fn${n}" title="${escapeHtml(hover)}">${n}</a>`;
        });
        return `<sup>${marks.join(',')}</sup>`;
      })
      .join('');
  }

  cell(c: TableCell, tag: 'td' | 'th' = 'td'): string {
    const status = c.status
      ? `<span class="status status-${c.status}">${escapeHtml(statusLabel(this.lang, c.status))}</span> `
      : '';
    return `<${tag}${c.status ? ` class="cell-${c.status}"` : ''}>${status}${this.inline(c.content)}</${tag}>`;
  }

  lang: 'nl' | 'en' = 'nl';

  block(b: Block): string {
    switch (b.type) {
      case 'heading':
        return `<h${b.level} id="${escapeHtml(b.id)}">${escapeHtml(b.text)}</h${b.level}>`;
      case 'paragraph':
        return `<p${b.note ? ' class="note"' : ''}>${this.inline(b.content)}</p>`;
      case 'list':
        return `<ul>${b.items.map((i) => `<li>${this.inline(i)}</li>`).join('')}</ul>`;
      case 'definitions':
        return `<dl class="kern">${b.items.map((i) => `<dt>${escapeHtml(i.term)}</dt><dd>${this.inline(i.content)}</dd>`).join('')}</dl>`;
      case 'table':
        return (
          `<div class="table-wrap"><table><caption>${escapeHtml(b.caption)}</caption>` +
          `<thead><tr>${b.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>` +
          `<tbody>${b.rows.map((r) => `<tr>${r.map((c, i) => this.cell(c, i === 0 ? 'th' : 'td').replace(/^<th/, '<th scope="row"')).join('')}</tr>`).join('')}</tbody></table></div>`
        );
      case 'figure':
        return `<figure>${b.svg}<figcaption>${escapeHtml(b.caption)}</figcaption></figure>`;
    }
  }
}

export function renderHtml(doc: ReportDocument, documents: readonly SourceDocument[]): string {
  const w = new HtmlWriter(documents);
  w.lang = doc.meta.lang;
  const body = doc.blocks.map((b) => w.block(b)).join('\n');
  const contents = doc.blocks
    .filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && b.level === 2)
    .map((h) => `<li><a href="#${escapeHtml(h.id)}">${escapeHtml(h.text)}</a></li>`)
    .join('');
  const notes = w.notes.notes
    .map(
      (s, i) =>
        `<li id="fn${i + 1}"><span class="locator">${escapeHtml(noteText(s, documents, doc.meta.lang))}</span>${s.excerpt ? ` <q>${escapeHtml(s.excerpt)}</q>` : ''}</li>`,
    )
    .join('');
  const footer = footerText(doc.meta);
  return `<!doctype html>
<html lang="${doc.meta.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="cio-graph-fingerprint" content="${escapeHtml(doc.meta.fingerprint)}">
${doc.meta.workspace ? `<meta name="cio-graph-version" content="${doc.meta.workspace.version} ${escapeHtml(doc.meta.workspace.fingerprint)}">\n` : ''}<title>${escapeHtml(`${doc.title} – ${doc.subtitle}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body data-report="${doc.kind}">
<header><p class="kicker">${escapeHtml(doc.title)}</p><h1>${escapeHtml(doc.subtitle)}</h1></header>
<nav aria-label="${escapeHtml(tr(doc.meta.lang, 'contents'))}"><ol>${contents}</ol></nav>
<main>
${body}
<section aria-labelledby="footnotes-title" class="footnotes"><h2 id="footnotes-title">${escapeHtml(tr(doc.meta.lang, 'footnotes'))}</h2><ol>${notes}</ol></section>
</main>
<footer><p>${escapeHtml(footer)}</p></footer>
</body>
</html>
`;
}
