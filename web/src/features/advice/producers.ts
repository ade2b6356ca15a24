// Pure parts of the Advies panel: the API's shape, the query it sends, and what a proposal row shows.
import type { Localised } from '../../api';
import type { Lang } from '../../state';

import { OBJECTIVES } from '../../../../src/advisor/objectives';
import type { ObjectiveId } from '../../../../src/advisor/objectives';

export { OBJECTIVES };
export type { ObjectiveId };
export type ObjectiveValues = Record<ObjectiveId, number>;

export interface AdviceProposal {
  id: string;
  rank: number;
  front: number;
  reason: 'pareto' | 'report-option';
  moves: { kind: string }[];
  objectives: { before: ObjectiveValues; after: ObjectiveValues };
  rationale: Localised;
  citations: { locator: string; excerpt?: string; counter?: boolean }[];
  scenario: { name: string; description: string; snapshot: string; operations: unknown[] };
}

export interface AdviceResponse {
  options: { objectives: ObjectiveId[]; maxOps: number; seed: string };
  base: ObjectiveValues;
  stats: { evaluated: number; feasible: number; stoppedBy: string; elapsedMs: number };
  proposals: AdviceProposal[];
}

export interface AdviceForm {
  /** The objective that orders the proposals; the others follow it on the Pareto front. */
  primary: ObjectiveId;
  maxOps: number;
  keep: string;
  top: number;
}

/** The query for GET /api/advice: the primary objective first, then all the others. */
export function adviceQuery(form: AdviceForm): string {
  const objectives = [form.primary, ...OBJECTIVES.filter((o) => o !== form.primary)];
  const params = new URLSearchParams({
    maxOps: String(form.maxOps),
    top: String(form.top),
    objective: objectives.join(','),
  });
  const keep = form.keep
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  if (keep.length) params.set('keep', keep.join(','));
  return `/api/advice?${params.toString()}`;
}

const fmt = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));

/** The objectives a proposal changes, as "before → after". */
export function objectiveChanges(
  p: AdviceProposal,
  objectives: readonly ObjectiveId[],
): { id: ObjectiveId; text: string; better: boolean }[] {
  return objectives
    .filter((o) => p.objectives.before[o] !== p.objectives.after[o])
    .map((o) => ({
      id: o,
      text: `${fmt(p.objectives.before[o])} → ${fmt(p.objectives.after[o])}`,
      better: p.objectives.after[o] < p.objectives.before[o],
    }));
}

/** The report's locators a proposal cites, once each. */
export function citedLocators(p: AdviceProposal): string[] {
  return [...new Set(p.citations.map((c) => c.locator))];
}

export function rationaleOf(p: AdviceProposal, lang: Lang): string {
  return p.rationale[lang];
}
