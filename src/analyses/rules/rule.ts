// The shape of a norm rule and the helpers rules share: resolving the departmental CIO's explain
// (art. 18) and turning a compliance outcome into a finding.
import { isContested, mergeSources, resolveFact } from '../../model/facts';
import type { Stelsel } from '../../model/queries';
import type { OrgGraph, ResolvedFact, SourceRef } from '../../model/types';
import type { Snapshot } from '../../model/vocabulary';
import type { Evidence, Explanation } from '../types';

export const FINDING_STATUSES = ['deviation', 'explained', 'contested', 'compliant', 'unknown'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export interface DeviationFinding {
  rule: string;
  article: string;
  /** A ministry code, or `rijk` for the Rijk-level norms. */
  subject: string;
  status: FindingStatus;
  expected: string;
  actual: string;
  /** Art. 17: a deviation without a formal explain calls for formal consultation with CIO Rijk. */
  formalConsultationRequired: boolean;
  evidence: Evidence;
  sources: SourceRef[];
  explanation: Explanation;
}

export interface RuleContext {
  graph: OrgGraph;
  snapshot: Snapshot;
  /**
   * The part of the stelsel a departmental rule evaluates now: a block of the graph's stelsels and
   * their ministries (each graph ministry in the block of the first stelsel that holds it, in stelsel
   * order). `deviations` hands the rules one block at a time, so a block's nodes are still in the CPU
   * cache when the next rule reads them. Rijk-level rules ignore it.
   */
  stelsels: readonly Stelsel[];
  ministries: readonly string[];
}

export interface Rule {
  id: string;
  article: string;
  level: 'departmental' | 'rijk';
  title: Explanation;
  evaluate(context: RuleContext): DeviationFinding[];
}

export function sourcesOf(resolved: ResolvedFact | undefined): SourceRef[] {
  if (!resolved) return [];
  return 'contested' in resolved ? mergeSources(resolved.claims.map((c) => c.sources)) : resolved.sources;
}

export interface ExplainState {
  formal: boolean;
  status: string | null;
  sources: SourceRef[];
}

/** Whether the CIO's explain (art. 18) covers an article, and whether it is formal. */
export function explainFor(graph: OrgGraph, cio: string, article: string, snapshot: Snapshot): ExplainState {
  const explain = resolveFact(graph, cio, 'explain', snapshot);
  const covers = resolveFact(graph, cio, 'explainCovers', snapshot);
  if (!explain || isContested(explain)) return { formal: false, status: null, sources: sourcesOf(explain) };
  const articles = covers
    ? 'contested' in covers
      ? covers.claims.flatMap((c) => (Array.isArray(c.value) ? c.value : []))
      : Array.isArray(covers.value)
        ? covers.value
        : []
    : [];
  if (!articles.includes(article)) return { formal: false, status: null, sources: [] };
  return {
    formal: explain.value === 'formal',
    status: String(explain.value),
    sources: mergeSources([explain.sources, sourcesOf(covers)]),
  };
}

/**
 * Whether every value is the same one (SameValueZero, as a Set would judge): without a Set per finding,
 * which at 100k nodes was about a fourteenth of what deviations allocated (26.5 → 24.6 MB).
 */
export function allSame(values: readonly unknown[]): boolean {
  for (let i = 1; i < values.length; i++)
    if (!(values[i] === values[0] || (values[i] !== values[i] && values[0] !== values[0]))) return false;
  return true;
}

/**
 * Status of a norm that rests on one fact: unknown without a value, contested when the claims
 * disagree, otherwise compliant or a deviation by `isCompliant`.
 */
export function factStatus(
  values: readonly unknown[],
  isCompliant: (value: unknown) => boolean,
): FindingStatus {
  if (values.length === 0) return 'unknown';
  if (!allSame(values)) return 'contested';
  return isCompliant(values[0]) ? 'compliant' : 'deviation';
}

/** Status for a departmental norm: compliant, contested, explained (formal explain) or a deviation. */
export function departmentalStatus(
  outcomes: boolean[],
  explain: ExplainState,
): { status: FindingStatus; formalConsultationRequired: boolean } {
  if (outcomes.length === 0) return { status: 'unknown', formalConsultationRequired: false };
  if (!allSame(outcomes)) return { status: 'contested', formalConsultationRequired: false };
  if (outcomes[0]) return { status: 'compliant', formalConsultationRequired: false };
  if (explain.formal) return { status: 'explained', formalConsultationRequired: false };
  return { status: 'deviation', formalConsultationRequired: true };
}

export function explainNote(explain: ExplainState): Explanation {
  if (explain.formal)
    return { nl: ' Er ligt een formele explain (art. 18).', en: ' A formal explain (art. 18) is in place.' };
  if (explain.status === 'informal') {
    return {
      nl: ' Er is alleen een voorlopig, informeel akkoord; formeel overleg (art. 17) is aangewezen.',
      en: ' There is only a provisional, informal agreement; formal consultation (art. 17) is called for.',
    };
  }
  if (explain.status === 'unclear') {
    return {
      nl: ' Onduidelijk is of een formele explain is ingediend; formeel overleg (art. 17) is aangewezen.',
      en: ' It is unclear whether a formal explain was filed; formal consultation (art. 17) is called for.',
    };
  }
  return {
    nl: ' Er is geen explain bekend; formeel overleg (art. 17) is aangewezen.',
    en: ' No explain is known; formal consultation (art. 17) is called for.',
  };
}
