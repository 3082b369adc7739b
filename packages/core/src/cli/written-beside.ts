import { once } from 'node:events';
import { createWriteStream, rmSync } from 'node:fs';
import { chmod, lstat, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { wrongArgument } from '../_internal/wrong-argument.js';
import { UsageError } from './cli-io.js';
import { gzipped } from './output-format.js';
import { removeOnStop } from './remove-on-stop.js';
import { copyInto, descriptorOf, notGiven } from './standard-output.js';
import { unwritable } from './unwritable-file.js';

/**
 * A file the command writes beside its destination (`.name.<pid>.tmp`) and puts in place only
 * once everything is written, so a failed command leaves any earlier file as it was. Shared by the
 * import's output and its `--report-rows` file.
 */
export interface WrittenBeside {
  /** The destination, as the user named it. */
  readonly file: string;
  /** The temporary file being written. */
  readonly temporary: string;
  /** Where the text goes: the temporary file, or a gzip stream into it (`out.json.gz`). */
  readonly stream: Writable;
  /** The temporary file's own stream: {@link WrittenBeside.stream}, unless that gzips into it. */
  readonly fileStream: Writable;
  /**
   * Settles once the temporary file holds all that `stream` was given and is closed: resolved
   * after `stream` ends, rejected (`FILE_UNWRITABLE`) when the file cannot be written.
   */
  readonly written: Promise<void>;
  /** Where the output goes: see {@link OutputPlace}. */
  readonly place: OutputPlace;
}

/** Where a command's output goes, from {@link outputPlace}. */
export interface OutputPlace {
  /**
   * The file a rename puts the output at: the destination with its symbolic links followed, so
   * a link (`out.json -> data/out.json`) goes on naming the file it names and is not replaced.
   */
  readonly path: string;
  /**
   * Whether the output is written into the destination rather than renamed over it: a device or
   * a pipe (`/dev/null`, a named pipe), or a file reached through an open descriptor
   * (`-o /dev/stdout` with the shell's `> out.json`), which a rename would replace with a file.
   */
  readonly special: boolean;
  /**
   * The permission bits of the file a rename replaces (`0o600`), for the new file to keep them;
   * undefined where there is none yet, or the output is written into.
   */
  readonly mode?: number;
}

/**
 * Where the output named `file` goes ({@link OutputPlace}); a file that does not exist yet is
 * renamed into place at `file`. A directory is refused at once (`EISDIR`), before any work is done.
 */
export async function outputPlace(file: string): Promise<OutputPlace> {
  let kind: Awaited<ReturnType<typeof stat>>;
  try {
    kind = await stat(file);
  } catch {
    // A descriptor not open (`-o /dev/fd/40` with no `40>`) is no file to make beside it.
    const descriptor = descriptorOf(file);
    if (descriptor !== undefined) throw notGiven(descriptor);
    return { path: file, special: false }; // not there yet (or unreachable): opening it says why
  }
  if (kind.isDirectory()) {
    throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${file}'`), {
      code: 'EISDIR',
    });
  }
  if (!kind.isFile() || (await throughDescriptor(file))) return { path: file, special: true };
  return { path: await realpath(file), special: false, mode: kind.mode & 0o7777 };
}

/**
 * Renames `temporary` to the place's path, with the permission bits of the file it replaces (a
 * dataset kept `0o600` is not made readable by everyone).
 */
async function renameInPlace(temporary: string, place: OutputPlace): Promise<void> {
  if (place.mode !== undefined) await chmod(temporary, place.mode);
  await rename(temporary, place.path);
}

/**
 * Whether `file` or a link it leads through lies in /dev or /proc: `/dev/stdout`, `/dev/fd/1`
 * and `/proc/self/fd/1` name whatever the descriptor has open, a regular file when the shell
 * sends the output to one, and a rename over them would replace /dev's link (run as root).
 */
async function throughDescriptor(file: string): Promise<boolean> {
  let at = resolve(file);
  for (let links = 0; links < 40; links += 1) {
    const folder = await realpath(dirname(at));
    if (['/dev', '/proc'].some((system) => `${folder}/`.startsWith(`${system}/`))) return true;
    if (!(await lstat(at)).isSymbolicLink()) return false;
    at = resolve(dirname(at), await readlink(at));
  }
  return false;
}

