/**
 * tsup plugin of the entries apps import: the chunks they load on demand (`import()`) named for
 * their module alone, `download-panel.js` rather than esbuild's `download-panel-CQFF4NLH.js`. An
 * app's bundler adds its own hash to each file it emits, so a published hash came out doubled
 * (`download-panel-CQFF4NLH-MQ7E7UD3.js`) in each `import("./…")` an app loads first: 15 of them
 * cost an app bundling `@bilateral/widgets/growth` about 140 B gzipped. A published package needs
 * no hash in its file names (its version names its files).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Options } from 'tsup';

type Plugin = NonNullable<Options['plugins']>[number];

/** esbuild's `[name]-[hash].js` (its hashes: 8 characters of base32). */
const HASHED = /^(.+)-[A-Z2-7]{8}\.js$/;

/**
 * The new name of each of `files` (names of a build's JavaScript outputs) that can drop its
 * hash: a chunk named for a module (not esbuild's shared `chunk-…`) whose name without the hash is
 * that of no other output, with or without a hash.
 *
 * @example
 * ```ts
 * moduleNames(['growth.js', 'table-WFFXKE7U.js', 'chunk-YOF2DMFM.js', 'a-AAAAAAAA.js', 'a-BBBBBBBB.js']);
 * // Map { 'table-WFFXKE7U.js' => 'table.js' }
 * ```
 */
export function moduleNames(files: readonly string[]): Map<string, string> {
  const named = (file: string) => {
    const module = HASHED.exec(file)?.[1];
    return module === undefined ? file : `${module}.js`;
  };
  const count = new Map<string, number>();
  for (const file of files) count.set(named(file), (count.get(named(file)) ?? 0) + 1);
  return new Map(
    files
      .filter(
        (file) => HASHED.test(file) && !file.startsWith('chunk-') && count.get(named(file)) === 1,
      )
      .map((file) => [file, named(file)]),
  );
}

/**
 * Renames the outputs {@link moduleNames} gives in a build's folder once tsup has written them:
 * each file and its source map, the `import("./…")` and `from "./…"` that name it in the other
 * outputs, and its `sourceMappingURL`.
 *
 * @example
 * ```ts
 * await build({ entry: { growth: 'src/growth.ts' }, format: ['esm'], plugins: [moduleNamedChunks] });
 * ```
 */
export const moduleNamedChunks: Plugin = {
  name: 'module-named-chunks',
  buildEnd({ writtenFiles }) {
    const written = new Set(writtenFiles.map(({ name }) => resolve(name)));
    const outputs = [...written].filter((file) => file.endsWith('.js'));
    const byFolder = new Map<string, string[]>();
    for (const file of outputs)
      byFolder.set(dirname(file), [...(byFolder.get(dirname(file)) ?? []), file]);
    for (const [folder, files] of byFolder) {
      const renames = moduleNames(files.map((file) => basename(file)));
      if (renames.size === 0) continue;
      const pattern = new RegExp(
        `"\\./(${[...renames.keys()].join('|').replaceAll('.', '\\.')})"`,
        'g',
      );
      for (const file of files) {
        const code = readFileSync(file, 'utf8');
        const renamed = code.replace(pattern, (_, name: string) => `"./${renames.get(name)}"`);
        if (renamed !== code) writeFileSync(file, renamed);
      }
      for (const [from, to] of renames) {
        const code = readFileSync(join(folder, from), 'utf8');
        writeFileSync(
          join(folder, from),
          code.replace(`sourceMappingURL=${from}.map`, `sourceMappingURL=${to}.map`),
        );
        renameSync(join(folder, from), join(folder, to));
        if (written.has(join(folder, `${from}.map`))) {
          renameSync(join(folder, `${from}.map`), join(folder, `${to}.map`));
        }
      }
    }
  },
};
