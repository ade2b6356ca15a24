// Helpers for the Rijk-level norms (art. 10-16): locating CIO Rijk, CISO Rijk and the gremia they lead.
import type { OrgGraph, SourceRef } from '../../model/types';
import type { Explanation } from '../types';
import type { DeviationFinding, FindingStatus, Rule } from './rule';

export function roleOfType(graph: OrgGraph, type: string): string | undefined {
  return graph.findNode((_id, a) => a.kind === 'role' && a.type === type);
}

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
