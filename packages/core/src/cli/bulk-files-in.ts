import { readdir } from 'node:fs/promises';
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
 * The bulk files of `folder` and of the folders in it ({@link BULK_FILE_NAME}; files only, not
 * links), in name order, each as `folder` joined with its path in it.
 *
 * @param folder - the folder, as given
 * @returns the files' paths, sorted
 * @throws BilateralError `INVALID_INPUT` at `folder` when it is no text or empty; Node's error
 * when the folder cannot be listed (missing, no permission)
 * @example
 * ```ts
 * import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { bulkFilesIn } from '@bilateral/core/node';
 *
 * const folder = mkdtempSync(join(tmpdir(), 'bulk-'));
 * mkdirSync(join(folder, '2023'));
 * for (const name of ['2023/b.csv.gz', 'a.txt', 'notes.md']) writeFileSync(join(folder, name), '');
 * (await bulkFilesIn(folder)).map((path) => path.slice(folder.length + 1));
 * //=> ['2023/b.csv.gz', 'a.txt']
 * ```
 * @category Node
 */
export async function bulkFilesIn(folder: string): Promise<string[]> {
  if (typeof folder !== 'string' || folder === '') {
    throw wrongArgument(['folder'], 'the path of a folder', folder);
  }
  return (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && BULK_FILE_NAME.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
