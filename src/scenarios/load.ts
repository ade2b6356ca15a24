// Reading a scenario file (YAML or JSON) into a validated Scenario, with located errors.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { InvalidArgumentError } from '../model/errors';
import type { ValidationIssue } from '../model/errors';
import { ScenarioSchema } from './schema';
import type { Scenario } from './schema';

/** A scenario file that does not parse or does not match the schema; `issues` are located. */
export class ScenarioFileError extends InvalidArgumentError {
  constructor(
    message: string,
    readonly issues: ValidationIssue[] = [],
  ) {
    super(message);
  }
}

export function parseScenario(value: unknown, file = '<scenario>'): Scenario {
  const result = ScenarioSchema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i): ValidationIssue => {
    // FILE:RECORD:FIELD, the record being the operation (operations.3) when there is one.
    const path = i.path.map(String);
    const inOperation = path[0] === 'operations' && path.length > 1;
    const record = inOperation ? path.slice(0, 2).join('.') : '(scenario)';
    // An unknown key is the field itself: zod names it in `keys`, not in the path.
    const unknown = i.code === 'unrecognized_keys' ? [i.keys.join(',')] : [];
    const field = [...(inOperation ? path.slice(2) : path), ...unknown].join('.') || '-';
    return { file, record, field, message: i.message };
  });
  throw new ScenarioFileError(
    `cio-graph/scenarios: ${issues.map((i) => `${i.file}:${i.record}:${i.field}: ${i.message}`).join('\n')}`,
    issues,
  );
}

export function readScenarioFile(path: string): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ScenarioFileError(`cio-graph/scenarios: cannot read ${path}`);
  }
  let value: unknown;
  try {
    value = /\.json$/i.test(path) ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ScenarioFileError(
      `cio-graph/scenarios: ${path}: not valid ${/\.json$/i.test(path) ? 'JSON' : 'YAML'}: ${(error as Error).message}`,
    );
  }
  return parseScenario(value, path);
}
