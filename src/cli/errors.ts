// How the CLI reports a failure: one line saying what is wrong, a hint, and the usage of the command
// that failed (not every command's); a failed system call becomes such a line too, never a stack.
import type { Io } from './main';

/** The usage lines of one command, cut from the full usage text (a command's block runs to the next). */
export function commandUsage(usage: string, command: string | undefined): string | undefined {
  if (!command) return undefined;
  const lines = usage.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`  ${command} `) || l === `  ${command}`);
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < lines.length && /^\s{3,}\S/.test(lines[end]!) && !/^ {2}[a-z]/.test(lines[end]!)) end++;
  return lines
    .slice(start, end)
    .map((l) => l.trim())
    .join('\n    ');
}

/** A usage error: the message, the command's usage and where to find the rest. */
export function reportUsage(io: Io, message: string, usage: string, command: string | undefined): void {
  const own = commandUsage(usage, command);
  if (!own) return io.err(`${message}\n\n${usage}`);
  io.err(message);
  io.err(`Usage: cio-graph ${own}`);
  io.err(`hint: 'cio-graph help' lists every command`);
}

/** A failed system call (ENOENT, EACCES, ENOSPC …) as one line with a hint, or undefined. */
export function systemErrorLine(error: unknown): string | undefined {
  const e = error as NodeJS.ErrnoException | null;
  if (!e || typeof e !== 'object' || typeof e.code !== 'string' || typeof e.syscall !== 'string')
    return undefined;
  const where = e.path ? ` ${e.path}` : '';
  const hints: Record<string, string> = {
    ENOENT: 'check that the folder exists',
    EACCES: 'check the permissions',
    EPERM: 'check the permissions',
    ENOTDIR: 'a part of the path is a file',
    EISDIR: 'give a file name, not a folder',
    ENOSPC: 'the disk is full',
  };
  const hint = Object.hasOwn(hints, e.code) ? `; hint: ${hints[e.code]}` : '';
  return `cio-graph: cannot ${e.syscall}${where}: ${e.code}${hint}`;
}
