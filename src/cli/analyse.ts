import type { Io } from './main';
export async function analyseCommand(_args: string[], io: Io): Promise<number> {
  io.err('cio-graph: analyse is not available yet');
  return 2;
}
