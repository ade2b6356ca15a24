// The overviews' text in Dutch and English. Status names come from the shared vocabulary
// (src/model/labels.ts), not from here, so the matrix, the list and the reports name them alike.
import type { Lang } from '../../state';
import type { Component, Overview, SortKey, Status } from './producers';

const TEXT = {
  open: { nl: 'Overzichten', en: 'Overviews' },
  title: { nl: 'Overzichten', en: 'Overviews' },
  close: { nl: 'Sluiten', en: 'Close' },
  tabs: { nl: 'Kies een overzicht', en: 'Choose an overview' },
  loading: { nl: 'Laden…', en: 'Loading…' },
  loadError: { nl: 'Laden mislukt', en: 'Loading failed' },
  snapshotNote: { nl: 'Peilmoment', en: 'Snapshot' },
  scenarioNote: {
    nl: 'Deze overzichten tonen de gegevens zonder het scenario.',
    en: 'These overviews show the data without the scenario.',
  },
  // The matrix.
  matrixCaption: {
    nl: 'Afwijkingen per ministerie (rijen) en artikel van het Besluit CIO-stelsel (kolommen). Kies een cel voor de bevinding en haar bronnen.',
    en: 'Deviations per ministry (rows) and article of the Besluit CIO-stelsel (columns). Choose a cell for the finding and its sources.',
  },
  matrixTitle: { nl: 'Afwijkingen per ministerie en artikel', en: 'Deviations per ministry and article' },
  ministry: { nl: 'Ministerie', en: 'Ministry' },
  article: { nl: 'Artikel', en: 'Article' },
  noFinding: { nl: 'geen bevinding', en: 'no finding' },
  rijkCaption: {
    nl: 'Normen op Rijksniveau (CIO Rijk, CISO Rijk, CIO-beraad)',
    en: 'Rijk-level norms (CIO Rijk, CISO Rijk, CIO-beraad)',
  },
  legend: { nl: 'Legenda', en: 'Legend' },
  cells: { nl: 'cellen', en: 'cells' },
  chooseFinding: {
    nl: 'Kies een cel of een bevinding om de bevinding en haar bronnen te zien.',
    en: 'Choose a cell or a finding to see the finding and its sources.',
  },
  expected: { nl: 'Norm', en: 'Expected' },
  actual: { nl: 'Feitelijk', en: 'Actual' },
  consultation: {
    nl: 'Formeel overleg met CIO Rijk is aangewezen (art. 17).',
    en: 'Formal consultation with CIO Rijk is called for (art. 17).',
  },
  evidence: { nl: 'Betrokken rollen en onderdelen', en: 'Roles and units involved' },
  // The findings list.
  listCaption: { nl: 'Bevindingen bij het Besluit CIO-stelsel', en: 'Findings on the Besluit CIO-stelsel' },
  filters: { nl: 'Filter de bevindingen', en: 'Filter the findings' },
  all: { nl: 'alle', en: 'all' },
  query: { nl: 'Zoek in de tekst', en: 'Search the text' },
  shown: { nl: 'getoond van', en: 'shown of' },
  findings: { nl: 'bevindingen', en: 'findings' },
  sortBy: { nl: 'Sorteer op', en: 'Sort by' },
  explanation: { nl: 'Toelichting', en: 'Explanation' },
  noRows: { nl: 'Geen bevinding past bij deze filters.', en: 'No finding matches these filters.' },
  reset: { nl: 'Filters wissen', en: 'Clear filters' },
  // The fragmentation chart.
  fragCaption: {
    nl: 'CxO-versnippering per stelsel: de index (0 = alles in het CIO-office, 1 = maximaal verspreid) als som van zijn gewogen componenten.',
    en: 'CxO fragmentation per stelsel: the index (0 = everything in the CIO office, 1 = fully spread) as the sum of its weighted components.',
  },
  fragAxis: { nl: 'Versnipperingsindex (0–1, zonder eenheid)', en: 'Fragmentation index (0–1, no unit)' },
  contribution: { nl: 'bijdrage aan de index', en: 'contribution to the index' },
  weight: { nl: 'gewicht', en: 'weight' },
  index: { nl: 'index', en: 'index' },
  contestedRange: { nl: 'betwist; bereik', en: 'contested; range' },
  fragTable: { nl: 'De waarden van de grafiek', en: 'The values of the chart' },
} satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXT;
export const tx = (lang: Lang, key: TextKey) => TEXT[key][lang];

const OVERVIEW_NAMES: Record<Overview, Record<Lang, string>> = {
  matrix: { nl: 'Matrix afwijkingen', en: 'Deviations matrix' },
  findings: { nl: 'Lijst bevindingen', en: 'Findings list' },
  fragmentation: { nl: 'Versnippering per stelsel', en: 'Fragmentation per stelsel' },
};
export const overviewName = (lang: Lang, o: Overview) => OVERVIEW_NAMES[o][lang];

const COLUMN_NAMES: Record<SortKey, Record<Lang, string>> = {
  article: { nl: 'Artikel', en: 'Article' },
  subject: { nl: 'Ministerie', en: 'Ministry' },
  status: { nl: 'Status', en: 'Status' },
  expected: { nl: 'Norm', en: 'Expected' },
  actual: { nl: 'Feitelijk', en: 'Actual' },
};
export const columnName = (lang: Lang, k: SortKey) => COLUMN_NAMES[k][lang];

const COMPONENT_NAMES: Record<Component, Record<Lang, { name: string; meaning: string }>> = {
  distance: {
    nl: { name: 'Afstand (D)', meaning: 'gemiddelde plaatsing van de CxO-rollen t.o.v. het CIO-office' },
    en: { name: 'Distance (D)', meaning: 'mean placement of the CxO roles relative to the CIO office' },
  },
  spread: {
    nl: { name: 'Spreiding (S)', meaning: '(aantal onderdelen − 1) / (geplaatste rollen − 1)' },
    en: { name: 'Spread (S)', meaning: '(hosting units − 1) / (placed roles − 1)' },
  },
  reach: {
    nl: { name: 'Bereik (R)', meaning: 'gemiddeld aantal stappen van de CIO, 2 stappen = 0, 6 of meer = 1' },
    en: { name: 'Reach (R)', meaning: 'mean hops from the CIO, 2 hops = 0, 6 or more = 1' },
  },
};
export const componentName = (lang: Lang, c: Component) => COMPONENT_NAMES[c][lang].name;
export const componentMeaning = (lang: Lang, c: Component) => COMPONENT_NAMES[c][lang].meaning;

/** The letter in a matrix cell, so colour is not the only cue: the report's letters. */
const LETTERS: Record<Lang, Record<Status, string>> = {
  nl: { deviation: 'A', explained: 'V', contested: 'B', compliant: '✓', unknown: '?' },
  en: { deviation: 'D', explained: 'E', contested: 'C', compliant: '✓', unknown: '?' },
};
export const statusLetter = (lang: Lang, s: Status) => LETTERS[lang][s];
