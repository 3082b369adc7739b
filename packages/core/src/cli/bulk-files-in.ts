import { readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
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
 * each as `folder` joined with its path in it: files, and links to files; not pipes. A link that
 * leads nowhere is kept whatever its name (a link to a folder on a disk not mounted too), for the
 * reader to say it cannot be opened. A link to a folder is followed, as the folder's own are: its
 * bulk files are read under the link's path. A folder or file reached twice (a link to a folder
 * or file already read, or to a folder the link is in: a loop) is read once, where it is first
 * reached in name order: the second adds nothing.
 *
 * @param folder - the folder, as given
 * @returns the files' paths, sorted
 * @throws BilateralError `INVALID_INPUT` at `folder` when it is no text or empty; Node's error
 * when the folder, or one inside it, cannot be listed (missing, no permission); an `Error` whose
 * `path` is the link when a link leads to a folder that holds `folder` (`up` to `..`: its files
 * are not the folder's, and a link to `/` would walk the whole disk)
 * @example
 * ```ts
 * import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join, sep } from 'node:path';
 * import { bulkFilesIn } from '@bilateral/core/node';
 *
 * const folder = mkdtempSync(join(tmpdir(), 'bulk-'));
 * const elsewhere = mkdtempSync(join(tmpdir(), 'bulk-2024-'));
 * mkdirSync(join(folder, '2023'));
 * for (const name of ['2023/b.csv.gz', 'a.txt', 'notes.md']) writeFileSync(join(folder, name), '');
 * writeFileSync(join(elsewhere, 'c.csv'), '');
 * symlinkSync(elsewhere, join(folder, '2024'));
 * const files = (await bulkFilesIn(folder)).map((path) => path.slice(folder.length + 1));
 * for (const made of [folder, elsewhere]) rmSync(made, { recursive: true });
 * files;
 * //=> ['2023/b.csv.gz', '2024/c.csv', 'a.txt']
 * ```
 * @category Node
 */
export async function bulkFilesIn(folder: string): Promise<string[]> {
  if (typeof folder !== 'string' || folder === '') {
    throw wrongArgument(['folder'], 'the path of a folder', folder);
  }
  const files: string[] = [];
  await collect(folder, await realpath(folder), new Set(), files);
  return files.sort();
}

/**
 * Adds the bulk files of `folder` and of the folders in it (links to folders followed) to
 * `files`: a folder or file whose real path is in `read` already is skipped; a link to a folder
 * that holds `top` (the real path of the folder given) is refused.
 */
async function collect(
  folder: string,
  top: string,
  read: Set<string>,
  files: string[],
): Promise<void> {
  const real = await realpath(folder);
  if (read.has(real)) return;
  read.add(real);
  const once = (file: string, path: string) => {
    if (read.has(file)) return;
    read.add(file);
    files.push(path);
  };
  // In name order, so that a folder or file reached twice is read under the same path each time.
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await collect(path, top, read, files);
    else if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => undefined);
      // A link that leads nowhere is kept, whatever its name (a folder on a disk not mounted),
      // for the reader to say so.
      if (target === undefined) files.push(path);
      else if (target.isDirectory()) {
        const to = await realpath(path);
        if (to !== top && top.startsWith(to.endsWith(sep) ? to : `${to}${sep}`)) {
          throw Object.assign(
            new Error(
              `the link ${path} leads to ${to}, a folder that holds the folder read: its files are not the folder's; remove the link, or give that folder`,
            ),
            { path },
          );
        }
        await collect(path, top, read, files);
      } else if (target.isFile() && BULK_FILE_NAME.test(entry.name)) {
        once(await realpath(path), path);
      }
    } else if (entry.isFile() && BULK_FILE_NAME.test(entry.name)) {
      once(join(real, entry.name), path);
    }
  }
}
