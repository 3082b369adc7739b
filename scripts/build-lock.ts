// A lock file that one process at a time holds: the test runs of one clone take it around the
// builds they start (ensure-built.ts), so that two runs never build at once, nor one reads the
// dist/ that another is writing. Node has no file lock of its own, and `flock` is not on every
// system: the lock is a file made whole (a hard link of a file already written, which fails when
// the lock exists), naming the process that holds it; a lock whose process has ended (a run
// killed mid-build) is taken over.
import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** How often a waiting process looks whether the lock is free, in milliseconds. */
const POLL = 200;

/** The error code of a failed file system call. */
const codeOf = (error: unknown): unknown => (error as NodeJS.ErrnoException).code;

/** The text of file `path`, or `undefined` when there is none. */
function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** Whether the process that lock text `held` names is running (another user's counts). */
function running(held: string): boolean {
  const pid = /^(\d+) /.exec(held)?.[1];
  if (pid === undefined) return false;
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch (error) {
    return codeOf(error) === 'EPERM';
  }
}

/**
 * Removes the lock at `path` if it still holds `held`, the text of a process that has ended. It is
 * moved aside first, so that of two processes taking it over at once only one removes it; one
 * that moved a lock taken in between puts it back.
 */
function takeOver(path: string, held: string): void {
  const aside = `${path}.${randomUUID()}.ended`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return;
    throw error;
  }
  try {
    if (read(aside) !== held) linkSync(aside, path);
  } catch (error) {
    if (codeOf(error) !== 'EEXIST') throw error;
  } finally {
    rmSync(aside, { force: true });
  }
}

/**
 * Takes the lock at `path` (making its folder): at once when it is free or its process has ended,
 * else when the process holding it releases it, calling `onWait` with that process's id once
 * before waiting. Resolves to the function that releases it, which removes the lock only while it
 * is still this call's.
 *
 * @example
 * ```ts
 * const release = await takeLock('node_modules/.cache/bilateral/build.lock', (pid) =>
 *   console.log(`Waiting for process ${pid}…`),
 * );
 * try {
 *   // build
 * } finally {
 *   release();
 * }
 * ```
 */
export async function takeLock(
  path: string,
  onWait: (pid: number) => void = () => {},
): Promise<() => void> {
  const mine = `${process.pid} ${randomUUID()}\n`;
  const draft = `${path}.${randomUUID()}`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(draft, mine);
  try {
    for (let told = false; ; ) {
      try {
        linkSync(draft, path);
        return () => {
          if (read(path) === mine) rmSync(path, { force: true });
        };
      } catch (error) {
        if (codeOf(error) !== 'EEXIST') throw error;
      }
      const held = read(path);
      if (held === undefined) continue;
      if (!running(held)) {
        takeOver(path, held);
        continue;
      }
      if (!told) onWait(Number.parseInt(held, 10));
      told = true;
      await sleep(POLL);
    }
  } finally {
    rmSync(draft, { force: true });
  }
}
