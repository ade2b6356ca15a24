// The young generation the tool runs with (src/server/heap.ts) reaches every way of starting it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEMI_SPACE_FLAG, SEMI_SPACE_MB, YOUNG_GENERATION_MB, semiSpaceFlagMb } from '../../src/server/heap';

const shebang = readFileSync('bin/cio-graph.mjs', 'utf8').split('\n')[0]!;
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;

describe('semiSpaceFlagMb', () => {
  it('reads the flag from the command line and NODE_OPTIONS, the command line winning', () => {
    expect(semiSpaceFlagMb([], '')).toBeUndefined();
    expect(semiSpaceFlagMb(['--import', 'tsx'], '--max-old-space-size=4096')).toBeUndefined();
    expect(semiSpaceFlagMb(['--max-semi-space-size=64'], '')).toBe(64);
    expect(semiSpaceFlagMb([], ' --max-semi-space-size=32 ')).toBe(32);
    expect(semiSpaceFlagMb(['--max-semi-space-size=128'], '--max-semi-space-size=32')).toBe(128);
  });
});

describe('the young generation of every entry point', () => {
  it('is in the shebang of bin/cio-graph.mjs (npx cio-graph), and env -S splits it here', () => {
    expect(shebang).toBe(`#!/usr/bin/env -S node ${SEMI_SPACE_FLAG}`);
    const [env, ...args] = shebang.slice(2).split(' ');
    const probe = `import('./src/server/heap.ts').then((m) => console.log(m.semiSpaceFlagMb()))`;
    const run = spawnSync(env!, [...args, '--import', 'tsx', '-e', probe], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(String(SEMI_SPACE_MB));
  });

  it('is passed by every npm script that starts the CLI or the soak', () => {
    const starting = Object.entries(scripts).filter(([, cmd]) =>
      /^node .*(bin\/cio-graph\.mjs|soak)/.test(cmd),
    );
    expect(starting.map(([name]) => name)).toEqual(
      expect.arrayContaining(['start', 'analyse', 'bench', 'bench:neo4j', 'soak']),
    );
    for (const [name, cmd] of starting) expect(cmd, name).toContain(`node ${SEMI_SPACE_FLAG} `);
  });

  it('gives a worker thread the young generation of the flag: V8 makes it two semi-spaces and one more', async () => {
    const { Worker } = await import('node:worker_threads');
    // Allocates until the young generation has grown to its limit, then reports the new space's size.
    const source = `const v8 = require('node:v8');
      const keep = [];
      for (let round = 0; round < 40; round++) { const batch = []; for (let i = 0; i < 400000; i++) batch.push({ i }); keep.push(batch.length); }
      require('node:worker_threads').parentPort.postMessage(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);`;
    const worker = new Worker(source, {
      eval: true,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const newSpaceBytes = await new Promise<number>((resolve) => worker.once('message', resolve));
    await worker.terminate();
    expect(newSpaceBytes / 2 ** 20).toBe(2 * SEMI_SPACE_MB);
  });
});
