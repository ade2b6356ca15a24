// The level-of-detail view's own text, Dutch and English (the kinds' names come from the shared
// vocabulary in src/model/labels.ts through ui/plain.ts).
import type { Lang } from '../../state';
import type { Group } from './producers';

export const LOD_TEXT = {
  title: { nl: 'Overzicht op hoofdlijnen', en: 'Overview' },
  explain: {
    nl: 'Dit netwerk is groot: ministeries en gremia zijn samengevoegd tot groepen (met het aantal knopen). Klik op een groep of zoom in om haar open te klappen; de dikte van een lijn is het aantal relaties van die soort.',
    en: 'This network is large: ministries and gremia are folded into groups (with their number of nodes). Click a group or zoom in to unfold it; the width of a line is the number of relations of that kind.',
  },
  collapseAll: { nl: 'Alles inklappen', en: 'Fold all' },
  collapseGroup: { nl: 'Groep inklappen', en: 'Fold group' },
  groups: { nl: 'groepen', en: 'groups' },
  unfolded: { nl: 'opengeklapt', en: 'unfolded' },
  nodes: { nl: 'knopen', en: 'nodes' },
  edges: { nl: 'relaties', en: 'relations' },
  group: { nl: 'Groep', en: 'Group' },
  members: { nl: 'leden', en: 'members' },
  more: { nl: 'meer', en: 'more' },
  kind: { nl: 'Soort', en: 'Kind' },
  neighbours: { nl: 'Relaties', en: 'Relations' },
  loading: { nl: 'Laden…', en: 'Loading…' },
  loadError: { nl: 'Laden mislukt', en: 'Loading failed' },
  noSelection: {
    nl: 'Kies een knoop; klik op een groep om haar open te klappen.',
    en: 'Select a node; click a group to unfold it.',
  },
  // Rijk-level groups by node kind (bodies by level).
  'rijk:role': { nl: 'Rijksrollen', en: 'Rijk roles' },
  'rijk:organisation': { nl: 'Rijksorganisaties', en: 'Rijk organisations' },
  'rijk:body:rijk': { nl: 'Rijksgremia', en: 'Rijk gremia' },
  'rijk:body:departmental': { nl: 'Departementale gremia', en: 'Departmental gremia' },
  'rijk:body:external': { nl: 'Externe gremia', en: 'External gremia' },
  'rijk:topic': { nl: 'Onderwerpen', en: 'Topics' },
  'rijk:norm': { nl: 'Normen', en: 'Norms' },
  'rijk:statement': { nl: 'Uitspraken', en: 'Statements' },
  'rijk:recommendation': { nl: 'Aanbevelingen', en: 'Recommendations' },
  'rijk:ministry': { nl: 'Ministeries', en: 'Ministries' },
} as const;
export type LodTextKey = keyof typeof LOD_TEXT;

export const lodText = (lang: Lang, key: LodTextKey): string => LOD_TEXT[key][lang];

/** A group's name without its count: the ministry's code (short, and what the report calls it), or the Rijk group's name. */
export function groupName(group: Group, lang: Lang): string {
  if (group.kind === 'ministry') return group.ministry ?? group.key;
  const key = group.key as LodTextKey;
  return key in LOD_TEXT ? lodText(lang, key) : group.key;
}

/** What a folded group's node says: its name and how many nodes it stands for. */
export function groupLabel(group: Group, lang: Lang): string {
  return `${groupName(group, lang)} (${group.members.length.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')})`;
}
