// The finding shape the Rijk-level norms (art. 10-16) share; CIO Rijk and CISO Rijk are found by
// roleOfType in model/queries.
import type { SourceRef } from '../../model/types';
import type { Explanation } from '../types';
import type { DeviationFinding, FindingStatus, Rule } from './rule';

export function rijkFinding(
  rule: Rule,
  status: FindingStatus,
  expected: string,
  actual: string,
  evidence: { nodes: string[]; edges: string[] },
  sources: SourceRef[],
  explanation: Explanation,
): DeviationFinding {
  return {
    rule: rule.id,
    article: rule.article,
    subject: 'rijk',
    status,
    expected,
    actual,
    formalConsultationRequired: false,
    evidence,
    sources,
    explanation,
  };
}
