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

/** `vote` and the member seat types belong to member_of; `co_chair` to chairs. */
export function seatIssues(
  file: string,
  record: string,
  edge: { kind: string; vote?: string | undefined; seat?: string | undefined },
): ValidationIssue[] {
  const issue = (field: string, message: string): ValidationIssue[] => [{ file, record, field, message }];
  if (edge.kind === 'member_of') {
    if (edge.seat !== undefined && !MEMBER.has(edge.seat))
      return issue('seat', `seat '${edge.seat}' belongs to chairs edges, not member_of`);
    return [];
  }
  if (edge.kind === 'chairs') {
    if (edge.vote !== undefined) return issue('vote', 'vote belongs to member_of edges');
    if (edge.seat !== undefined && !CHAIR.has(edge.seat))
      return issue('seat', `a chairs edge takes seat ${CHAIR_SEATS.join(' or ')}, not '${edge.seat}'`);
    return [];
  }
  if (edge.vote !== undefined || edge.seat !== undefined)
    return issue(
      edge.vote !== undefined ? 'vote' : 'seat',
      'vote and seat belong to member_of and chairs edges',
    );
  return [];
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
