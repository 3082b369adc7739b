import { constants, isAscii } from 'node:buffer';
import { open, readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { grouped } from '../_internal/count-of.js';
import { quoteInput } from '../_internal/quote-input.js';
import { wholeMegabytes } from '../_internal/whole-megabytes.js';
import { wrongArgument } from '../_internal/wrong-argument.js';
import { EXIT, UsageError } from './cli-io.js';
import { writeReason } from './write-reason.js';

/** Decodes UTF-8, refusing bytes that are not, and dropping a byte-order mark. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The longest file name a message shows whole. */
const FILE_NAME_CHARACTERS = 200;

/**
 * The control characters the text filter lets through (it removes the others): a line feed in a
 * name would start a line of its own in a message, a tab move the rest.
 */
const LINE_CONTROL = /[\n\t]/;

/**
 * A file name as messages show it: as given, or quoted (JSON-escaped) and cut when it is very
 * long, holds a line feed or a tab, or would not show whole: empty, or with white space at an end.
 */
export function shownFile(file: string): string {
  return file !== '' &&
    file.trim() === file &&
    file.length <= FILE_NAME_CHARACTERS &&
    !LINE_CONTROL.test(file)
    ? file
    : quoteInput(file, FILE_NAME_CHARACTERS);
}

/**
 * The most bytes read as one text: V8's longest string, 2^29 − 24 UTF-16 units (about 512 MB):
 * decoding more ASCII fails with an error that would read as "not UTF-8" (512 MB less 10 bytes of
 * text did, by a pipe).
 */
const MAX_TEXT_BYTES = constants.MAX_STRING_LENGTH;

/** The most bytes a gzip file may unpack to: past it, the text would not fit in a string. */
const MAX_UNPACKED_BYTES = MAX_TEXT_BYTES;

/** The bytes of a gzip file unpacked (UN Comtrade's bulk files are `.txt.gz`); others as they are. */
function gunzipped(file: string, bytes: Buffer): Buffer {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw tooLarge(file, `it unpacks to more than ${wholeMegabytes(MAX_UNPACKED_BYTES)} MB`);
    }
    throw new UsageError(
      `cannot read ${shownFile(file)}: a gzip file that does not unpack (${(error as Error).message})`,
      'FILE_UNREADABLE',
    );
  }
}

/**
 * A file past {@link MAX_TEXT_BYTES} (`size`: "it is 600 MB", or what its gzip unpacks to): said
 * before reading it, never as a decoding error or a damaged gzip file.
 */
function tooLarge(file: string, size: string, limit = MAX_TEXT_BYTES): UsageError {
  return new UsageError(
    `cannot read ${shownFile(file)} whole: ${size}, and a JavaScript string holds at most about ${wholeMegabytes(limit)} MB (import big files streamed with "bilateral import", or with --engine duckdb)`,
    'FILE_UNREADABLE',
  );
}

/**
 * What Node puts in the command line's text for bytes that are not UTF-8 (a file named in
 * Latin-1): such a name, encoded back as UTF-8, names no file.
 */
