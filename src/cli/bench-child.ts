// Runs a bench measurement in a child process and hands back the one result line it prints. Why a
// child: a measurement in a fresh heap does not depend on what the parent's earlier steps left in it
// (its graphs, their garbage, where the collector placed them), and it can have a heap of its own size.
import { spawn } from 'node:child_process';
import { SEMI_SPACE_FLAG } from '../server/heap';

export interface BenchChild {
  /** The child's module (TypeScript, run through tsx). */
  script: string;
  args: string[];
  heapMb: number;
  /** The prefix of the child's result line (JSON after it); every other line it prints is progress. */
  resultPrefix: string;
  /** Names the bench step in errors. */
  name: string;
}

/** The parsed result line of `child`; progress lines go to `log`. Rejects when it exits without one. */
export function runBenchChild<T>(child: BenchChild, log: (line: string) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [
        `--max-old-space-size=${child.heapMb}`,
        SEMI_SPACE_FLAG,
        '--import',
        'tsx',
        child.script,
        ...child.args,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      let nl: number;
      while ((nl = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        if (line.startsWith(child.resultPrefix)) {
          try {
            resolve(JSON.parse(line.slice(child.resultPrefix.length)) as T);
          } catch (error) {
            // Thrown in a stream handler it would be uncaught: the bench's promise rejects instead.
            reject(
              new Error(`${child.name}: the child's result line is not JSON (${(error as Error).message})`),
            );
            proc.kill();
          }
        } else if (line) log(line);
      }
    });
    proc.on('error', reject);
    proc.on('close', (code) => {
      // After a result this does nothing (a promise settles once).
      reject(new Error(`${child.name}: the child process exited with ${code} before its result`));
    });
  });
}
