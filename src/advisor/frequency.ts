// Meetings per year of a body, from its `meetingFrequency` fact, by the model's one parser of the
// report's wording (src/model/frequency.ts). Unknown, hedged or contested wording is null: not counted.
import { resolveFact } from '../model/facts';
import { parseFrequency } from '../model/frequency';
import type { OrgGraph } from '../model/types';
import type { Snapshot } from '../model/vocabulary';

export function meetingsPerYear(graph: OrgGraph, body: string, snapshot: Snapshot): number | null {
  const fact = resolveFact(graph, body, 'meetingFrequency', snapshot);
  if (!fact || 'contested' in fact || typeof fact.value !== 'string') return null;
  const parsed = parseFrequency(fact.value);
  return parsed.known ? parsed.perYear : null;
}
