// Record-level rules of the vocabulary that zod cannot say alone: a body's level against its id, the
// seat types each relation may carry, and who may say a statement. Each returns located issues.
import type { ValidationIssue } from './errors';
import { CHAIR_SEATS, EXTERNAL_ID_PREFIX, MEMBER_SEATS } from './vocabulary';
import type { BodyLevel } from './vocabulary';

/** The level of a body: the explicit one, else derived from the id (a ministry prefix is departmental). */
export function bodyLevel(id: string, given: BodyLevel | undefined): BodyLevel {
  return given ?? (id.includes('/') ? 'departmental' : 'rijk');
}

/** `external` and the `ext/` id prefix go together, so an id alone tells a reader where a body sits. */
export function bodyLevelIssues(file: string, id: string, given: BodyLevel | undefined): ValidationIssue[] {
  const external = id.startsWith(EXTERNAL_ID_PREFIX);
  if (external && given !== 'external')
    return [
      {
        file,
        record: id,
        field: 'level',
        message: `a body with an ${EXTERNAL_ID_PREFIX}… id needs level: external`,
      },
    ];
  if (!external && given === 'external')
    return [
      {
        file,
        record: id,
        field: 'level',
        message: `an external body's id starts with ${EXTERNAL_ID_PREFIX}`,
      },
    ];
  return [];
}

const MEMBER = new Set<string>(MEMBER_SEATS);
const CHAIR = new Set<string>(CHAIR_SEATS);

/**
 * The seat rule an edge breaks, or undefined: `vote` and the member seat types belong to member_of,
 * `co_chair` to chairs.
 */
function seatViolation(edge: {
  kind: string;
  vote?: string | undefined;
  seat?: string | undefined;
}): { field: string; message: string } | undefined {
  if (edge.kind === 'member_of')
    return edge.seat !== undefined && !MEMBER.has(edge.seat)
      ? { field: 'seat', message: `seat '${edge.seat}' belongs to chairs edges, not member_of` }
      : undefined;
  if (edge.kind === 'chairs') {
    if (edge.vote !== undefined) return { field: 'vote', message: 'vote belongs to member_of edges' };
    return edge.seat !== undefined && !CHAIR.has(edge.seat)
      ? {
          field: 'seat',
          message: `a chairs edge takes seat ${CHAIR_SEATS.join(' or ')}, not '${edge.seat}'`,
        }
      : undefined;
  }
  if (edge.vote !== undefined || edge.seat !== undefined)
    return {
      field: edge.vote !== undefined ? 'vote' : 'seat',
      message: 'vote and seat belong to member_of and chairs edges',
    };
  return undefined;
}

/**
 * The seat rules' issues of one edge. Called for every edge of a dataset, so it creates no closure:
 * the tool runs through tsx, whose esbuild keeps function names by wrapping each named closure in
 * `__name` (an Object.defineProperty, ~0.2 µs), and a per-edge `issue` helper here cost ~0.8 ms of a
 * 5 ms 1k-node load (A/B of repeated loads, 2026-12-07).
 */
export function seatIssues(
  file: string,
  record: string,
  edge: { kind: string; vote?: string | undefined; seat?: string | undefined },
): ValidationIssue[] {
  const violation = seatViolation(edge);
  return violation ? [{ file, record, ...violation }] : [];
}

/** `ministry:<CODE>` must name a ministry of the dataset. */
export function saidByIssues(
  file: string,
  id: string,
  saidBy: string,
  ministryIds: ReadonlySet<string>,
): ValidationIssue[] {
  if (!saidBy.startsWith('ministry:')) return [];
  const code = saidBy.slice('ministry:'.length);
  const known = ministryIds.has(code) || code.split('-').every((c) => ministryIds.has(c));
  return known ? [] : [{ file, record: id, field: 'saidBy', message: `unknown ministry '${code}'` }];
}
