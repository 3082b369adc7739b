import { createWriteStream, type WriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The paths that name a process's standard output. */
const STANDARD_OUTPUT = new Set(['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/**
 * Whether a command's output file (`-o`) is its standard output (`-o /dev/stdout`), where the
 * lines the command prints about the file would be mixed into the file.
 */
export function isStandardOutput(file: unknown): boolean {
  return typeof file === 'string' && STANDARD_OUTPUT.has(resolve(file));
}

/**
 * A stream into the output named `file`: standard output through its descriptor, as opening
 * `/dev/stdout` fails (`ENXIO`) when it is a socket, which a Node parent's pipe and systemd's
 * journal are; any other file opened by its name.
 */
export function streamInto(file: string): WriteStream {
  return isStandardOutput(file)
    ? createWriteStream('', { fd: 1, autoClose: false })
    : createWriteStream(file);
}

/** Writes `text` into the output named `file` (see {@link streamInto}). */
export async function writeInto(file: string, text: string): Promise<void> {
  await pipeline(Readable.from([text]), streamInto(file));
}
