// A lock file that one process at a time holds: the test runs of one clone take it around the
// builds they start (ensure-built.ts), so that two runs never build at once, nor one reads the
// dist/ that another is writing. Node has no file lock of its own, and `flock` is not on every
// system: the lock is a file made whole (a hard link of a file already written, which fails when
// the lock exists), naming the process that holds it; a lock whose process has ended (a run
// killed mid-build) is taken over. A process number can be taken again after its process has
// ended, and one on another machine (a clone on a shared file system) cannot be looked up: a
// waiter gives up, saying which file to delete, once one holder has kept the lock too long.
import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** How often a waiting process looks whether the lock is free, in milliseconds. */
const POLL = 200;

/**
 * How long a waiting process lets one holder keep the lock before it gives up, in milliseconds. A
 * holder builds the three packages at most: about 3 minutes at load 10-14 on a 2-core machine.
 */
const PATIENCE = 15 * 60 * 1000;

/**
 * Where a process keeps {@link HELD}: one set for every copy of this module it loads (Vitest loads
 * each project's global setup with that project's own module runner).
 */
const shared = globalThis as { [key: symbol]: Set<string> | undefined };

/** The lock texts this process holds. */
const HELD = shared[Symbol.for('bilateral.build-lock')] ?? new Set<string>();
shared[Symbol.for('bilateral.build-lock')] = HELD;

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

/**
 * Whether the process that lock text `held` names is running (another user's counts). When it
 * names this process, only a lock this process holds counts: one it does not hold was left by an
 * earlier process with the same number (a container's processes get the same numbers each time
 * it starts).
 */
function running(held: string): boolean {
  const pid = Number(/^(\d+) /.exec(held)?.[1]);
  if (!(pid > 0)) return false;
  if (pid === process.pid) return HELD.has(held);
  try {
    process.kill(pid, 0);
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
 * is still this call's. Rejects, naming the file to delete, when one holder keeps it longer than
 * `patience` milliseconds while this call waits (its number taken by another process, or a
 * process on another machine).
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
  patience: number = PATIENCE,
): Promise<() => void> {
  const mine = `${process.pid} ${randomUUID()}\n`;
  const draft = `${path}.${randomUUID()}`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(draft, mine);
  try {
    let seen: string | undefined;
    let since = 0;
    for (let told = false; ; ) {
      try {
        linkSync(draft, path);
        HELD.add(mine);
        return () => {
          if (read(path) === mine) rmSync(path, { force: true });
          HELD.delete(mine);
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
      const pid = Number.parseInt(held, 10);
      if (held !== seen) {
        seen = held;
        since = performance.now();
      } else if (performance.now() - since > patience) {
        const minutes = ((performance.now() - since) / 60_000).toFixed(1);
        throw new Error(
          `${path} has been held by process ${pid} for ${minutes} minutes: if that process runs no build of this clone (its number was taken again after a killed run, or it runs on another machine), delete that file.`,
        );
      }
      if (!told) onWait(pid);
      told = true;
      await sleep(POLL);
    }
  } finally {
    rmSync(draft, { force: true });
  }
}