/**
 * Writes the file `file` whole or not at all, as the command writes every output: `write` makes
 * a new file at the path it is given, beside `file` (`.name.<pid>.<time>.tmp`), which then takes
 * its place by a rename, with the permission bits of the file it replaces (a dataset kept
 * `chmod 600` stays so). A symbolic link is followed: the file it names is replaced and the link
 * stays. A device or a pipe (`/dev/stdout`, `/dev/null`, a named pipe), or a file reached through
 * a descriptor (`/dev/stdout` with the shell's `> out.json`), is written into once the file is
 * complete (made in the temporary folder), never replaced by a file; a descriptor named
 * (`/dev/fd/3`, `/proc/self/fd/3`) is written to as it is open, so `3>> log` is added to, not
 * emptied. When anything fails, the new
 * file is removed and what was there stays as it was; so it is when the process is stopped
 * meanwhile (Ctrl-C, SIGTERM, SIGHUP: `removeOnStop`), which then ends as the signal would have made it, unless the
 * program listens for the signal itself (a program listening for SIGHUP, a reload by
 * convention, is not stopped by it: the write goes on).
 *
 * @param file - the output to write, as the user named it.
 * @param write - makes the whole file at the path given (which does not exist yet); what it
 *   returns is returned.
 * @returns What `write` returned, once the file is in place.
 * @throws What `write` throws, or the system's error (its `code`: `EISDIR` for a directory,
 *   found before `write` runs; `EACCES`, `ENOSPC` …), as it came: {@link writeReason} words it;
 *   for `/dev/fd/N` naming a descriptor the process was not given, an error saying so (no `code`),
 *   found before `write` runs when it is not open.
 * @throws BilateralError `INVALID_INPUT` at path `file` when `file` is no file name (not a
 *   string, or empty), at `write` when `write` is not a function
 * @example
 * ```ts fragment
 * import { writeFile } from 'node:fs/promises';
 * import { writeInPlace } from '@bilateral/core/node';
 * // out.json, a link to data/out.json, kept `chmod 600`: data/out.json is replaced, still 600.
 * await writeInPlace('out.json', (temporary) => writeFile(temporary, '{}\n'));
 * ```
 * @category Node
 */
export async function writeInPlace<T>(
  file: string,
  write: (temporary: string) => Promise<T>,
): Promise<T> {
  if (typeof file !== 'string' || file === '') {
    throw wrongArgument(['file'], 'the name of the file to write', file);
  }
  if (typeof write !== 'function') {
    throw wrongArgument(['write'], 'a function that writes the temporary file it is given', write);
  }
  return writeAt(await outputPlace(file), write);
}

/** {@link writeInPlace} to the place {@link outputPlace} found for the output. */
export async function writeAt<T>(
  place: OutputPlace,
  write: (temporary: string) => Promise<T>,
): Promise<T> {
  return (await writeAtWhole(place, write)).result;
}

/**
 * {@link writeAt}, saying also whether the output has the whole file: false when the reader of
 * a pipe stopped reading before the end (`-o /dev/stdout | head`).
 */
export async function writeAtWhole<T>(
  place: OutputPlace,
  write: (temporary: string) => Promise<T>,
): Promise<{ result: T; whole: boolean }> {
  const name = `.${basename(place.path)}.${process.pid}.${Date.now()}.tmp`;
  const temporary = join(place.special ? tmpdir() : dirname(place.path), name);
  // Ctrl-C while a large file is made: no hidden temporary file is left behind.
  const unlisten = removeOnStop(() => rmSync(temporary, { force: true }));
  try {
    const result = await write(temporary);
    if (place.special) return { result, whole: await copyInto(temporary, place.path) };
    await renameInPlace(temporary, place);
    return { result, whole: true };
  } finally {
    unlisten();
    await rm(temporary, { force: true });
  }
}

