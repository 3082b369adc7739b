import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { wrongArgument } from '../_internal/wrong-argument.js';

/**
 * The names of the files `import comtrade --engine duckdb` reads (`@bilateral/duckdb`'s bulk
 * read): CSV, TSV, tab-separated `.txt` or Parquet, each optionally gzipped (`.gz`), in any case;
 * the extension is group 1, `.gz` group 2. One rule for both packages: the read takes these files
 * of a folder, and the command checks that it can open them first.
 *
 * @example
 * ```ts
 * import { BULK_FILE_NAME } from '@bilateral/core/node';
 * ['a.csv.gz', 'b.TXT', 'c.parquet', 'notes.md'].filter((name) => BULK_FILE_NAME.test(name));
 * //=> ['a.csv.gz', 'b.TXT', 'c.parquet']
 * ```
 * @category Node
 */
export const BULK_FILE_NAME = /\.(csv|tsv|txt|parquet)(\.gz)?$/i;

/**
 * The bulk files of `folder` and of the folders in it ({@link BULK_FILE_NAME}), in name order,
 * each as `folder` joined with its path in it: files, and links to files (a link that leads
 * nowhere too, for the reader to say it cannot be opened); not pipes. A link to a folder is
 * followed, as the folder's own are: its bulk files are read under the link's path. A folder
 * reached twice (a link to a folder already read, or to one the link is in: a loop) is read
 * once, where it is first reached: the second adds no file.
 *
 * @param folder - the folder, as given
 * @returns the files' paths, sorted
 * @throws BilateralError `INVALID_INPUT` at `folder` when it is no text or empty; Node's error
 * when the folder, or one inside it, cannot be listed (missing, no permission)
 * @example
 * ```ts
 * import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { bulkFilesIn } from '@bilateral/core/node';
 *
 * const folder = mkdtempSync(join(tmpdir(), 'bulk-'));
 * const elsewhere = mkdtempSync(join(tmpdir(), 'bulk-2024-'));
 * mkdirSync(join(folder, '2023'));
 * for (const name of ['2023/b.csv.gz', 'a.txt', 'notes.md']) writeFileSync(join(folder, name), '');
 * writeFileSync(join(elsewhere, 'c.csv'), '');
 * symlinkSync(elsewhere, join(folder, '2024'));
 * (await bulkFilesIn(folder)).map((path) => path.slice(folder.length + 1));
 * //=> ['2023/b.csv.gz', '2024/c.csv', 'a.txt']
 * ```
 * @category Node
 */
export async function bulkFilesIn(folder: string): Promise<string[]> {
  if (typeof folder !== 'string' || folder === '') {
    throw wrongArgument(['folder'], 'the path of a folder', folder);
  }
  const files: string[] = [];
  await collect(folder, new Set(), files);
  return files.sort();
}

/**
 * Adds the bulk files of `folder` and of the folders in it (links to folders followed) to
 * `files`; a folder whose real path is in `read` already is skipped (its files are listed).
 */
async function collect(folder: string, read: Set<string>, files: string[]): Promise<void> {
  const real = await realpath(folder);
  if (read.has(real)) return;
  read.add(real);
  // In name order, so that a folder reached twice is read under the same path each time.
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await collect(path, read, files);
    else if (entry.isSymbolicLink()) {
      // A link that leads nowhere is kept (under a bulk file's name) for the reader to say so.
      const target = await stat(path).catch(() => undefined);
      if (target?.isDirectory()) await collect(path, read, files);
      else if (BULK_FILE_NAME.test(entry.name) && (target === undefined || target.isFile())) {
        files.push(path);
      }
    } else if (entry.isFile() && BULK_FILE_NAME.test(entry.name)) files.push(path);
  }
}
