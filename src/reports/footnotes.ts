// Footnote numbering shared by the renderers: each distinct source reference (document, locator,
// excerpt) gets one number in order of first citation, so a statement cited twice points at one note.
import type { SourceDocument, SourceRef } from '../model/types';

export class Footnotes {
  private readonly index = new Map<string, number>();
  readonly notes: SourceRef[] = [];

  number(source: SourceRef): number {
    const key = `${source.doc}|${source.locator}|${source.excerpt ?? ''}`;
    let n = this.index.get(key);
    if (n === undefined) {
      this.notes.push(source);
      n = this.notes.length;
      this.index.set(key, n);
    }
    return n;
  }
}

/** "Evaluatie CIO-stelsel Rijksdienst 2024, Tabel 1": the document title when known, then the locator. */
export function noteText(source: SourceRef, documents: readonly SourceDocument[]): string {
  const doc = documents.find((d) => d.id === source.doc);
  return `${doc ? doc.title : source.doc}, ${source.locator}`;
}
