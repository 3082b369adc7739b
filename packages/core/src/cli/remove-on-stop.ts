import { wrongArgument } from '../_internal/wrong-argument.js';

/**
 * The signals that stop a command, after which none of its temporary files stays: Ctrl-C,
 * `kill`'s default, and the terminal closed (SIGHUP).
 */
export const STOPS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Marks the listeners {@link removeOnStop} adds (`Symbol.for`: one symbol for every copy of the
 * core, such as the one `@bilateral/duckdb` imports), so that none of them takes another for the
 * program's own.
 */
const REMOVES_TEMPORARY = Symbol.for('@bilateral/removes-temporary-files');

/** Whether the program listens for `signal` itself: a listener that is not one of {@link removeOnStop}'s. */
const programListens = (signal: NodeJS.Signals): boolean =>
  process.listeners(signal).some((listener) => !(REMOVES_TEMPORARY in listener));

/**
 * Runs `remove` (synchronous: the process is about to end) if the process is stopped by one of
 * SIGINT, SIGTERM or SIGHUP before the returned function is called, then stops it as the signal would have,
 * unless the program listens for the signal itself. A program listening for SIGHUP (a reload, by
 * convention) goes on after it, and so do the files. Listened for first, so that a program's own
 * listener that ends the process finds the files removed.
 *
 * @param remove - removes the temporary files (`rmSync`)
 * @returns stops listening: call it once the files are gone or in place
 *
 * @throws BilateralError `INVALID_INPUT` at path `remove` when it is not a function
 * @example
 * ```ts
 * import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { removeOnStop } from '@bilateral/core/node';
 *
 * const folder = mkdtempSync(join(tmpdir(), 'spill-'));
 * const unlisten = removeOnStop(() => rmSync(folder, { recursive: true, force: true }));
 * try {
 *   writeFileSync(join(folder, 'part-1'), 'rows'); // Ctrl-C meanwhile: the folder goes, then the process
 * } finally {
 *   unlisten();
 *   rmSync(folder, { recursive: true, force: true });
 * }
 * existsSync(folder);
 * //=> false
 * ```
 * @category Node
 */
export function removeOnStop(remove: () => void): () => void {
  if (typeof remove !== 'function') {
    throw wrongArgument(['remove'], 'a function that removes the temporary files', remove);
  }
  const stopped = Object.assign(
    (signal: NodeJS.Signals) => {
      if (signal === 'SIGHUP' && programListens(signal)) {
        process.prependOnceListener(signal, stopped);
        return;
      }
      remove();
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    },
    { [REMOVES_TEMPORARY]: true },
  );
  for (const signal of STOPS) process.prependOnceListener(signal, stopped);
  return () => {
    for (const signal of STOPS) process.off(signal, stopped);
  };
}
