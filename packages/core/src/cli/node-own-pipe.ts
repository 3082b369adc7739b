import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** What the link `/proc/self/fd/<descriptor>` names (`pipe:[3028831]`); undefined if none. */
function linkOf(descriptor: number): string | undefined {
  try {
    return readlinkSync(`/proc/self/fd/${descriptor}`);
  } catch {
    return undefined; // closed meanwhile (the listing's own), or no /proc
  }
}

/** Whether `descriptor` is open for reading only (its flags in `/proc/self/fdinfo`). */
function readsOnly(descriptor: number): boolean {
  try {
    const flags = /^flags:\s*([0-7]+)$/m.exec(
      readFileSync(`/proc/self/fdinfo/${descriptor}`, 'utf8'),
    );
    return flags?.[1] !== undefined && (Number.parseInt(flags[1], 8) & 0o3) === 0;
  } catch {
    return false;
  }
}

/**
 * Whether `descriptor` writes into one of Node's own pipes (its event loop's wake-up and signal
 * pipes): an anonymous pipe whose read end is open in this process too. A pipe the command was
 * given (`3> >(gzip)`, `3>&1 | cat`) is read by another process. Linux names both ends of a pipe
 * `pipe:[inode]` in `/proc/self/fd` and says which end reads in `/proc/self/fdinfo`; where there
 * is no `/proc`, false.
 *
 * @example
 * ```ts fragment
 * isNodesOwnPipe(5); // true in a Node process whose descriptor 5 is libuv's (`-o /dev/fd/5`
 * //    with no `5>` in the shell), false for a pipe the shell gave it
 * ```
 */
export function isNodesOwnPipe(descriptor: number): boolean {
  const pipe = linkOf(descriptor);
  if (pipe?.startsWith('pipe:') !== true) return false;
  let open: number[];
  try {
    open = readdirSync('/proc/self/fd').map(Number);
  } catch {
    return false;
  }
  return open.some((other) => other !== descriptor && linkOf(other) === pipe && readsOnly(other));
}
