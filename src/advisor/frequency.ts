// Meetings per year of a body, from its `meetingFrequency` fact (the report's own wording, verbatim).
// Interim: issue 10 lands `src/model/frequency.ts` as the one parser of that wording; this file keeps
// the advisor's meeting load behind one function until then and is replaced by it on merge.
// Wording it does not know is unknown (null), never guessed.
import { resolveFact } from '../model/facts';
import type { OrgGraph } from '../model/types';
import type { Snapshot } from '../model/vocabulary';

const WORDS: Record<string, number> = { een: 1, één: 1, twee: 2, drie: 3, vier: 4, zes: 6, acht: 8 };
const UNITS: Record<string, number> = { week: 52, weken: 52, maand: 12, maanden: 12, jaar: 1, kwartaal: 4 };

export function parseMeetingFrequency(text: string): number | null {
  const t = text.toLowerCase().trim();
  if (/^(maandelijks|elke maand|iedere maand)$/.test(t)) return 12;
  if (/^(wekelijks|elke week|iedere week)$/.test(t)) return 52;
  if (/^(jaarlijks|elk jaar)$/.test(t)) return 1;
  if (/^(per kwartaal|elk kwartaal|ieder kwartaal)$/.test(t)) return 4;
  // "iedere zes weken", "eens per zes weken", "één keer per zes weken", "1x per 2 weken", "3x per jaar"
  const m =
    /^(?:(\d+|een|één|twee|drie|vier)\s*(?:x|keer)|eens|iedere|elke)?\s*(?:per\s+)?(\d+|twee|drie|vier|zes|acht)?\s*(week|weken|maand|maanden|jaar|kwartaal)$/.exec(
      t,
    );
  if (!m) return null;
  const times = m[1] === undefined ? 1 : (WORDS[m[1]] ?? Number(m[1]));
  const every = m[2] === undefined ? 1 : (WORDS[m[2]] ?? Number(m[2]));
  const perYear = UNITS[m[3]!]!;
  if (!Number.isFinite(times) || !Number.isFinite(every) || every <= 0) return null;
  return (times * perYear) / every;
}

export function meetingsPerYear(graph: OrgGraph, body: string, snapshot: Snapshot): number | null {
  const fact = resolveFact(graph, body, 'meetingFrequency', snapshot);
  if (!fact || 'contested' in fact || typeof fact.value !== 'string') return null;
  return parseMeetingFrequency(fact.value);
}
