/**
 * Whether a gzip file unpacks to its end: DuckDB reads a gzip stream cut short (an interrupted
 * download) as far as it unpacks, without a word. Private to the package.
 *
 * @internal
 */

import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

/**
 * Why the gzip file at `path` does not unpack to its end, as the core engine says it (`a gzip
 * file that does not unpack (unexpected end of file)`), or undefined when it does.
 */
export async function gzipProblem(path: string): Promise<string | undefined> {
  try {
    await pipeline(
      createReadStream(path),
      createGunzip(),
      new Writable({ write: (_, __, done) => done() }),
    );
    return undefined;
  } catch (error) {
    return `a gzip file that does not unpack (${(error as Error).message})`;
  }
}
