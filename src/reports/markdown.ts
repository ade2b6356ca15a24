// The document model as Markdown with footnotes ([^n], GitHub and pandoc syntax); figures as SVG data
// URIs so a single file stays complete.
import type { SourceDocument } from '../model/types';
import { Footnotes, noteText } from './footnotes';
import { footerText, statusLabel } from './i18n';
import type { Block, Inline, ReportDocument, TableCell } from './model';

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderMarkdown(doc: ReportDocument, documents: readonly SourceDocument[]): string {
  const notes = new Footnotes();
  const inline = (parts: Inline[]) =>
    parts
      .map((p) => {
        if (typeof p === 'string') return p;
        if ('strong' in p) return `**${p.strong}**`;
        return [...new Set(p.cite.map((s) => notes.number(s)))].map((n) => `[^${n}]`).join('');
      })
      .join('');
  const cellText = (c: TableCell) =>
    esc(`${c.status ? `${statusLabel(doc.meta.lang, c.status)}: ` : ''}${inline(c.content)}`);
  const block = (b: Block): string => {
    switch (b.type) {
      case 'heading':
        return `${'#'.repeat(b.level)} ${b.text}`;
      case 'paragraph':
        return b.note ? `> ${inline(b.content)}` : inline(b.content);
      case 'list':
        return b.items.map((i) => `- ${inline(i)}`).join('\n');
      case 'definitions':
        return b.items.map((i) => `- **${i.term}:** ${inline(i.content)}`).join('\n');
      case 'table':
        return [
          `**${b.caption}**`,
          '',
          `| ${b.headers.map(esc).join(' | ')} |`,
          `| ${b.headers.map(() => '---').join(' | ')} |`,
          ...b.rows.map((r) => `| ${r.map(cellText).join(' | ')} |`),
        ].join('\n');
      case 'figure':
        return `![${esc(b.caption)}](data:image/svg+xml;base64,${Buffer.from(b.svg).toString('base64')})\n\n*${b.caption}*`;
    }
  };
  const body = doc.blocks.map(block).join('\n\n');
  const footnotes = notes.notes
    .map(
      (s, i) =>
        `[^${i + 1}]: ${noteText(s, documents, doc.meta.lang)}${s.excerpt ? `: “${s.excerpt.replace(/\n/g, ' ')}”` : ''}`,
    )
    .join('\n');
  const footer = footerText(doc.meta);
  return `# ${doc.title}: ${doc.subtitle}\n\n${body}\n\n---\n\n${footer}\n\n${footnotes}\n`;
}
