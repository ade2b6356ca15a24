// Plain-language labels for every code value of the model, in Dutch and English. The viewer, the CLI
// tables and the reports all read this one table, so no code value is translated twice and none
// reaches a user as `under_cio_elsewhere` or `inBestuursraad`. Pure data: no imports above the model.
import type {
  BODY_LEVELS,
  BODY_TYPES,
  CHAIR_SEATS,
  EDGE_KINDS,
  EXPLAIN_STATUSES,
  MEMBER_SEATS,
  MEMBER_VOTES,
  NODE_KINDS,
  ORGANISATION_TYPES,
  OVERLAP_NATURES,
  PLACEMENTS,
  RECOMMENDATION_TYPES,
  ROLE_TYPES,
} from './vocabulary';

export type LabelLang = 'nl' | 'en';
export interface Label {
  nl: string;
  en: string;
}
const L = (nl: string, en: string = nl): Label => ({ nl, en });

/** A finding's status (deviations), a scenario change, and the lifecycle status of a body or role. */
const STATUS = {
  deviation: L('afwijking', 'deviation'),
  explained: L('verklaard (explain)', 'explained (explain)'),
  contested: L('tegenstrijdig', 'contested'),
  compliant: L('voldoet', 'compliant'),
  unknown: L('onbekend', 'unknown'),
  added: L('toegevoegd', 'added'),
  removed: L('verwijderd', 'removed'),
  changed: L('gewijzigd', 'changed'),
  reported: L('genoemd in het rapport', 'stated in the report'),
  active: L('actief', 'active'),
  in_development: L('in ontwikkeling', 'in development'),
  planned: L('gepland', 'planned'),
  not_functioning_well: L('functioneert niet goed', 'not functioning well'),
} as const;

const PLACEMENT = {
  cio_office: L('in het CIO-office', 'in the CIO office'),
  under_cio_elsewhere: L('elders onder de CIO', 'under the CIO, elsewhere'),
  elsewhere_in_ministry: L('elders in het ministerie', 'elsewhere in the ministry'),
  it_service_provider: L('bij de ICT-dienstverlener', 'at the IT service provider'),
  none: L('niet aanwezig', 'not present'),
  in_development: L('in ontwikkeling', 'in development'),
  unspecified: L('niet gespecificeerd', 'not specified'),
} as const satisfies Record<(typeof PLACEMENTS)[number], Label>;

/** Fact names as the detail panel and the tables show them. */
const FACT = {
  function: L('functie', 'function'),
  cioFunction: L('functie CIO', 'CIO function'),
  fulltime: L('fulltime', 'full-time'),
  timeShare: L('tijdsbesteding', 'time share'),
  inBestuursraad: L('lid Bestuursraad', 'member of the Bestuursraad'),
  selfAgenda: L('zelfstandig agenderen', 'can table items'),
  directlyUnderSg: L('direct onder de SG', 'directly under the SG'),
  reportsTo: L('valt onder', 'reports to'),
  explain: L('explain', 'explain'),
  explainCovers: L('explain betreft', 'explain covers'),
  present: L('aanwezig', 'present'),
  placement: L('plaatsing', 'placement'),
  formallyEmbedded: L('formeel verankerd', 'formally embedded'),
  isHeadOfCioOffice: L('hoofd CIO-office', 'head of the CIO office'),
  involvedInCioAppointments: L('betrokken bij CIO-benoemingen', 'involved in CIO appointments'),
  managesIctDashboard: L('beheert het ICT-dashboard', 'manages the IT dashboard'),
  appointedByMinisterBzk: L('benoemd door de minister van BZK', 'appointed by the minister of BZK'),
  fte: L('fte', 'FTE'),
  status: L('status', 'status'),
  isVoorportaal: L('voorportaal', 'preparatory body'),
  formalised: L('geformaliseerd', 'formalised'),
  mandate: L('mandaat', 'mandate'),
  maxMembers: L('maximaal aantal leden', 'maximum members'),
  meetingFrequency: L('vergaderfrequentie', 'meeting frequency'),
  fullName: L('volledige naam', 'full name'),
  memberCategories: L('wie deelneemt', 'who takes part'),
  guidingVision: L('leidende visie', 'guiding vision'),
  iStrategyProgressDiscussion: L('bespreking voortgang I-strategie', 'discussion of I-strategy progress'),
  centralDepartmentalOffice: L('centraal departementaal office', 'central departmental office'),
  stelselVariant: L('stelselvariant', 'system variant'),
} as const;

/** Other fact values that are codes. */
const FACT_VALUE = {
  always: L('altijd', 'always'),
  not_always: L('niet altijd', 'not always'),
  'not SG': L('niet de SG', 'not the SG'),
  cyclically: L('cyclisch', 'cyclically'),
  rarely: L('weinig', 'rarely'),
} as const;

