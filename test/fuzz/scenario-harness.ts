// Runs one fuzzed scenario through the library (parse, then apply to a copy) and through
// POST /api/scenarios, and classifies what happened: accepted, refused with a located error (the
// operation's index and the field, where the operation is an object), or a defect: an uncaught
// exception, an unlocated refusal, a changed base graph, a 5xx, or the API and the library disagreeing.
import { createHash } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import type { ValidationIssue } from '../../src/model/errors';
import type { OrgGraph } from '../../src/model/types';
import { ScenarioError, applyScenario } from '../../src/scenarios/apply';
import { ScenarioFileError, parseScenario } from '../../src/scenarios/load';

export const SCENARIO_HANG_MS = 30_000;

export interface ScenarioFuzzStats {
  runs: number;
  accepted: number;
  /** Refused by the schema (400 from the API). */
  refusedBySchema: number;
  /** Refused by the graph: an operation that cannot apply (422 from the API). */
  refusedByGraph: number;
  /** Refusals whose every issue names the operation (index) and the field, where there is one. */
  located: number;
  /** Runs that also went through the API. */
  apiRuns: number;
  uncaught: string[];
  unlocated: string[];
  /** The base graph differed after a run. */
  changed: number;
  apiDefects: string[];
  maxMs: number;
  hangs: number;
}

export const newScenarioStats = (): ScenarioFuzzStats => ({
  runs: 0,
  accepted: 0,
  refusedBySchema: 0,
  refusedByGraph: 0,
  located: 0,
  apiRuns: 0,
  uncaught: [],
  unlocated: [],
  changed: 0,
  apiDefects: [],
  maxMs: 0,
  hangs: 0,
});

export const fingerprint = (graph: OrgGraph) =>
  createHash('sha256').update(JSON.stringify(graph.export())).digest('base64url');

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The operation an index names, when the body has an operations array. */
const operationAt = (input: unknown, index: number): unknown =>
  isObject(input) && Array.isArray(input.operations) ? input.operations[index] : undefined;

/** A schema issue is located when it names an operation by index and its field (the operation being an object), or a top-level field. */
export function schemaIssueLocated(input: unknown, issue: ValidationIssue): boolean {
  const m = /^operations\.(\d+)$/.exec(issue.record);
  if (m) {
    const index = Number(m[1]);
    const count = isObject(input) && Array.isArray(input.operations) ? input.operations.length : 0;
    if (index >= count) return false;
    return issue.field !== '-' && issue.field !== '' ? true : !isObject(operationAt(input, index));
  }
  if (issue.record !== '(scenario)') return false;
  return (issue.field !== '-' && issue.field !== '') || !isObject(input);
}

/** A graph refusal is located when it names the operation (index and kind) and a field. */
export function applyIssueLocated(input: unknown, issue: ValidationIssue): boolean {
  const m = /^operations\[(\d+)\] \(([a-z-]+)\)$/.exec(issue.record);
  if (!m) return false;
  const op = operationAt(input, Number(m[1]));
  return isObject(op) && op.op === m[2] && issue.field !== '' && issue.field !== '-';
}

type Outcome = 'accepted' | 'schema' | 'graph';

/** The library path: what `cio-graph scenario` and the worker do, on the shared base graph. */
function runLocal(stats: ScenarioFuzzStats, base: OrgGraph, input: unknown): Outcome | 'defect' {
  try {
    const scenario = parseScenario(input, 'fuzz.json');
    applyScenario(base, scenario, 'fuzz.json');
    stats.accepted++;
    return 'accepted';
  } catch (error) {
    if (error instanceof ScenarioFileError) {
      stats.refusedBySchema++;
      const bad = error.issues.find((i) => !schemaIssueLocated(input, i));
      if (error.issues.length && !bad) stats.located++;
      else stats.unlocated.push(JSON.stringify(bad ?? 'no issues').slice(0, 400));
      return 'schema';
    }
    if (error instanceof ScenarioError) {
      stats.refusedByGraph++;
      if (applyIssueLocated(input, error.issue)) stats.located++;
      else stats.unlocated.push(JSON.stringify(error.issue).slice(0, 400));
      return 'graph';
    }
    stats.uncaught.push(`${(error as Error)?.name}: ${(error as Error)?.message?.slice(0, 300)}`);
    return 'defect';
  }
}

const API_STATUS: Record<Outcome, number> = { accepted: 200, schema: 400, graph: 422 };

/** The HTTP path: the same body, the same verdict, a problem with located errors. */
async function runApi(
  stats: ScenarioFuzzStats,
  app: Express,
  text: string,
  local: Outcome | 'defect',
): Promise<void> {
  stats.apiRuns++;
  const res = await request(app).post('/api/scenarios').set('Content-Type', 'application/json').send(text);
  const say = (what: string): void => {
    stats.apiDefects.push(
      `${what} (status ${res.status}): ${text.slice(0, 200)} → ${res.text.slice(0, 300)}`,
    );
  };
  if (res.status >= 500) return say('server error');
  // express.json takes objects and arrays only: any other body is a syntax refusal, located by nature.
  const whole = !/^\s*[[{]/.test(text);
  if (local !== 'defect' && !(whole && res.status === 400) && res.status !== API_STATUS[local])
    return say(`library says ${local}`);
  if (res.status === 200) return;
  if (!/^application\/problem\+json/.test(String(res.headers['content-type']))) return say('not a problem');
  const paths = ((res.body as { errors?: { path: string }[] }).errors ?? []).map((e) => e.path);
  if (!whole && (!paths.length || paths.some((p) => !/^body(\.|$)/.test(p))))
    return say('problem without located errors');
  if (local === 'graph' && !paths.every((p) => /^body\.operations\[\d+\] \([a-z-]+\)\.\S/.test(p)))
    return say('422 without operation and field');
}

export async function fuzzScenarioOnce(
  stats: ScenarioFuzzStats,
  base: OrgGraph,
  baseFingerprint: string,
  app: Express | undefined,
  raw: unknown,
): Promise<void> {
  stats.runs++;
  // As a request body arrives: JSON (Infinity becomes null, `__proto__` an own key).
  const text = JSON.stringify(raw) ?? 'null';
  const input: unknown = JSON.parse(text);
  const started = performance.now();
  try {
    const local = runLocal(stats, base, input);
    if (app) await runApi(stats, app, text, local);
  } finally {
    const ms = performance.now() - started;
    stats.maxMs = Math.max(stats.maxMs, ms);
    if (ms > SCENARIO_HANG_MS) stats.hangs++;
  }
  if (fingerprint(base) !== baseFingerprint) stats.changed++;
}
