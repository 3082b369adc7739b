import { once } from 'node:events';
import { createWriteStream, rmSync, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './cli-io.js';
import { shownFile } from './read-text-file.js';

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
}

/** Opens a temporary file beside `file` (or at `temporary`); `FILE_UNWRITABLE` if it cannot. */
export async function openBeside(
  file: string,
  temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`),
): Promise<WrittenBeside> {
  const stream = createWriteStream(temporary);
  try {
    await once(stream, 'open');
  } catch (error) {
    throw unwritable(file, error);
  }
  return { file, temporary, stream };
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

/** Renames the (closed) temporary file to its destination; removes it and throws if it cannot. */
export async function putInPlace({ file, temporary }: WrittenBeside): Promise<void> {
  try {
    await rename(temporary, file);
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

/** The command's error for a file it cannot write. */
function unwritable(file: string, error: unknown): UsageError {
  return new UsageError(
    `cannot write ${shownFile(file)}: ${(error as Error).message}`,
    'FILE_UNWRITABLE',
  );
}
