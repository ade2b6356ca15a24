// Output paths, checked before any work and written all or nothing. A path under a file, or under a
// folder nobody can write (/proc), is refused at once with a clear error: no recursive mkdir, which
// on /proc never returns, and no ENOTDIR stack after minutes of work.
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  rmdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InvalidArgumentError } from '../model/errors';

export class OutputPathError extends InvalidArgumentError {}

/** The nearest existing folder at or above `path`, checked to be a folder we can create entries in. */
function writableAncestor(path: string, shown: string): string {
  let dir = dirname(path);
  while (!existsSync(dir)) {
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  if (!statSync(dir).isDirectory())
    throw new OutputPathError(`cio-graph/output: ${shown}: ${dir} is a file, not a folder`);
  try {
    accessSync(dir, constants.W_OK);
    // access() says yes to root everywhere; a real probe says whether entries can be made here.
    rmdirSync(mkdtempSync(join(dir, '.cio-graph-probe-')));
  } catch {
    throw new OutputPathError(`cio-graph/output: ${shown}: cannot write in ${dir}`);
  }
  return dir;
}

/**
 * An output folder: absent (its parent writable) or an empty folder; with `replaceFiles`, a folder
 * whose files of the same names may be replaced (exports). Returns the absolute path.
 */
export function prepareOutputDir(out: string, options: { replaceFiles?: boolean } = {}): string {
  const target = resolve(out);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory())
      throw new OutputPathError(`cio-graph/output: ${out} is a file; give a folder; nothing was written`);
    if (!options.replaceFiles && readdirSync(target).length > 0)
      throw new OutputPathError(`cio-graph/output: ${out} exists and is not empty; nothing was written`);
  }
  writableAncestor(target, out);
  return target;
}

/** An output file: not a folder, and in a folder that exists or can be made. */
export function prepareOutputFile(out: string): string {
  const target = resolve(out);
  if (existsSync(target) && statSync(target).isDirectory())
    throw new OutputPathError(`cio-graph/output: ${out} is a folder; give a file name`);
  writableAncestor(target, out);
  return target;
}

/** Makes the missing folders one level at a time, so a path that cannot exist fails at once. */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); !existsSync(d); d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) mkdirSync(d);
}

/** Writes the files into a staging folder beside `target`, then renames it into place. */
export function writeDirAtomically(out: string, files: Iterable<[string, string]>): string {
  const target = prepareOutputDir(out);
  makeDirs(dirname(target));
  const staging = `${target}.writing-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  try {
    for (const [name, text] of files) writeFileSync(join(staging, name), text);
    if (existsSync(target)) rmSync(target, { recursive: true });
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  return target;
}

/** Writes export files into a folder (made if missing), each through a temporary name. */
export function writeFilesInto(out: string, files: readonly { name: string; content: string }[]): string[] {
  prepareOutputDir(out, { replaceFiles: true });
  makeDirs(out);
  return files.map((f) => writeFileAtomically(join(out, f.name), f.content));
}

/** Writes one file through a temporary name in the same folder, so a reader never sees half of it. */
export function writeFileAtomically(out: string, content: string): string {
  const target = prepareOutputFile(out);
  makeDirs(dirname(target));
  const temp = `${target}.writing-${process.pid}`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return target;
}
