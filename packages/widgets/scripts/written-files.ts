/**
 * The build scripts' tests write small bundles of modules that import each other (`./x.js`): each
 * bundle into a folder of its own, here a prefix, so that the files of one test are not the
 * modules another test's `import()` has cached.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes the files (name → code) into `dir` as `<folder>-<name>`, each `./` in the code made
 * `./<folder>-` so that the files import each other.
 *
 * @param dir - the folder to write into
 * @param folder - the prefix of this bundle's files
 * @param files - each file's name and code
 * @returns each file's path, by its name
 *
 * @example
 * ```ts
 * writtenFiles('/tmp/t', 'a', { 'x.js': 'export const A=1;', 'y.js': 'import{A}from"./x.js";' });
 * //=> { 'x.js': '/tmp/t/a-x.js', 'y.js': '/tmp/t/a-y.js' } (y imports "./a-x.js")
 * ```
 */
export function writtenFiles(
  dir: string,
  folder: string,
  files: Record<string, string>,
): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const [name, code] of Object.entries(files)) {
    paths[name] = join(dir, `${folder}-${name}`);
    writeFileSync(paths[name], code.replaceAll('./', `./${folder}-`));
  }
  return paths;
}
