// Errors as RFC 9457 problem details. Every error leaving the API goes through `toProblem`, so no
// stack trace or internal message reaches a client, and each typed error maps to one status.
import { STATUS_CODES } from 'node:http';
import { CioGraphError, DatasetValidationError, InvalidArgumentError, NotFoundError } from '../model/errors';
import { PoolBusyError, TaskTimeoutError } from './pool/errors';
import { DatasetMissingError, StoreAuthError, StoreUnavailableError } from '../store/errors';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: { path: string; message: string }[];
}

/** An error raised by the HTTP layer itself (unknown route, body too large, rate limited). */
export class HttpProblem extends CioGraphError {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
    readonly errors?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

const PROBLEM_BASE = 'https://cio-graph.example/problems/';

/** The status's reason phrase as RFC 9110 spells it, when a title is just that phrase in other case. */
function canonicalTitle(status: number, title: string): string {
  const phrase = STATUS_CODES[status];
  return phrase && phrase.toLowerCase() === title.toLowerCase() ? phrase : title;
}

/** Headers a problem needs besides its body: Retry-After when the worker pool is full. */
export function problemHeaders(error: unknown): Record<string, string> {
  return error instanceof PoolBusyError ? { 'Retry-After': String(error.retryAfterSeconds) } : {};
}

export function toProblem(error: unknown, instance?: string): Problem {
  const base = (status: number, slug: string, title: string, detail: string): Problem => ({
    type: `${PROBLEM_BASE}${slug}`,
    title: canonicalTitle(status, title),
    status,
    detail,
    ...(instance ? { instance } : {}),
  });
  if (error instanceof HttpProblem) {
    const p = base(error.status, error.title.toLowerCase().replace(/\W+/g, '-'), error.title, error.message);
    return error.errors ? { ...p, errors: error.errors } : p;
  }
  if (error instanceof InvalidArgumentError)
    return base(400, 'bad-parameter', 'Bad parameter', error.message);
  if (error instanceof NotFoundError) return base(404, 'not-found', 'Not found', error.message);
  if (error instanceof DatasetValidationError)
    return {
      ...base(422, 'invalid-dataset', 'Invalid dataset', `The dataset has ${error.issues.length} problem(s)`),
      errors: error.issues.map((i) => ({ path: `${i.file}:${i.record}:${i.field}`, message: i.message })),
    };
  if (error instanceof PoolBusyError) return base(503, 'busy', 'Service Unavailable', error.message);
  if (error instanceof TaskTimeoutError)
    return base(503, 'time-budget', 'Service Unavailable', error.message);
  if (error instanceof DatasetMissingError) return base(503, 'no-dataset', 'No dataset', error.message);
  if (error instanceof StoreUnavailableError || error instanceof StoreAuthError)
    return base(503, 'store-unavailable', 'Store unavailable', 'The graph store cannot be reached');
  // Body parser errors carry a status and a type; anything else is a 500 without details.
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const type = String((error as { type?: unknown }).type ?? 'bad-request');
    const detail =
      type === 'entity.too.large'
        ? 'The request body is larger than allowed'
        : type === 'entity.parse.failed'
          ? 'The request body is not valid JSON'
          : 'The request cannot be processed';
    // The title names the status (413 is 'Payload Too Large', not 'Bad request').
    return base(status, type.replace(/\./g, '-'), STATUS_CODES[status] ?? 'Bad Request', detail);
  }
  return base(500, 'internal', 'Internal error', 'The server failed to process the request');
}
