// Thread priorities (src/server/pool/priority.ts), in a child process so the test runner's own
// threads keep theirs: on Linux the pool's worker runs at BACKGROUND_NICE, the event loop and every
// other thread at normal priority.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_NICE } from '../../src/server/pool/priority';

const POOL = fileURLToPath(new URL('../../src/server/pool/pool.ts', import.meta.url));

/** Runs `body` in a fresh Node (ESM, tsx) and returns the nice value of each of its threads after it. */
function niceAfter(body: string): { main: number; others: number[] } {
  const script = `
    import { readdirSync, readFileSync } from 'node:fs';
    ${body}
    // Field 19 of /proc/TID/stat is the nice value; the comm field (2) has no spaces here.
    const nice = (tid) => Number(readFileSync('/proc/self/task/' + tid + '/stat', 'utf8').split(' ')[18]);
    const tids = readdirSync('/proc/self/task').map(Number);
    console.log(JSON.stringify({ main: nice(process.pid), others: tids.filter((t) => t !== process.pid).map(nice) }));
    process.exit(0);
  `;
  const out = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  expect(out.status, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as { main: number; others: number[] };
}

describe.runIf(existsSync('/proc/thread-self'))('thread priority (Linux)', () => {
  it("the pool's worker runs at background priority, the event loop at normal", () => {
    const after = niceAfter(`
      const { TaskPool } = await import(${JSON.stringify(POOL)});
      const pool = new TaskPool({ threads: 1 });
      await pool.warm();
    `);
    expect(after.main).toBe(0);
    expect(after.others.filter((n) => n === BACKGROUND_NICE)).toHaveLength(1);
    expect(after.others.filter((n) => n !== BACKGROUND_NICE).every((n) => n === 0)).toBe(true);
  });
});
