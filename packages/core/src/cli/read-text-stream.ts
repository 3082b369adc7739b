import { createReadStream, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { EXIT, UsageError } from './cli-io.js';
import { refuseNotText, shownFile, unreadable } from './read-text-file.js';

/** How many bytes of a file's start `peekTextFile` reads. */
const PEEK_BYTES = 64 * 1024;

/** The start of a file, to choose how to read it: whether it is gzip, and its first bytes. */
export interface FileStart {
  readonly gzip: boolean;
  /** Up to 64 KiB of the file's start (packed, for a gzip file). */
  readonly bytes: Uint8Array;
}

/** `FILE_UNREADABLE` for a directory, a pipe or a device (`kind`), which the import cannot read. */
function refuseUnlessFile(file: string, kind: Stats | undefined): void {
  if (kind === undefined || kind.isFile()) return;
  if (kind.isDirectory()) throw unreadable(file, { code: 'EISDIR' } as NodeJS.ErrnoException);
  throw new UsageError(
    `cannot read ${shownFile(file)}: it is a pipe or a device, and the import reads its file from the start twice: save the records to a file first (… > records.csv)`,
    'FILE_UNREADABLE',
  );
}

/**
 * Reads the start of a file; a missing file, a directory or no permission is `FILE_UNREADABLE`,
 * and so is a pipe or a device (`/dev/stdin`): the import reads its file from the start again
 * after this, which a pipe cannot do.
 */
export async function peekFile(file: string): Promise<FileStart> {
  try {
    // Before opening it: opening a named pipe waits for a writer, forever if none comes.
    refuseUnlessFile(file, await stat(file).catch(() => undefined));
    const handle = await open(file, 'r');
    try {
      refuseUnlessFile(file, await handle.stat());
      const buffer = new Uint8Array(PEEK_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, PEEK_BYTES, 0);
      const bytes = buffer.subarray(0, bytesRead);
      return { gzip: bytes[0] === 0x1f && bytes[1] === 0x8b, bytes };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw unreadable(file, error as NodeJS.ErrnoException);
  }
}

/**
 * A file the command was given, as UTF-8 text in chunks (a gzip file unpacked as it is read, with
 * no limit on its size): the same refusals as `readTextFile` — `FILE_UNREADABLE`, `NOT_UTF8`
 * (UTF-16 at the start, or bytes that are not UTF-8 anywhere) and `EMPTY_FILE` (at the end) —
 * without ever holding the whole text.
 */
export async function* readTextChunks(file: string, start: FileStart): AsyncGenerator<string> {
  const name = shownFile(file);
  // 64 kB chunks: a chunk's text stays a young object (V8 puts strings past ~128 kB straight in
  // the old generation, collected only by the occasional full collection: 256 kB chunks made the
  // peak memory of a 5M-row import 15–20 % above a 1M-row one).
  const raw = createReadStream(file, { highWaterMark: 64 * 1024 });
  const bytes = start.gzip ? raw.pipe(createGunzip()) : raw;
  if (start.gzip) raw.on('error', (error) => bytes.destroy(error));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  let content = false;
  let held = '';
  const decode = (chunk?: Uint8Array): string => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      throw new UsageError(
        `${name} is not UTF-8 text (a binary file, or another encoding such as Latin-1): save it as UTF-8`,
        'NOT_UTF8',
      );
    }
  };
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      if (first) {
        refuseNotText(name, chunk);
        first = false;
      }
      const text = decode(chunk);
      // Nothing is handed on before some text that is not white space: a blank file is EMPTY_FILE.
      if (content) yield text;
      else if (text.trim() === '') held += text;
      else {
        content = true;
        yield held + text;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const why = (error as Error).message;
    throw new UsageError(
      `cannot read ${name}: ${start.gzip ? `a gzip file that does not unpack (${why})` : why}`,
      'FILE_UNREADABLE',
    );
  }
  const rest = decode();
  if (!content && rest.trim() !== '') {
    content = true;
    yield held + rest;
  } else if (rest !== '') yield rest;
  if (!content) {
    throw new UsageError(
      `${name}: the file is empty${first ? '' : ' (nothing but white space)'}`,
      'EMPTY_FILE',
      EXIT.problems,
    );
  }
}