const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * Why a file could not be read, in words a user can act on, from Node's error code: `no such
 * file`, else in the words {@link writeReason} has for the codes a read shares with a write (`it
 * is a directory`, `permission denied`, `a part of its path is a file, not a folder`) or Node's
 * message without its code and system call (`name too long`), to follow `cannot read <file>: `.
 * `file` is the name as given: `-` gets where standard input is, and a name holding U+FFFD (bytes
 * of the command line that were not UTF-8) how to rename the file.
 *
 * @param file - the file name as the program was given it.
 * @param error - the error a read, an open or a stat threw (a Node system error, with `code`).
 * @returns The reason, to follow `cannot read <file>: `.
 * @example
 * ```ts
 * import { readReason } from '@bilateral/core/node';
 * readReason('trade.json', Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' }));
 * //=> 'no such file'
 * ```
 * @category Node
 */
export function readReason(file: string, error: NodeJS.ErrnoException): string {
  if (typeof file !== 'string') throw wrongArgument(['file'], 'the file name as given', file);
  return (Object(error) as Partial<NodeJS.ErrnoException>).code === 'ENOENT'
    ? file === '-'
      ? 'no such file (a file name is expected; standard input is /dev/stdin)'
      : file.includes(REPLACEMENT_CHARACTER)
        ? `no such file by this name, which holds ${REPLACEMENT_CHARACTER} where the command line had bytes that are not UTF-8 (a Latin-1 name): rename the file in UTF-8`
        : 'no such file'
    : writeReason(error);
}

/** The `FILE_UNREADABLE` error of a file that could not be read ({@link readReason}). */
export function unreadable(file: string, error: NodeJS.ErrnoException): UsageError {
  return new UsageError(
    `cannot read ${shownFile(file)}: ${readReason(file, error)}`,
    'FILE_UNREADABLE',
  );
}

/**
 * The first bytes of a file a NUL is looked for in: the importers' 1,024 characters (their
 * `looksUtf16`) at up to four bytes each, so what they would refuse as UTF-16 is refused here
 * first, as `NOT_UTF8` with the file's name (64 bytes let a NUL past them reach the importer).
 */
const NUL_BYTES = 4096;

/** The four bytes a Parquet file starts with. */
const PARQUET_MAGIC = Buffer.from('PAR1');

/**
 * Refuses, from the start of a file's bytes, what is not UTF-8 text, `name` being the file as
 * messages show it (`NOT_UTF8`): a Parquet file (`PAR1`, as `--engine duckdb -o *.parquet`
 * writes), said to be one; UTF-16 (a byte-order mark FF FE or FE FF, or a NUL in its first
 * {@link NUL_BYTES}).
 */
export function refuseNotText(name: string, bytes: Uint8Array): void {
  if (PARQUET_MAGIC.equals(bytes.subarray(0, PARQUET_MAGIC.length))) {
    throw new UsageError(
      `${name} is a Parquet file, not text: the commands read datasets and records as JSON or CSV; "bilateral import comtrade --engine duckdb" reads UN Comtrade bulk files in Parquet`,
      'NOT_UTF8',
    );
  }
  const utf16Mark =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16Mark || bytes.subarray(0, NUL_BYTES).includes(0)) {
    const what = utf16Mark ? 'it is UTF-16' : 'it looks like UTF-16, or a binary file';
    throw new UsageError(`${name} is not UTF-8 text (${what}): save it as UTF-8`, 'NOT_UTF8');
  }
}

/** The bytes {@link readUnsized} reads at a time. */
const CHUNK_BYTES = 64 * 1024;

/**
 * The bytes of what is not a plain file — a pipe (`<(…)`, `/dev/stdin`) or a device — whose size
 * `stat` does not give: read a chunk at a time, so that what is not text is refused at its first
 * chunk (`/dev/zero`, which never ends) and a stream past `limit` bytes is refused there, not read
 * until memory runs out. A named pipe nobody writes to is waited for, as `cat` waits.
 */
async function readUnsized(file: string, limit: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      total += bytesRead;
      if (total > limit) throw tooLarge(file, `it goes on past ${wholeMegabytes(limit)} MB`, limit);
      chunks.push(chunk.subarray(0, bytesRead));
      // A gzip stream holds NUL bytes: its text is looked at once unpacked.
      if (chunks.length === 1 && !(chunk[0] === 0x1f && chunk[1] === 0x8b)) {
        refuseNotText(shownFile(file), chunk.subarray(0, bytesRead));
      }
    }
  } finally {
    await handle.close();
  }
}

/**
 * Reads a file the command was given as UTF-8 text, for every command alike: a gzip file is
 * unpacked first (at most 512 MB); a byte-order mark is dropped; a missing file, a directory or a file without permission is a `FILE_UNREADABLE`
 * {@link UsageError}; UTF-16 (a byte-order mark FF FE or FE FF, or NUL bytes as UTF-16 puts
 * between ASCII letters) and bytes that are not UTF-8 (a binary file, Latin-1) are `NOT_UTF8`,
 * with what to do; a file with nothing but white space is `EMPTY_FILE`, exit code 1 (a failed
 * download must not pass as an empty dataset). A pipe or a device is read to its end or to
 * `limit` bytes (512 MB), and refused at its first chunk when that is not text (`/dev/zero`).
 */
export async function readTextFile(file: string, limit = MAX_TEXT_BYTES): Promise<string> {
  let bytes: Buffer;
  try {
    const kind = await stat(file);
    if (kind.size > limit) {
      // Just past the limit, its size in whole MB is the limit's: said in bytes.
      const size =
        wholeMegabytes(kind.size) > wholeMegabytes(limit)
          ? `${wholeMegabytes(kind.size)} MB`
          : `${grouped(kind.size)} bytes`;
      throw tooLarge(file, `it is ${size}`, limit);
    }
    bytes = kind.isFile() ? await readFile(file) : await readUnsized(file, limit);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw unreadable(file, error as NodeJS.ErrnoException);
  }
  bytes = gunzipped(file, bytes);
  const name = shownFile(file);
  refuseNotText(name, bytes);
  let text: string;
  try {
    // ASCII bytes (a dataset `bilateral import` wrote, most CSV files) read as Latin-1: the same
    // text UTF-8 gives, which Node keeps outside the JavaScript heap for a large file. A 212 MB
    // dataset's text in the heap set V8's next full collection at four times it (1.08 GB of heap).
    text = isAscii(bytes) ? bytes.toString('latin1') : UTF8.decode(bytes);
  } catch {
    throw new UsageError(
      `${name} is not UTF-8 text (a binary file, or another encoding such as Latin-1): save it as UTF-8`,
      'NOT_UTF8',
    );
  }
  if (text.trim() === '') {
    throw new UsageError(
      `${name}: the file is empty${bytes.length === 0 ? '' : ' (nothing but white space)'}`,
      'EMPTY_FILE',
      EXIT.problems,
    );
  }
  return text;
}
