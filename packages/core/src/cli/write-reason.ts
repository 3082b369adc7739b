import { describeInput } from '../_internal/quote-input.js';

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
  EFBIG: "the file would pass its size limit (the file system's, or the shell's ulimit -f)",
};

/**
 * Those codes as the system words them (its `strerror`), in the message of an error from code
 * that is not Node's, which has no `code`: DuckDB's `IO Error: Could not write file
 * "/out/.x.parquet.7.tmp": No space left on device`.
 */
const SYSTEM_WORDS: readonly (readonly [words: string, code: string])[] = [
  ['No such file or directory', 'ENOENT'],
  ['Not a directory', 'ENOTDIR'],
  ['Is a directory', 'EISDIR'],
  ['Permission denied', 'EACCES'],
  ['Operation not permitted', 'EPERM'],
  ['Read-only file system', 'EROFS'],
  ['No space left on device', 'ENOSPC'],
  ['Disk quota exceeded', 'EDQUOT'],
  ['File too large', 'EFBIG'],
];

/** The code the system's words at the end of `text` stand for (`…: No space left on device`). */
function codeOfWords(text: string): string | undefined {
  return SYSTEM_WORDS.find(([words]) => text.trimEnd().endsWith(words))?.[1];
}

/**
 * Why a write failed, in words: the reason for a code a user can act on (a Node error's `code`,
 * or the system's words for it ending another library's message, as DuckDB's do), else Node's
 * own message without its code and system call (`EMFILE: too many open files, open
 * '/tmp/.x.tmp'` is `too many open files`), so no temporary file's name or system call reaches
 * the user; any other error's message as it is.
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
  const { code, message } = Object(error) as Partial<NodeJS.ErrnoException>;
  // Anything can be thrown: a value that is no error and no text is named, not `[object Object]`.
  const text =
    typeof message === 'string'
      ? message
      : typeof error === 'string'
        ? error
        : `no reason given (${describeInput(error)} was thrown)`;
  const known = WRITE_REASONS[code ?? codeOfWords(text) ?? ''];
  if (known !== undefined) return known;
  return /^E[A-Z]+: (.*?)(?:, [a-z]+ '.*)?$/s.exec(text)?.[1] ?? text;
}
