// Shared shapes of analysis output: every finding carries its evidence (node and edge ids), the sources
// of those facts, and a one-sentence explanation in Dutch and English.

export interface Evidence {
  nodes: string[];
  edges: string[];
}

export interface Explanation {
  nl: string;
  en: string;
}

export type Lang = 'nl' | 'en';

/** One row of a rendered analysis, for terminal tables and CSV. */
export interface TabularOutput {
  headers: string[];
  rows: string[][];
  /** Further tables of the same analysis, printed after the first (overlap: meeting load per CIO). */
  sections?: { title: string; headers: string[]; rows: string[][] }[];
}
