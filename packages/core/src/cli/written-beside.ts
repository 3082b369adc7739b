import { once } from 'node:events';
import { createReadStream, createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { unwritable } from './unwritable-file.js';

/**
 * A file the command writes beside its destination (`.name.<pid>.tmp`) and puts in place only
 * once everything is written, so a failed command leaves any earlier file as it was. Shared by the
 * import's output and its `--report-rows` file.
 */
export interface WrittenBeside {
  /** The destination. */
  readonly file: string;
  /** The temporary file being written. */
  readonly temporary: string;
  readonly stream: WriteStream;
  /**
   * Whether the destination is a device or a pipe (`/dev/stdout`, `/dev/null`, a named pipe): the
   * temporary file is in the system's temporary folder and copied into it once complete, as a
   * rename would replace the device with a file.
   */
  readonly special: boolean;
}

/**
 * Whether `file` is a device or a pipe (`/dev/stdout` …) that a command writes into rather than
 * replaces; `false` for a regular file or none yet. A directory is `FILE_UNWRITABLE` at once,
 * before any work is done.
 */
export async function isSpecialFile(file: string): Promise<boolean> {
  let kind: Awaited<ReturnType<typeof stat>>;
  try {
    kind = await stat(file);
  } catch {
    return false; // not there yet (or unreachable): opening it says why
  }
  if (kind.isDirectory()) throw unwritable(file, { code: 'EISDIR' });
  return !kind.isFile();
}

/** Opens a temporary file beside `file` (or at `temporary`); `FILE_UNWRITABLE` if it cannot. */
export async function openBeside(file: string, temporary?: string): Promise<WrittenBeside> {
  const special = await isSpecialFile(file);
  const name = `.${basename(file)}.${process.pid}.tmp`;
  const at = temporary ?? join(special ? tmpdir() : dirname(file), name);
  const stream = createWriteStream(at);
  try {
    await once(stream, 'open');
  } catch (error) {
    throw unwritable(file, error);
  }
  return { file, temporary: at, stream, special };
}

/** Writes `text`, waiting while the disk catches up; `FILE_UNWRITABLE` if the stream fails. */
export async function writeBeside({ file, stream }: WrittenBeside, text: string): Promise<void> {
  if (stream.write(text)) return;
  try {
    await once(stream, 'drain'); // rejects when the stream fails meanwhile
  } catch (error) {
    throw unwritable(file, error);
  }
}

/** Ends the temporary file and waits until it is written. */
export async function closeBeside({ file, stream }: WrittenBeside): Promise<void> {
  stream.end();
  try {
    await once(stream, 'finish');
  } catch (error) {
    throw unwritable(file, error);
  }
}

/**
 * Renames the (closed) temporary file to its destination, or copies it into a device or pipe and
 * removes it; removes it and throws if it cannot.
 */
export async function putInPlace({ file, temporary, special }: WrittenBeside): Promise<void> {
  try {
    if (special) {
      await pipeline(createReadStream(temporary), createWriteStream(file));
      await rm(temporary, { force: true });
    } else await rename(temporary, file);
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
  destroy(written.stream);
  await rm(written.temporary, { force: true });
}

/** Removes the temporary file at once (the process is being stopped). */
export function discardNow(written: WrittenBeside): void {
  destroy(written.stream);
  rmSync(written.temporary, { force: true });
}

/** Destroys a stream whose file is thrown away, its later errors (a pending write's) unheard. */
function destroy(stream: WriteStream): void {
  stream.on('error', () => {});
  stream.destroy();
}