/**
 * Opens a temporary file beside `file`; `FILE_UNWRITABLE` if it cannot. For a name ending in
 * `.gz` (`-o flows.json.gz`), the text written is gzipped as it goes.
 */
export async function openBeside(file: string): Promise<WrittenBeside> {
  const place = await outputPlace(file).catch((error: unknown) => {
    throw unwritable(file, error);
  });
  const name = `.${basename(place.path)}.${process.pid}.tmp`;
  return openAt(file, join(place.special ? tmpdir() : dirname(place.path), name), place);
}

/**
 * Opens a second temporary file for the destination of `written` (its temporary file's name and
 * `.2`), to write the output again, gzipped if it was; `FILE_UNWRITABLE` if it cannot.
 */
export function openAgain(written: WrittenBeside): Promise<WrittenBeside> {
  return openAt(written.file, `${written.temporary}.2`, written.place);
}

/**
 * Opens the temporary file `temporary` for the output named `file`, going to `place`, its text
 * gzipped on the way when the name asks for it.
 */
async function openAt(file: string, temporary: string, place: OutputPlace): Promise<WrittenBeside> {
  const fileStream = createWriteStream(temporary);
  try {
    await once(fileStream, 'open');
  } catch (error) {
    throw unwritable(file, error);
  }
  // A failure of the file (a full disk) fails the gzip stream too, so a write waiting on it hears.
  const packer = gzipped(file) ? createGzip() : undefined;
  const stream = packer ?? fileStream;
  const done =
    packer === undefined ? once(fileStream, 'close').then(() => {}) : pipeline(packer, fileStream);
  const written = done.catch((error: unknown) => {
    throw unwritable(file, fileStream.errored ?? error);
  });
  // Heard when the file is thrown away (discard) and nobody waits for it.
  written.catch(() => {});
  return { file, temporary, stream, fileStream, written, place };
}

/**
 * Writes `text`, waiting while the disk catches up; `FILE_UNWRITABLE` if the file failed, now or
 * since the last write (a failed stream takes the text, says nothing and never drains).
 */
export async function writeBeside(written: WrittenBeside, text: string): Promise<void> {
  const { file, stream } = written;
  if (stream.write(text)) return;
  try {
    // `written` rejects once the file failed, however long ago; 'drain' comes when it has not.
    await Promise.race([once(stream, 'drain'), written.written]);
  } catch (error) {
    throw error instanceof UsageError ? error : unwritable(file, error);
  }
}

/** Ends the temporary file and waits until it is written and closed. */
export async function closeBeside(written: WrittenBeside): Promise<void> {
  written.stream.end();
  await written.written;
}

/**
 * Renames the (closed) temporary file to its destination, or copies it into a device or pipe and
 * removes it; removes it and throws if it cannot. False when the reader of a pipe stopped reading
 * before the end (`-o /dev/stdout | head`): the output has only part of the file.
 */
export async function putInPlace({ file, temporary, place }: WrittenBeside): Promise<boolean> {
  try {
    if (!place.special) {
      await renameInPlace(temporary, place);
      return true;
    }
    const whole = await copyInto(temporary, place.path);
    await rm(temporary, { force: true });
    return whole;
  } catch (error) {
    await rm(temporary, { force: true });
    throw unwritable(file, error);
  }
}

/**
 * Closes and removes the temporary file (the command failed). A write still on its way when the
 * stream is destroyed fails with `ERR_STREAM_DESTROYED`: the file is thrown away, so that error is
 * not the command's (unheard, it was an uncaught exception).
 */
export async function discard(written: WrittenBeside): Promise<void> {
  destroy(written);
  await rm(written.temporary, { force: true });
}

/** Removes the temporary file at once (the process is being stopped). */
export function discardNow(written: WrittenBeside): void {
  destroy(written);
  rmSync(written.temporary, { force: true });
}

/** Destroys the streams of a file thrown away, their later errors (a pending write's) unheard. */
function destroy(written: WrittenBeside): void {
  for (const stream of new Set([written.stream, written.fileStream])) {
    stream.on('error', () => {});
    stream.destroy();
  }
}
