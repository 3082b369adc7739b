import { readdir, stat } from 'node:fs/promises';
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
 * nowhere too, for the reader to say it cannot be opened); not links to folders, nor pipes.
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
  const files: string[] = [];
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!BULK_FILE_NAME.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() || (entry.isSymbolicLink() && (await linksToFile(path)))) files.push(path);
  }
  return files.sort();
}

/** Whether the link at `path` leads to a file, or nowhere (not to a folder or a pipe). */
async function linksToFile(path: string): Promise<boolean> {
  return stat(path).then(
    (target) => target.isFile(),
    () => true,
  );
}
