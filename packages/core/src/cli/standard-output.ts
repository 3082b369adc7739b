import { createReadStream, createWriteStream } from 'node:fs';
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
 * Writes `source` into the output named `file`: standard output through `process.stdout`, which
 * stays open (opening `/dev/stdout` fails, `ENXIO`, when it is a socket, as a Node parent's pipe
 * and systemd's journal are; and its descriptor, made non-blocking by Node, is no file to write
 * to directly); any other file opened by its name. A reader that went away (`-o /dev/stdout |
 * head`, EPIPE) wants no more, which is no error, as for the command's lines (lineWriter).
 */
async function into(source: Readable, file: string): Promise<void> {
  try {
    if (isStandardOutput(file)) await pipeline(source, process.stdout, { end: false });
    else await pipeline(source, createWriteStream(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
  }
}

/** Writes `text` into the output named `file` (see {@link into}). */
export async function writeInto(file: string, text: string): Promise<void> {
  await into(Readable.from([text]), file);
}

/** Copies the file `from` into the output named `file` (see {@link into}). */
export async function copyInto(from: string, file: string): Promise<void> {
  await into(createReadStream(from), file);
}
