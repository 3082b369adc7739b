import { createReadStream, createWriteStream, readlinkSync, realpathSync, write } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { descriptorStats } from './descriptor-stats.js';
import { isNodesOwnPipe } from './node-own-pipe.js';
import { saidByTheCommand } from './process-io.js';
import { shownFile } from './read-text-file.js';

/** The names of the standard streams' descriptors, by number. */
const STANDARD = ['/dev/stdin', '/dev/stdout', '/dev/stderr'];

/**
 * The descriptor of this process `path` (absolute) names by its name alone; see
 * {@link descriptorOf}.
 */
function namedDescriptor(path: string): number | undefined {
  const standard = STANDARD.indexOf(path);
  if (standard !== -1) return standard;
  const numbered = /^(?:\/dev|\/proc\/(self|\d+))\/fd\/(\d+)$/.exec(path);
  if (numbered === null) return undefined;
  const [, owner, descriptor] = numbered;
  if (owner !== undefined && owner !== 'self' && Number(owner) !== process.pid) return undefined;
  return Number(descriptor);
}

/**
 * `path` (absolute) with its folder's links resolved (`/dev/fd/1` is `/proc/<pid>/fd/1`), and
 * where the link it then is leads; undefined when it is no link (or its folder is not there).
 */
function nextAlongLink(path: string): { at: string; to: string | undefined } | undefined {
  try {
    const at = join(realpathSync(dirname(path)), basename(path));
    try {
      return { at, to: resolve(dirname(at), readlinkSync(at)) };
    } catch {
      return { at, to: undefined };
    }
  } catch {
    return undefined;
  }
}

/**
 * The descriptor of this process a path names: `/dev/stdin`, `/dev/stdout` and `/dev/stderr` (0,
 * 1, 2), `/dev/fd/N`, `/proc/self/fd/N` and `/proc/<its pid>/fd/N`, or a symbolic link that leads
 * to one (`out.json` -> `/dev/stdout`), followed link by link until one is named and not past it
 * (`realpath` would go on to the file the descriptor has open, and write it anew); undefined for
 * any other path.
 */
export function descriptorOf(file: string): number | undefined {
  let path = resolve(file);
  for (let links = 0; links < 40; links += 1) {
    const named = namedDescriptor(path);
    if (named !== undefined) return named;
    const next = nextAlongLink(path);
    if (next === undefined) return undefined;
    const resolved = namedDescriptor(next.at);
    if (resolved !== undefined) return resolved;
    if (next.to === undefined) return undefined;
    path = next.to;
  }
  return undefined;
}

/**
 * Whether a command's output file (`-o`) is its standard output (`-o /dev/stdout`), where the
 * lines the command prints about the file would be mixed into the file.
 */
export function isStandardOutput(file: unknown): boolean {
  return typeof file === 'string' && descriptorOf(file) === 1;
}

/**
 * Where the output named `file` is written: standard output and standard error through
 * `process.stdout` and `process.stderr`, which stay open (opening `/dev/stdout` fails, `ENXIO`,
 * when it is a socket, as a Node parent's pipe and systemd's journal are; and its descriptor,
 * made non-blocking by Node, is no file to write to directly). Any other descriptor named
 * (`-o /dev/fd/3` with the shell's `3>> log`) is written to as the shell opened it, left open:
 * opening its name again would make a new opening of the file, truncated, and written from its
 * start even when the shell's is in append mode; one opened non-blocking is waited on while full
 * ({@link patient}). A descriptor that is no file, pipe, socket or device, or is one of Node's
 * own pipes ({@link isNodesOwnPipe}), was not given to the command and is refused
 * ({@link notGiven}); any other path is opened by its name.
 */
function destination(file: string): { stream: Writable; end: boolean } {
  const descriptor = descriptorOf(file);
  if (descriptor === 1) return { stream: process.stdout, end: false };
  if (descriptor === 2) return { stream: process.stderr, end: false };
  if (descriptor !== undefined) {
    if (!isWritable(descriptor) || isNodesOwnPipe(descriptor)) throw notGiven(descriptor);
    const stream = createWriteStream('', {
      fd: descriptor,
      autoClose: false,
      fs: { write: patient },
    });
    return { stream, end: true };
  }
  return { stream: createWriteStream(file), end: true };
}

/**
 * `fs.write` that waits while a descriptor opened non-blocking is full (a pipe or socket an event
 * loop, as asyncio's, hands its child) and tries again, from 1 ms up to 64 ms apart, for as long
 * as it is full, as a blocking write would wait: Node's own tries five times at once and fails
 * ('A system error occurred'), though the reader is only slower.
 */