const EDGE_KIND = {
  reports_to: L('valt onder', 'reports to'),
  part_of: L('onderdeel van', 'part of'),
  held_by_same_person: L('zelfde persoon', 'held by the same person'),
  hosted_by: L('ondergebracht bij', 'hosted by'),
  member_of: L('lid van', 'member of'),
  chairs: L('zit voor', 'chairs'),
  prepares_for: L('bereidt voor', 'prepares for'),
  advises: L('adviseert', 'advises'),
  decides_for: L('besluit voor', 'decides for'),
  escalates_to: L('escaleert naar', 'escalates to'),
  handles: L('behandelt', 'handles'),
  reported_overlap: L('overlap volgens rapport', 'overlap stated in report'),
  serves: L('bedient', 'serves'),
  deputy_of: L('plaatsvervanger van', 'deputy of'),
  concerns: L('betreft', 'concerns'),
  holds_portfolio: L('portefeuillehouder van', 'holds the portfolio of'),
} as const satisfies Record<(typeof EDGE_KINDS)[number], Label>;

const EXPLAIN = {
  formal: L('formeel', 'formal'),
  informal: L('informeel', 'informal'),
  unclear: L('onduidelijk', 'unclear'),
} as const satisfies Record<(typeof EXPLAIN_STATUSES)[number], Label>;

const STELSEL_VARIANT = {
  concern_role: L('concernrol', 'group-level role'),
  core_plus_stelsel: L('kern plus stelsel', 'core plus system'),
  single_cio: L('één CIO', 'single CIO'),
} as const;

const NODE_KIND = {
  ministry: L('ministerie', 'ministry'),
  organisation: L('organisatie(-onderdeel)', 'organisation (unit)'),
  role: L('rol / functie', 'role'),
  body: L('gremium', 'body (gremium)'),
  topic: L('onderwerp', 'topic'),
  norm: L('norm (Besluit)', 'norm (Besluit)'),
  statement: L('uitspraak over overlap', 'overlap statement'),
  recommendation: L('aanbeveling', 'recommendation'),
} as const satisfies Record<(typeof NODE_KINDS)[number], Label>;

const BODY_TYPE = {
  council: L('raad', 'council'),
  voorportaal: L('voorportaal', 'preparatory body'),
  committee: L('commissie', 'committee'),
  board: L('bestuur', 'board'),
  network: L('netwerk', 'network'),
  steering_group: L('stuurgroep', 'steering group'),
  working_group: L('werkgroep', 'working group'),
  management_team: L('managementteam (MT)', 'management team'),
  consultation: L('periodiek overleg', 'periodic consultation'),
  platform: L('platform', 'platform'),
  portfolio_board: L('portfolioboard', 'portfolio board'),
} as const satisfies Record<(typeof BODY_TYPES)[number], Label>;

const ORGANISATION_TYPE = {
  core_department: L('kerndepartement', 'core department'),
  directorate: L('directie', 'directorate'),
  cluster_or_department: L('cluster of afdeling', 'cluster or department'),
  unit_or_agency: L('onderdeel of agentschap', 'unit or agency'),
  zbo: L('zbo', 'independent agency (zbo)'),
  it_service_provider: L('ICT-dienstverlener', 'IT service provider'),
  cio_office: L('CIO-office', 'CIO office'),
  other: L('overig', 'other'),
} as const satisfies Record<(typeof ORGANISATION_TYPES)[number], Label>;

const ROLE_TYPE = {
  SG: L('SG'),
  pSG: L('pSG'),
  departmental_cio: L('departementale CIO', 'departmental CIO'),
  deputy_cio: L('plaatsvervangend CIO', 'deputy CIO'),
  head_cio_office: L('hoofd CIO-office', 'head of the CIO office'),
  acting_cio: L('waarnemend CIO', 'acting CIO'),
  decentral_cio: L('decentrale CIO', 'decentral CIO'),
  CISO: L('CISO'),
  CPO: L('CPO'),
  CDO: L('CDO'),
  CTO: L('CTO'),
  cio_rijk: L('CIO Rijk'),
  ciso_rijk: L('CISO Rijk'),
  dg: L('DG'),
  director: L('directeur', 'director'),
  head_of_department: L('afdelingshoofd', 'head of department'),
  other: L('overig', 'other'),
} as const satisfies Record<(typeof ROLE_TYPES)[number], Label>;

const SEAT = {
  permanent: L('vaste zetel', 'permanent seat'),
  rotating: L('roulerend', 'rotating'),
  advisory: L('adviserend', 'advisory'),
  guest: L('gast', 'guest'),
  sponsor: L('sponsor', 'sponsor'),
  fixed_guest: L('vaste gast', 'standing guest'),
  delegated: L('gedelegeerd', 'delegated'),
} as const satisfies Record<(typeof MEMBER_SEATS)[number], Label>;

const CHAIR_SEAT = {
  co_chair: L('duovoorzitter', 'co-chair'),
} as const satisfies Record<(typeof CHAIR_SEATS)[number], Label>;

const RECOMMENDATION_TYPE = {
  adr_advice: L('advies van de ADR', 'ADR advice'),
  management_response: L('bestuurlijke reactie', 'management response'),
} as const satisfies Record<(typeof RECOMMENDATION_TYPES)[number], Label>;

