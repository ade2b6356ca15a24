// Meeting load per role (a departmental CIO by default): the bodies it sits in or chairs, how often
// they meet a year where the report's wording says so (src/model/frequency.ts), and the topics it
// meets in more than one body, weighted by how often those bodies meet. Unknown frequencies are
// counted and listed, never guessed: a sum is always "at least".
import { resolveClaims } from '../model/facts';
import { parseFrequency } from '../model/frequency';
import type { Claim } from '../model/types';
import type { Snapshot } from '../model/vocabulary';
import { append } from './overlap-evidence';
import type { OverlapEvidence } from './overlap-evidence';

export interface BodyFrequency {
  body: string;
  /** The report's wording (several when the sources disagree), or null when it says nothing. */
  wording: string[] | null;
  perYear: number | null;
  /** Why perYear is null. */
  reason?: 'not_stated' | 'contested' | 'hedged' | 'ambiguous' | 'unrecognised';
}

export interface RepeatedTopic {
  topic: string;
  bodies: string[];
  /** Meetings a year over the bodies with a known frequency. */
  meetingsPerYear: number;
  /** The bodies among them whose frequency is unknown. */
  unknownFrequency: string[];
}

export interface RoleOverlap {
  role: string;
  bodies: string[];
  repeatedTopics: RepeatedTopic[];
  load: {
    /** Meetings a year over the bodies with a known frequency (at least this many when some are unknown). */
    meetingsPerYear: number;
    known: number;
    unknown: number;
    frequencies: BodyFrequency[];
  };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function bodyFrequency(body: string, claims: readonly Claim[], snapshot: Snapshot): BodyFrequency {
  const resolved = resolveClaims(claims, snapshot);
  if (!resolved) return { body, wording: null, perYear: null, reason: 'not_stated' };
  if ('contested' in resolved)
    return { body, wording: resolved.claims.map((c) => String(c.value)), perYear: null, reason: 'contested' };
  const wording = String(resolved.value);
  const parsed = parseFrequency(wording);
  return parsed.known
    ? { body, wording: [wording], perYear: parsed.perYear }
    : {
        body,
        wording: [wording],
        perYear: null,
        reason: parsed.reason === 'empty' ? 'not_stated' : parsed.reason,
      };
}

export function roleOverlaps(evidence: OverlapEvidence, snapshot: Snapshot): RoleOverlap[] {
  const roles = evidence.roles.map(({ role, bodies }): RoleOverlap => {
    // forEach, not for-of over entries: no [key, value] array per body.
    const frequencies: BodyFrequency[] = [];
    const perYear = new Map<string, number | null>();
    const byTopic = new Map<string, string[]>();
    bodies.forEach((b, body) => {
      const frequency = bodyFrequency(body, b.frequency, snapshot);
      frequencies.push(frequency);
      perYear.set(body, frequency.perYear);
      for (const t of b.topics) append(byTopic, t, body);
    });
    frequencies.sort((x, y) => (x.body < y.body ? -1 : x.body > y.body ? 1 : 0));
    const repeatedTopics = [...byTopic.entries()]
      .filter(([, list]) => list.length > 1)
      .map(([topic, list]) => {
        const sorted = [...list].sort();
        return {
          topic,
          bodies: sorted,
          meetingsPerYear: round(sorted.reduce((s, b) => s + (perYear.get(b) ?? 0), 0)),
          unknownFrequency: sorted.filter((b) => perYear.get(b) === null),
        };
      })
      .sort(
        (x, y) =>
          y.bodies.length - x.bodies.length ||
          y.meetingsPerYear - x.meetingsPerYear ||
          x.topic.localeCompare(y.topic),
      );
    const known = frequencies.filter((f) => f.perYear !== null);
    return {
      role,
      bodies: [...bodies.keys()].sort(),
      repeatedTopics,
      load: {
        meetingsPerYear: round(known.reduce((s, f) => s + f.perYear!, 0)),
        known: known.length,
        unknown: frequencies.length - known.length,
        frequencies,
      },
    };
  });
  return roles.sort((x, y) => y.bodies.length - x.bodies.length || x.role.localeCompare(y.role));
}
