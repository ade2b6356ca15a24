// The Advies panel's text in Dutch and English.
import type { Lang } from '../../state';
import { OBJECTIVE_TITLES } from '../../../../src/advisor/objectives';
import type { ObjectiveId } from './producers';

const TEXT = {
  title: { nl: 'Advies', en: 'Advice' },
  intro: {
    nl: 'Voorstellen voor de herinrichting van de gremia, gerangschikt op het Pareto-front; elk voorstel is een scenario.',
    en: 'Proposals for restructuring the gremia, ranked on the Pareto front; each proposal is a scenario.',
  },
  primary: { nl: 'Eerst op', en: 'First by' },
  maxOps: { nl: 'Stappen per voorstel', en: 'Moves per proposal' },
  keep: { nl: 'Niet aanraken (ids)', en: 'Keep (ids)' },
  search: { nl: 'Zoek voorstellen', en: 'Find proposals' },
  searching: { nl: 'Voorstellen worden gezocht…', en: 'Searching for proposals…' },
  none: {
    nl: 'Geen voorstel verbetert iets zonder een randvoorwaarde te schenden.',
    en: 'No proposal improves anything without breaking a constraint.',
  },
  show: { nl: 'Toon als scenario', en: 'Show as scenario' },
  edit: { nl: 'In scenario-editor', en: 'To scenario editor' },
  front: { nl: 'front', en: 'front' },
  fromReport: { nl: 'optie uit het rapport', en: 'option from the report' },
  evaluated: { nl: 'kandidaten beoordeeld', en: 'candidates evaluated' },
  error: { nl: 'Advies mislukt', en: 'Advice failed' },
} satisfies Record<string, Record<Lang, string>>;

export const tx = (lang: Lang, key: keyof typeof TEXT) => TEXT[key][lang];
export const objectiveText = (lang: Lang, id: ObjectiveId) => OBJECTIVE_TITLES[id][lang];