/** Who says a statement (`ministry:<CODE>` reads as the ministry's code). */
const SAID_BY = {
  adr: L('ADR'),
  interviewees: L('geïnterviewden', 'interviewees'),
  cio_rijk: L('CIO Rijk'),
  management_response: L('bestuurlijke reactie', 'management response'),
} as const;

/** Why a meeting frequency is unknown (overlap's meeting load). */
const FREQUENCY_REASON = {
  not_stated: L('niet vermeld', 'not stated'),
  hedged: L('niet precies (vaak, ongeveer …)', 'not exact (often, about …)'),
  ambiguous: L('meer dan één frequentie', 'more than one frequency'),
  unrecognised: L('niet herkend', 'not recognised'),
} as const;

/** How overlap classifies a pair of bodies. */
const OVERLAP_RELATION = {
  overlap: L('overlap', 'overlap'),
  mirroring: L('spiegeling', 'mirroring'),
  cross_level: L('spiegeling departement ↔ Rijk', 'mirroring department ↔ Rijk'),
  chain: L('spiegeling in de keten (andere mensen)', 'mirroring in the chain (other people)'),
} as const;

const VOTE = {
  voting: L('stemgerechtigd', 'voting'),
  advisory: L('adviserend', 'advisory'),
  guest: L('gast', 'guest'),
  rotating: L('roulerend', 'rotating'),
} as const satisfies Record<(typeof MEMBER_VOTES)[number], Label>;

const OVERLAP_NATURE = {
  overlap: L('overlap', 'overlap'),
  double_agendering: L('dubbele agendering', 'items tabled twice'),
  unclear_division: L('onduidelijke taakverdeling', 'unclear division of tasks'),
} as const satisfies Record<(typeof OVERLAP_NATURES)[number], Label>;

const LEVEL = {
  rijk: L('Rijk', 'Rijk (central)'),
  departmental: L('departementaal', 'departmental'),
  external: L('buiten de Rijksdienst', 'outside the Rijksdienst'),
} as const satisfies Record<(typeof BODY_LEVELS)[number], Label>;

/** Every vocabulary with its labels; `category` in `label()` is one of these keys. */
export const LABELS = {
  status: STATUS,
  placement: PLACEMENT,
  fact: FACT,
  factValue: FACT_VALUE,
  edgeKind: EDGE_KIND,
  explain: EXPLAIN,
  stelselVariant: STELSEL_VARIANT,
  nodeKind: NODE_KIND,
  bodyType: BODY_TYPE,
  organisationType: ORGANISATION_TYPE,
  roleType: ROLE_TYPE,
  seat: SEAT,
  chairSeat: CHAIR_SEAT,
  recommendationType: RECOMMENDATION_TYPE,
  saidBy: SAID_BY,
  frequencyReason: FREQUENCY_REASON,
  overlapRelation: OVERLAP_RELATION,
  vote: VOTE,
  overlapNature: OVERLAP_NATURE,
  level: LEVEL,
} as const;
export type LabelCategory = keyof typeof LABELS;
export type CodeOf<C extends LabelCategory> = keyof (typeof LABELS)[C] & string;

/** The label of a code in one vocabulary; an unknown code comes back as it is (data, not a code). */
export function label<C extends LabelCategory>(category: C, code: string, lang: LabelLang): string {
  const table = LABELS[category] as Record<string, Label>;
  return Object.hasOwn(table, code) ? table[code]![lang] : code;
}

// Codes with one label whatever their vocabulary, for text whose category is not known (a fact value
// in a table cell). Where two vocabularies label the same code differently, the first listed wins:
// status before placement, so `in_development` reads the same everywhere.
const ANY = new Map<string, Label>();
for (const table of Object.values(LABELS))
  for (const [code, l] of Object.entries(table as Record<string, Label>))
    if (!ANY.has(code)) ANY.set(code, l);

/** The label of a code from any vocabulary, or the text unchanged when it is not a code. */
export function labelAny(text: string, lang: LabelLang): string {
  return ANY.get(text)?.[lang] ?? text;
}

// snake_case (`not_always`) or camelCase with a word before the capital (`inBestuursraad`); not an
// abbreviation like `pSG`.
const CODE_SOURCE = String.raw`\b[a-z]+(?:_[a-z0-9]+)+\b|\b[a-z]{2,}(?:[A-Z][a-z]+)+\b`;
const CODE = new RegExp(CODE_SOURCE);
const CODES = new RegExp(CODE_SOURCE, 'g');

/** True when a code value has a label in some vocabulary. */
export function hasLabel(code: string): boolean {
  return ANY.has(code);
}

/** True when the text is a snake_case or camelCase identifier: what must never reach a user. */
export function looksLikeCode(text: string): boolean {
  return CODE.test(text);
}

/**
 * Every code in a free text replaced by its label: `cio_office/none` → `in het CIO-office/niet
 * aanwezig`. Only identifiers that look like code (snake_case, camelCase) are replaced, so ordinary
 * words in names ('overlap', 'planned') are left as written.
 */
export function relabelCodes(text: string, lang: LabelLang): string {
  return text.replace(CODES, (code) => labelAny(code, lang));
}
