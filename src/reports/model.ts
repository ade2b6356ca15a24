// The document model of a report: a tree of blocks with inline citations, independent of the output
// format. Builders (factsheet, stelsel) produce it from the analyses; renderers (HTML, Markdown) turn
// it into text. A citation is a list of source references; the renderer numbers them as footnotes.
import type { SourceRef } from '../model/types';
import type { Lang } from '../analyses/types';

/** Text, a citation (rendered as a footnote mark), or emphasis. */
export type Inline = string | { cite: SourceRef[] } | { strong: string };

export type CellStatus = 'deviation' | 'explained' | 'contested' | 'compliant' | 'unknown';

export interface TableCell {
  content: Inline[];
  /** A finding status, shown as a word and a colour (never the colour alone). */
  status?: CellStatus;
}

export type Block =
  | { type: 'heading'; level: 2 | 3; id: string; text: string }
  | { type: 'paragraph'; content: Inline[]; note?: boolean }
  | { type: 'list'; items: Inline[][] }
  | { type: 'definitions'; items: { term: string; content: Inline[] }[] }
  | { type: 'table'; caption: string; headers: string[]; rows: TableCell[][] }
  | { type: 'figure'; caption: string; svg: string };

export interface ReportMeta {
  lang: Lang;
  snapshot: string;
  /** SHA-256 of the graph's JSON, the same fingerprint the API's health route reports. */
  fingerprint: string;
  /** When the document was generated (ISO date). */
  generated: string;
  /** The source document the facts come from, as cited on the title page. */
  source: string;
  /** A workspace version: the report plus the dated edits up to it (the footer names both). */
  workspace?: { version: number; fingerprint: string };
}

export interface ReportDocument {
  kind: 'factsheet' | 'stelsel';
  title: string;
  subtitle: string;
  meta: ReportMeta;
  blocks: Block[];
}

export const cell = (...content: Inline[]): TableCell => ({ content });
export const cite = (sources: SourceRef[]): Inline[] => (sources.length ? [{ cite: sources }] : []);
