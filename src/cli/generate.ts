import type { Io } from './main';
export function generateCommand(_args: string[], io: Io): number {
  io.err('cio-graph: generate is not available yet');
  return 2;
}
