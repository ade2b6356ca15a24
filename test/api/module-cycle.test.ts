// `cio-graph serve` died at start with "Cannot access 'LangField' before initialization": schemas.ts
// imports the OpenAPI fragments, advice-openapi.ts imports advice.ts, and advice.ts spread schemas.ts's
// LangField at its top level while schemas.ts was still being evaluated. vitest's module runner does not
// keep ESM's temporal dead zone, so only real Node ESM (tsx, as bin/cio-graph.mjs runs it) shows it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const importFirst = (module: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `await import('${module}')`], {
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('server modules under Node ESM', () => {
  it.each(['./src/server/schemas.ts', './src/server/app.ts', './src/server/listen.ts'])(
    '%s imports first without a temporal-dead-zone error',
    (module) => {
      const run = importFirst(module);
      expect(run.stderr).not.toMatch(/before initialization/);
      expect(run.status).toBe(0);
    },
  );
});
