// Typed errors of the model layer. Tests assert on the class (and `name`), never on message text.

/** One located problem in the data: which file, which record, which field, and what is wrong. */
export interface ValidationIssue {
  file: string;
  record: string;
  field: string;
  message: string;
}

export function formatIssue(issue: ValidationIssue): string {
  return `${issue.file}:${issue.record}:${issue.field}: ${issue.message}`;
}

export class CioGraphError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Thrown by the loader when the dataset does not validate; nothing has been loaded. */
export class DatasetValidationError extends CioGraphError {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    super(
      `cio-graph/model: dataset is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.slice(0, 20).map(formatIssue).join('\n'),
    );
    this.issues = issues;
  }
}

/** A lookup of a node, fact or snapshot that does not exist. */
export class NotFoundError extends CioGraphError {}

/** Bad arguments from a caller (CLI flags, API parameters, analysis options). */
export class InvalidArgumentError extends CioGraphError {}
