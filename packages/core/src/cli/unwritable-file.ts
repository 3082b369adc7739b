import { UsageError } from './cli-io.js';
import { shownFile } from './read-text-file.js';
import { writeReason } from './write-reason.js';

/**
 * Refuses `-` as the file an option writes (`-o -`), before any work: the command would write a
 * file named "-" where the convention reads standard output, which is `/dev/stdout` here (as
 * standard input is `/dev/stdin` for a file read).
 */
export function refuseDash(flag: string, file: string | undefined): void {
  if (file === '-') {
    throw new UsageError(
      `${flag} -: a file name is expected; standard output is /dev/stdout (a file named "-" is ./-)`,
    );
  }
}

/** The command's `FILE_UNWRITABLE` error for a file it cannot write. */
export function unwritable(file: string, error: unknown): UsageError {
  return new UsageError(
    `cannot write ${shownFile(file)}: ${writeReason(error)}`,
    'FILE_UNWRITABLE',
  );
}
