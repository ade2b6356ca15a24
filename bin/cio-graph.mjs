#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so `npx cio-graph` works straight after `npm install`,
// with no build step that could go stale.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
