import { resolve } from 'node:path';

/** The paths that name a process's standard output. */
const STANDARD_OUTPUT = new Set(['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/**
 * Whether a command's output file (`-o`) is its standard output (`-o /dev/stdout`), where the
 * lines the command prints about the file would be mixed into the file.
 */
export function isStandardOutput(file: unknown): boolean {
  return typeof file === 'string' && STANDARD_OUTPUT.has(resolve(file));
}
