import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * Whether two paths name one file: the same path once resolved, or the same file on disk (a
 * link, `./x.csv` and `x.csv`); `false` when either does not exist yet.
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [one, other] = await Promise.all([stat(a), stat(b)]);
    return one.dev === other.dev && one.ino === other.ino;
  } catch {
    return false;
  }
}
