/**
 * The files of `bilateral fetch`: a disk cache of the API's answers, keyed by request URL, and
 * output written whole or not at all (a temporary file beside it, then renamed).
 */

import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ComtradeCache } from '../io/index.js';
import { UsageError } from './cli-io.js';
import { gzipped } from './output-format.js';
import { shownFile } from './read-text-file.js';
import { writeInto } from './standard-output.js';
import { unwritable } from './unwritable-file.js';
import { writeReason } from './write-reason.js';
import { outputPlace, writeAt } from './written-beside.js';

/**
 * Writes `text` to `file` whole or not at all (as `writeInPlace` does: beside it, then renamed);
 * into a device or pipe (`-o /dev/stdout | head`) as it is, never replacing it: the text is whole
 * already, and a copy through the temporary folder would take as much room again there and keep
 * the reader waiting. `FILE_UNWRITABLE` if it cannot. `fetch` writes with it (`--engine duckdb`
 * writes its dataset in pieces, through `ImportOutput`). A name ending in `.gz`
 * (`-o flows.json.gz`) gets the text gzipped. False when the reader of a pipe stopped reading
 * before the end: the output has only part of the text.
 */
export async function writeWhole(file: string, text: string): Promise<boolean> {
  try {
    const place = await outputPlace(file);
    const bytes = gzipped(file) ? gzipSync(text) : text;
    if (place.special) return await writeInto(place.path, bytes);
    await writeAt(place, (temporary) => writeFile(temporary, bytes));
    return true;
  } catch (error) {
    throw unwritable(file, error);
  }
}

/**
 * Refuses, before any request, an output that could not be written after it: its folder missing
 * or a file, or the output a folder (`FILE_UNWRITABLE`). The fetch would otherwise run (six tries
 * offline, a key's quota online) for nothing.
 */
export async function checkOutputFolder(file: string): Promise<void> {
  try {
    const place = await outputPlace(file);
    if (place.special) return;
    if (!(await stat(dirname(place.path))).isDirectory()) {
      throw Object.assign(new Error(`ENOTDIR: not a directory, open '${file}'`), {
        code: 'ENOTDIR',
      });
    }
  } catch (error) {
    throw unwritable(file, error);
  }
}

/** The cache folder when none is given: `$XDG_CACHE_HOME/bilateral/comtrade` or `~/.cache/…`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME?.trim() || join(homedir(), '.cache');
  return join(base, 'bilateral', 'comtrade');
}

/**
 * A {@link ComtradeCache} in `dir`: one file per request, named by the SHA-256 of its URL (which
 * holds the whole query and never the key), written whole. An unreadable entry is a miss.
 */
export function diskCache(dir: string): ComtradeCache {
  const fileOf = (url: string) =>
    join(dir, `${createHash('sha256').update(url).digest('hex')}.json`);
  return {
    async get(url) {
      try {
        return await readFile(fileOf(url), 'utf8');
      } catch {
        return undefined;
      }
    },
    async set(url, text) {
      try {
        await mkdir(dir, { recursive: true });
      } catch (error) {
        throw new UsageError(
          `cannot make the cache folder ${shownFile(dir)}: ${writeReason(error)}; give another with --cache-dir, or --no-cache`,
          'FILE_UNWRITABLE',
        );
      }
      await writeWhole(fileOf(url), text);
    },
  };
}
