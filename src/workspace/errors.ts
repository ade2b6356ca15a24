// Typed errors of the workspace. The API maps them onto status codes (412, 403, 401, 404, 409, 422);
// tests assert on the class, never on the text.
import { CioGraphError } from '../model/errors';
import type { ChangeRecord } from './records';

export class WorkspaceError extends CioGraphError {}

/** The change set names a base that is no longer the head: someone else committed first. */
export class StaleBaseError extends WorkspaceError {
  constructor(
    readonly base: number,
    readonly current: number,
    readonly since: ChangeRecord[],
  ) {
    super(`cio-graph/workspace: base version ${base} is stale; the current version is ${current}`);
  }
}

/** The token's scope does not cover a record the change set touches. */
export class ScopeError extends WorkspaceError {
  constructor(
    readonly record: string,
    readonly scope: string,
  ) {
    super(`cio-graph/workspace: scope ${scope} may not change '${record}'`);
  }
}

/** No such change (by version). */
export class ChangeNotFoundError extends WorkspaceError {}

/** A revert that later changes depend on, or a revert of a revert target that is not active. */
export class RevertConflictError extends WorkspaceError {}

/** A change set that is well-formed but cannot be accepted (unknown document, date before the head). */
export class ChangeSetError extends WorkspaceError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`cio-graph/workspace: ${field}: ${message}`);
  }
}

/** The workspace's stored log does not replay to the fingerprints it recorded (other data, tampering). */
export class WorkspaceIntegrityError extends WorkspaceError {}
