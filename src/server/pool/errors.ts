// Errors crossing the thread boundary: a worker sends typed errors as plain data (structured clone
// keeps neither the class nor extra fields), and the pool rebuilds them, so callers still catch a
// ScenarioError or a NotFoundError and the server maps them to the same statuses as in-process.
import {
  CioGraphError,
  DatasetValidationError,
  InvalidArgumentError,
  NotFoundError,
} from '../../model/errors';
import type { ValidationIssue } from '../../model/errors';
import { ScenarioError } from '../../scenarios/apply';
import { ScenarioFileError } from '../../scenarios/load';

/** The pool is full: try again later (503 with Retry-After). */
export class PoolBusyError extends CioGraphError {
  constructor(readonly retryAfterSeconds: number) {
    super('cio-graph/pool: every worker is busy and the queue is full; try again shortly');
  }
}

/**
 * A scenario body that does not match the schema, found in the worker (validating 1 000 operations
 * takes the event loop tens of milliseconds); `issues` are zod's, by path from the body's root.
 */
export class ScenarioInputError extends CioGraphError {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`cio-graph/scenarios: ${issues.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; ')}`);
  }
}

/** A request body that is not JSON, found in the worker that parses it (POST /api/scenarios). */
export class BodySyntaxError extends CioGraphError {
  constructor() {
    super('cio-graph/scenarios: the request body is not valid JSON');
  }
}

/** A task ran past its time budget and was stopped (its worker is replaced). */
export class TaskTimeoutError extends CioGraphError {
  constructor(
    readonly kind: string,
    readonly timeoutMs: number,
  ) {
    super(`cio-graph/pool: ${kind} took longer than its ${timeoutMs} ms budget and was stopped`);
  }
}

export interface SentError {
  name: string;
  message: string;
  issue?: ValidationIssue;
  issues?: ValidationIssue[];
  inputIssues?: { path: string; message: string }[];
}

export function sendError(error: CioGraphError): SentError {
  if (error instanceof ScenarioInputError)
    return { name: error.name, message: error.message, inputIssues: error.issues };
  const { issue, issues } = error as { issue?: ValidationIssue; issues?: ValidationIssue[] };
  return {
    name: error.name,
    message: error.message,
    ...(issue ? { issue } : {}),
    ...(issues ? { issues } : {}),
  };
}

export function rebuildError(sent: SentError): CioGraphError {
  switch (sent.name) {
    case 'ScenarioError':
      return sent.issue ? new ScenarioError(sent.issue) : new CioGraphError(sent.message);
    case 'BodySyntaxError':
      return new BodySyntaxError();
    case 'ScenarioInputError':
      return new ScenarioInputError(sent.inputIssues ?? []);
    case 'ScenarioFileError':
      return new ScenarioFileError(sent.message, sent.issues ?? []);
    case 'DatasetValidationError':
      return new DatasetValidationError(sent.issues ?? []);
    case 'NotFoundError':
      return new NotFoundError(sent.message);
    case 'InvalidArgumentError':
      return new InvalidArgumentError(sent.message);
    default:
      return new CioGraphError(sent.message);
  }
}
