// Footnote numbering shared by the renderers: each distinct source reference (document, locator,
// excerpt, and the workspace change that stated it) gets one number in order of first citation, so a
// statement cited twice points at one note, while the same locator cited by two edits stays two notes.
import type { Lang } from '../analyses/types';
import type { SourceDocument, SourceRef } from '../model/types';
import { tr } from './i18n';

export class Footnotes {
  private readonly index = new Map<string, number>();
  readonly notes: SourceRef[] = [];

  number(source: SourceRef): number {
    const key = `${source.doc}|${source.locator}|${source.excerpt ?? ''}|${source.change?.version ?? ''}`;
    let n = this.index.get(key);
    if (n === undefined) {
      this.notes.push(source);
      n = this.notes.length;
      this.index.set(key, n);
    }
    return n;
  }
}

/**
 * "Evaluatie CIO-stelsel Rijksdienst 2024, Tabel 1": the document title when known, then the locator.
 * A statement a workspace edit made adds the edit: its change number, author and date, so the reader
 * can trace it to `cio-graph changes show N` as surely as to the report.
 */
export function noteText(source: SourceRef, documents: readonly SourceDocument[], lang: Lang = 'nl'): string {
  const doc = documents.find((d) => d.id === source.doc);
  const base = `${doc ? doc.title : source.doc}, ${source.locator}`;
  if (!source.change) return base;
  return `${base} (${tr(lang, 'changeNote', {
    v: source.change.version,
    a: source.change.author,
    d: source.change.at.slice(0, 10),
  })})`;
}
