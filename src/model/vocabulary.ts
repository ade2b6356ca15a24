// The closed vocabularies of the model. Everything that becomes a Neo4j label, a relationship type
// or a filter in the viewer comes from these lists, so they double as the whitelist for Cypher.

export const MINISTRY_CODES = [
  'AZ',
  'BZ',
  'BZK',
  'DEF',
  'EZK',
  'FIN',
  'IenW',
  'JenV',
  'LNV',
  'OCW',
  'SZW',
  'VWS',
] as const;
export type MinistryCode = (typeof MINISTRY_CODES)[number];

/**
 * Records belong to ministries by their id prefix: `JenV/DJI` to JenV, `EZK-LNV/CIO-office` to both
 * EZK and LNV (a prefix of ministry ids joined by '-'), `rijk/…` and unprefixed ids to none. The twelve
 * codes above are the real ministries; synthetic datasets declare their own ministry nodes.
 */
export const SHARED_PREFIX_SEPARATOR = '-';

export const SNAPSHOTS = ['2021', '2024'] as const;
export type Snapshot = (typeof SNAPSHOTS)[number];
export const CURRENT_SNAPSHOT: Snapshot = '2024';

export const NODE_KINDS = [
  'ministry',
  'organisation',
  'role',
  'body',
  'topic',
  'norm',
  'statement',
  'recommendation',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
/**
 * Records *about* the stelsel rather than parts of it: what the report says (overlap statements) and
 * what it advises (recommendations). Network analyses (centrality, reach) leave them out.
 */
export const META_NODE_KINDS: NodeKind[] = ['statement', 'recommendation'];

export const ORGANISATION_TYPES = [
  'core_department',
  'directorate',
  'cluster_or_department',
  'unit_or_agency',
  'zbo',
  'it_service_provider',
  'cio_office',
  'other',
] as const;

export const ROLE_TYPES = [
  'SG',
  'pSG',
  'departmental_cio',
  'deputy_cio',
  'head_cio_office',
  'acting_cio',
  'decentral_cio',
  'CISO',
  'CPO',
  'CDO',
  'CTO',
  'cio_rijk',
  'ciso_rijk',
  'dg',
  'director',
  'head_of_department',
  'other',
] as const;
export type RoleType = (typeof ROLE_TYPES)[number];
export const CXO_TYPES = ['CISO', 'CPO', 'CTO', 'CDO'] as const;
export type CxoType = (typeof CXO_TYPES)[number];

export const BODY_TYPES = [
  'council',
  'voorportaal',
  'committee',
  'board',
  'network',
  'steering_group',
  'working_group',
  'management_team',
  /** A periodic overleg: driehoeksoverleg, bestuurlijk overleg, maandelijks overleg. */
  'consultation',
  'platform',
  'portfolio_board',
] as const;

/**
 * Where a body sits. Without an explicit `level` it follows the id (a ministry prefix: departmental,
 * else rijk); `external` (bodies outside the Rijksdienst, ids `ext/…`) is always given explicitly.
 */
export const BODY_LEVELS = ['rijk', 'departmental', 'external'] as const;
export type BodyLevel = (typeof BODY_LEVELS)[number];
export const EXTERNAL_ID_PREFIX = 'ext/';

export const TOPIC_TYPES = ['agenda', 'i_strategy_theme'] as const;

export const EDGE_KINDS = [
  'reports_to',
  'part_of',
  'held_by_same_person',
  'hosted_by',
  'member_of',
  'chairs',
  'prepares_for',
  'advises',
  'decides_for',
  'escalates_to',
  'handles',
  'reported_overlap',
  'serves',
  'deputy_of',
  'concerns',
  'holds_portfolio',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Which node kinds each edge kind may connect; checked by the validator. */
export const EDGE_ENDPOINTS: Record<EdgeKind, { from: NodeKind[]; to: NodeKind[] }> = {
  reports_to: { from: ['role'], to: ['role'] },
  part_of: { from: ['organisation', 'body'], to: ['organisation', 'ministry'] },
  held_by_same_person: { from: ['role'], to: ['role'] },
  hosted_by: { from: ['role'], to: ['organisation', 'ministry'] },
  member_of: { from: ['role', 'organisation'], to: ['body'] },
  chairs: { from: ['role'], to: ['body'] },
  prepares_for: { from: ['body'], to: ['body'] },
  advises: { from: ['body', 'role'], to: ['body', 'role'] },
  decides_for: { from: ['body'], to: ['body'] },
  escalates_to: { from: ['body'], to: ['body'] },
  handles: { from: ['body'], to: ['topic'] },
  reported_overlap: { from: ['body'], to: ['body'] },
  serves: { from: ['organisation'], to: ['role'] },
  deputy_of: { from: ['role'], to: ['role'] },
  concerns: {
    from: ['statement', 'recommendation'],
    to: ['body', 'topic', 'role', 'ministry', 'norm', 'organisation'],
  },
  holds_portfolio: { from: ['role'], to: ['topic'] },
};

/** Edges from the meta records (statements, recommendations) to what they are about. */
export const META_EDGE_KINDS: EdgeKind[] = ['concerns'];

export const MEMBER_VOTES = ['voting', 'advisory', 'guest', 'rotating'] as const;
export const MEMBER_SEATS = [
  'permanent',
  'rotating',
  'advisory',
  'guest',
  'sponsor',
  'fixed_guest',
  'delegated',
] as const;
/** Seats on `chairs` edges: a duo chair, both chairs with a `chairs` edge marked `co_chair`. */
export const CHAIR_SEATS = ['co_chair'] as const;
export const OVERLAP_NATURES = ['overlap', 'double_agendering', 'unclear_division'] as const;
/** Statement types are the overlap natures: the kind of overlap a statement asserts. */
export const STATEMENT_TYPES = OVERLAP_NATURES;
export const RECOMMENDATION_TYPES = ['adr_advice', 'management_response'] as const;
/** Who says a statement: the ADR, the interviewees, one ministry (`ministry:OCW`), CIO Rijk, the management response. */
export const SAID_BY_PATTERN = /^(adr|interviewees|cio_rijk|management_response|ministry:[A-Za-z-]+)$/;

/** Where a CxO role sits relative to the departmental CIO (Tabel 3 of the report). */
export const PLACEMENTS = [
  'cio_office',
  'under_cio_elsewhere',
  'elsewhere_in_ministry',
  'it_service_provider',
  'none',
  'in_development',
  'unspecified',
] as const;
export type Placement = (typeof PLACEMENTS)[number];

export const EXPLAIN_STATUSES = ['formal', 'informal', 'unclear'] as const;
