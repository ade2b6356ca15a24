#!/usr/bin/env -S node --max-semi-space-size=64
// Runs the TypeScript CLI through tsx so `npx cio-graph` works straight after `npm install`,
// with no build step that could go stale. The shebang's young generation is src/server/heap.ts's
// (why: there); `npm start` and the other scripts pass the same flag, as must a bare `node bin/…`.
import { register } from 'tsx/esm/api';

// A reader that stops early (`cio-graph analyse all | head`) closes the pipe: leave quietly, as a
// shell tool does, instead of an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
