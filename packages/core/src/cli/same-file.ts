import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { wrongArgument } from '../_internal/wrong-argument.js';

/**
 * A path a program was given, and what is there: `null` when nothing is (yet).
 *
 * @example
 * ```ts
 * import { type NamedFile, namedFile } from '@bilateral/core/node';
 * const output: NamedFile = await namedFile('out.parquet'); // { path, stats: null } if not there
 * ```
 * @category Node
 */
export interface NamedFile {
  readonly path: string;
  readonly stats: Stats | null;
}

/**
 * Looks at `path` once, for {@link isSameFile} and anything else that needs its stats.
 *
 * @example
 * ```ts
 * import { tmpdir } from 'node:os';
 * import { namedFile } from '@bilateral/core/node';
 * (await namedFile(tmpdir())).stats?.isDirectory(); //=> true
 * (await namedFile('no-such-file.json')).stats; //=> null (nothing there yet)
 * ```
 * @category Node
 */
export async function namedFile(path: string): Promise<NamedFile> {
  return { path, stats: await stat(path).catch(() => null) };
}

/**
 * Whether two paths name one file: the same path once resolved, or the same file on disk (a
 * link, `./x.csv` and `x.csv`); `false` when either does not exist yet and the paths differ, and
 * when either is a device or a pipe, which takes both writes (`-o /dev/null --report-rows
 * /dev/null`, or `/dev/stdout` and `/dev/stderr` on one terminal). A program that writes a file
 * checks with it that the file is none it reads, which the write would replace.
 *
 * @throws BilateralError `INVALID_INPUT` at path `a` or `b` when it is no named file (no
 *   string `path`)
 * @example
 * ```ts
 * import { isSameFile, namedFile } from '@bilateral/core/node';
 * isSameFile(await namedFile('./x.csv'), await namedFile('x.csv')); //=> true
 * isSameFile(await namedFile('/dev/null'), await namedFile('/dev/null')); //=> false (a device)
 * // And true for latest.csv and bulk.csv when one is a link to the other.
 * ```
 * @category Node
 */
export function isSameFile(a: NamedFile, b: NamedFile): boolean {
  for (const [name, file] of [['a', a] as const, ['b', b] as const]) {
    if (typeof (file as Partial<NamedFile> | null | undefined)?.path !== 'string') {
      throw wrongArgument([name], 'a named file, from namedFile(path)', file);
    }
  }
  const [one, other] = [a.stats, b.stats];
  if (one?.isFile() === false || other?.isFile() === false) return false;
  if (resolve(a.path) === resolve(b.path)) return true;
  return one !== null && other !== null && one.dev === other.dev && one.ino === other.ino;
}
