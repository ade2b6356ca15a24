// What every number the tool shows means, and how it is computed, in Dutch and English: one table
// for the viewer's tooltips (title / aria-describedby) and any report or CLI text that explains a
// figure. The formulas restate the analyses' own definitions (src/analyses/overlap.ts,
// fragmentation.ts, centrality.ts); a change there changes the text here. Pure data.
import type { Label, LabelLang } from './labels';

const F = (nl: string, en: string): Label => ({ nl, en });

export const FORMULAS = {
  overlapScore: F(
    'overlapscore (0–1) = onderwerpdeel · (1 + personendeel) / 2; onderwerpdeel = gedeelde onderwerpen / onderwerpen van het kleinste gremium, personendeel = gedeelde leden en voorzitters / die van het kleinste gremium (de zetel van een departementale CIO telt dubbel). 0 voor gremia die het stelsel bewust koppelt.',
    'overlap score (0–1) = topic share · (1 + people share) / 2; topic share = shared topics / topics of the smaller body, people share = shared members and chairs / those of the smaller body (a departmental CIO’s seat counts twice). 0 for bodies the stelsel joins on purpose.',
  ),
  fragmentationIndex: F(
    'versnipperingsindex (0–1) = 0,5 · afstand + 0,25 · spreiding + 0,25 · bereik, over de geplaatste CxO-rollen (CISO, CPO, CTO, CDO); 0 = alles in het CIO-office, 1 = maximaal verspreid. Bij tegenstrijdige plaatsing het gemiddelde, tussen haakjes het bereik.',
    'fragmentation index (0–1) = 0.5 · distance + 0.25 · spread + 0.25 · reach, over the placed CxO roles (CISO, CPO, CTO, CDO); 0 = all in the CIO office, 1 = most spread out. With a contested placement the mean, the range in brackets.',
  ),
  fragmentationDistance: F(
    'afstand (0–1) = gemiddelde plaatsing: CIO-office 0, elders onder de CIO 0,25, elders in het ministerie 0,75, bij de IT-dienstverlener 1',
    'distance (0–1) = mean placement: CIO office 0, elsewhere under the CIO 0.25, elsewhere in the ministry 0.75, at the IT service provider 1',
  ),
  fragmentationSpread: F(
    'spreiding (0–1) = (verschillende eenheden waar de rollen zitten − 1) / (geplaatste rollen − 1)',
    'spread (0–1) = (distinct units hosting the roles − 1) / (placed roles − 1)',
  ),
  fragmentationReach: F(
    'bereik (0–1) = gemiddelde over de rollen van min(max(stappen − 2, 0), 4) / 4; stappen = kortste pad van de CIO langs de structuur (2 stappen = in het CIO-office)',
    'reach (0–1) = mean over the roles of min(max(hops − 2, 0), 4) / 4; hops = shortest path from the CIO along the structure (2 hops = in the CIO office)',
  ),
  fragmentationHosts: F(
    'plaatsen = aantal verschillende eenheden waar de CxO-rollen zitten',
    'hosts = number of distinct units hosting the CxO roles',
  ),
  fragmentationBand: F(
    'kleur naar versnipperingsindex: ≥ 0,5 hoog, 0,25–0,5 midden, < 0,25 laag',
    'colour by fragmentation index: ≥ 0.5 high, 0.25–0.5 middle, < 0.25 low',
  ),
  betweenness: F(
    'tussenliggendheid (0–1) = aandeel van de kortste paden tussen twee andere knopen dat door deze knoop loopt (genormaliseerd, netwerk zonder normen, uitspraken en aanbevelingen)',
    'betweenness (0–1) = share of the shortest paths between two other nodes that pass through this node (normalised, network without norms, statements and recommendations)',
  ),
  degree: F(
    'graad = aantal buren (parallelle relaties tellen één keer)',
    'degree = number of neighbours (parallel relations count once)',
  ),
  pagerank: F(
    'PageRank (som 1) = kans dat een willekeurige wandeling over de relaties bij deze knoop is',
    'PageRank (sums to 1) = chance that a random walk over the relations is at this node',
  ),
  community: F(
    'gemeenschap = nummer van de groep die de Louvain-methode vindt (knopen die onderling meer relaties hebben dan met de rest)',
    'community = number of the group the Louvain method finds (nodes more connected to each other than to the rest)',
  ),
  article: F(
    'art. = artikel van het Besluit CIO-stelsel Rijksdienst 2021 waaraan getoetst is',
    'art. = article of the Besluit CIO-stelsel Rijksdienst 2021 tested against',
  ),
  snapshot: F(
    'peilmoment: de toestand in 2021 (invoering van het Besluit) of 2024 (de evaluatie)',
    'snapshot: the state in 2021 (when the Besluit took effect) or 2024 (the evaluation)',
  ),
  findingsCount: F(
    'aantal bevindingen van deze analyse in de huidige weergave',
    'number of findings of this analysis in the current view',
  ),
  scenarioChange: F(
    'voor → na: de waarde in de huidige situatie en na het scenario (– = bestaat niet); de betekenis van de waarde is die van de analyse ervoor',
    'before → after: the value in the current situation and after the scenario (– = does not exist); the value means what it means in the analysis named first',
  ),
  structureBodies: F(
    'aantal gremia in het peilmoment van het scenario, voor en na',
    'number of bodies in the scenario’s snapshot, before and after',
  ),
  structureMemberships: F(
    'aantal lidmaatschappen (relaties "lid van") in het peilmoment, voor en na',
    'number of memberships ("member of" relations) in the snapshot, before and after',
  ),
  structureMeetings: F(
    'aantal gremia waarin deze CIO lid of voorzitter is, voor en na',
    'number of bodies this CIO is a member or chair of, before and after',
  ),
  focusNodes: F(
    'knopen in het netwerk van het ministerie: alles wat bij het ministerie hoort plus de Rijksgremia waarin de departementale CIO zit',
    'nodes in the ministry’s network: everything that belongs to the ministry plus the Rijk bodies its departmental CIO sits in',
  ),
  decentralCios: F(
    "aantal decentrale CIO's van het ministerie (Tabel 4 van het rapport)",
    'number of decentral CIOs of the ministry (Table 4 of the report)',
  ),
  meetingsPerYear: F(
    'keer per jaar, gelezen uit de formulering van het rapport (wekelijks = 52, maandelijks = 12, per kwartaal = 4 …)',
    'times a year, read from the report’s wording (weekly = 52, monthly = 12, quarterly = 4 …)',
  ),
  factValue: F(
    'waarde zoals de bron hieronder die geeft (geen berekening)',
    'value as the source below gives it (not computed)',
  ),
  claimNumber: F(
    'nummer van de bewering: de bronnen zeggen elk iets anders, het hulpmiddel kiest er geen',
    'number of the claim: the sources disagree, the tool picks none',
  ),
  validIn: F(
    'peilmomenten waarin deze relatie volgens de bronnen geldt',
    'snapshots in which the sources say this relation holds',
  ),
  identifier: F(
    'kenmerk van de knoop in de data (geen hoeveelheid)',
    'the node’s identifier in the data (not a quantity)',
  ),
  hops: F(
    'stappen = kortste pad van de CIO naar de rol langs de structuur (2 stappen = in het CIO-office dat de CIO dient)',
    'hops = shortest path from the CIO to the role along the structure (2 hops = in the CIO office serving the CIO)',
  ),
} satisfies Record<string, Label>;

export type FormulaKey = keyof typeof FORMULAS;

export function formula(key: FormulaKey, lang: LabelLang): string {
  return FORMULAS[key][lang];
}
