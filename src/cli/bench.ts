import type { Io } from './main';
export async function benchCommand(_args: string[], io: Io): Promise<number> {
  io.err('cio-graph: bench is not available yet');
  return 2;
}
