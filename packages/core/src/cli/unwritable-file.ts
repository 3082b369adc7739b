import { UsageError } from './cli-io.js';
import { shownFile } from './read-text-file.js';

/** Why the system refused a write, in words, for the error codes a user can act on. */
const WRITE_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'a part of its path is a file, not a folder',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file would be larger than the file system allows',
};

/**
 * Why a write failed, in words: the reason for a code a user can act on, else Node's own
 * message without its code and system call (`EMFILE: too many open files, open '/tmp/.x.tmp'`
 * is `too many open files`), so no temporary file's name or system call reaches the user; any
 * other error's message as it is.
 *
 * @param error - the error a write, an open or a rename threw (a Node system error, with `code`).
 * @returns The reason, to follow `cannot write <file>: `.
 * @example
 * ```ts
 * import { writeReason } from '@bilateral/core/node';
 * writeReason(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
 * //=> 'the disk is full'
 * ```
 * @category Node
 */
export function writeReason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const known = code === undefined ? undefined : WRITE_REASONS[code];
  if (known !== undefined) return known;
  const text = String(message ?? error);
  return /^E[A-Z]+: (.*?)(?:, [a-z]+ '.*)?$/s.exec(text)?.[1] ?? text;
}

/** The command's `FILE_UNWRITABLE` error for a file it cannot write. */
export function unwritable(file: string, error: unknown): UsageError {
  return new UsageError(
    `cannot write ${shownFile(file)}: ${writeReason(error)}`,
    'FILE_UNWRITABLE',
  );
}
