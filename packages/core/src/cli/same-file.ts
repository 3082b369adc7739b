import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * Whether two paths name one file: the same path once resolved, or the same file on disk (a
 * link, `./x.csv` and `x.csv`); `false` when either does not exist yet and the paths differ, and
 * when either is a device or a pipe, which takes both writes (`-o /dev/null --report-rows
 * /dev/null`, or `/dev/stdout` and `/dev/stderr` on one terminal).
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const [one, other] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  if (one?.isFile() === false || other?.isFile() === false) return false;
  if (resolve(a) === resolve(b)) return true;
  return one !== null && other !== null && one.dev === other.dev && one.ino === other.ino;
}
