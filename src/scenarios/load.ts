// Reading a scenario file (YAML or JSON) into a validated Scenario, with located errors.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { InvalidArgumentError } from '../model/errors';
import { ScenarioSchema } from './schema';
import type { Scenario } from './schema';

export class ScenarioFileError extends InvalidArgumentError {}

export function parseScenario(value: unknown, file = '<scenario>'): Scenario {
  const result = ScenarioSchema.safeParse(value);
  if (result.success) return result.data;
  throw new ScenarioFileError(
    `cio-graph/scenarios: ${result.error.issues
      .map((i) => {
        // FILE:RECORD:FIELD, the record being the operation (operations.3) when there is one.
        const path = i.path.map(String);
        const record = path[0] === 'operations' ? path.slice(0, 2).join('.') : '(scenario)';
        const field = (path[0] === 'operations' ? path.slice(2) : path).join('.') || '-';
        return `${file}:${record}:${field}: ${i.message}`;
      })
      .join('\n')}`,
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