function patient(
  descriptor: number,
  buffer: Buffer,
  offset: number,
  length: number,
  position: number | null,
  done: (error: NodeJS.ErrnoException | null, written: number, buffer: Buffer) => void,
  wait = 1,
): void {
  write(descriptor, buffer, offset, length, position, (error, written) => {
    if (error?.code !== 'EAGAIN') done(error, written, buffer);
    else {
      const again = () =>
        patient(descriptor, buffer, offset, length, position, done, Math.min(wait * 2, 64));
      setTimeout(again, wait);
    }
  });
}

/**
 * The error for a descriptor named that the command was not given (`-o /dev/fd/5` with no `5>`
 * in the shell): not open (opening its name said `its folder does not exist`), or one Node opened
 * for itself (its event loop's: `no such device or address`; writing into its pipe lost the
 * output while the command said it was written, hung the command past SIGTERM, or crashed it).
 */
export function notGiven(descriptor: number): Error {
  return new Error(
    `descriptor ${descriptor} was not given to the command (a shell opens it with ${descriptor}> file)`,
  );
}

/** Whether the open descriptor is a file, a pipe, a socket or a device. */
function isWritable(descriptor: number): boolean {
  try {
    const kind = descriptorStats(descriptor);
    return kind.isFile() || kind.isFIFO() || kind.isSocket() || kind.isCharacterDevice();
  } catch {
    return false; // not open
  }
}

/**
 * Waits until what was handed to `stream` (left open) is written: a pipeline that does not end
 * its destination is done once its source is, while its last write may still meet a reader that
 * has gone (a dataset written whole to `-o /dev/stdout | head`). Rejects with the stream's error.
 */
function written(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write('', (error) => (error ? reject(stream.errored ?? error) : resolve()));
  });
}

/**
 * Standard output and error once their reader has gone: Node takes later writes to them with no
 * error and loses them (a second output on the pipe, `-o /dev/stdout --report-rows /dev/stdout |
 * head`, was said written whole).
 */
const readerGone = new WeakSet<Writable>();

/**
 * Writes what `source` makes into the output named `file` (see {@link destination}). A reader
 * that went away (`-o /dev/stdout | head`, EPIPE) wants no more, which is no error, as for the
 * command's lines (lineWriter): it resolves to false, where it resolves to true once all was
 * written.
 */
async function into(source: () => Readable, file: string): Promise<boolean> {
  // The destination first: one refused leaves no source opened (a file read with no listener).
  const { stream, end } = destination(file);
  if (readerGone.has(stream)) return false;
  // The command says why its output failed, naming it: stdout's line writer, which hears the
  // stream's errors first, must not say it too.
  stream.prependListener('error', saidByTheCommand);
  try {
    await pipeline(source(), stream, { end });
    if (!end) await written(stream);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
    if (!end) readerGone.add(stream);
    return false;
  } finally {
    stream.off('error', saidByTheCommand);
  }
}

/**
 * What the command says of an output whose reader stopped reading before the end, instead of
 * claiming it was written (`-o /dev/stdout | head`): `the reader of /dev/stdout stopped reading
 * before the end`.
 */
export function readerLeft(file: string): string {
  return `the reader of ${shownFile(file)} stopped reading before the end`;
}

/**
 * The end of the line saying what was written into an output whose reader stopped reading before
 * the end: `, but the reader of /dev/stdout stopped reading before the end: it has only part of
 * them`.
 */
export function onlyPartWritten(file: string): string {
  return `, but ${readerLeft(file)}: it has only part of them`;
}

/**
 * The `--json` result's field naming the outputs whose reader stopped reading before the end
 * (`{ readerLeft: ['/dev/fd/3'] }`), each given with whether it was written whole; none when
 * every output was.
 */
export function readerLeftField(
  outputs: readonly (readonly [file: string | undefined, whole: boolean])[],
): { readerLeft?: string[] } {
  const left = outputs.flatMap(([file, whole]) => (file === undefined || whole ? [] : [file]));
  return left.length === 0 ? {} : { readerLeft: left };
}

/**
 * Writes `text` (or bytes) into the output named `file` (see {@link into}): true when all was
 * written, false when its reader went away first.
 */
export function writeInto(file: string, text: string | Uint8Array): Promise<boolean> {
  return into(() => Readable.from([text]), file);
}

/**
 * Copies the file `from` into the output named `file` (see {@link into}): true when all was
 * written, false when its reader went away first.
 */
export function copyInto(from: string, file: string): Promise<boolean> {
  return into(() => createReadStream(from), file);
}
