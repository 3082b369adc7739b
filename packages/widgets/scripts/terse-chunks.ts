/**
 * The script-tag bundle's second minifier: terser over the chunks rolldown has written
 * (`scripts/merge-chunks.ts`), each with its source map chained back to the sources. Rolldown's
 * minifier leaves what terser's repeated compress passes still fold (conditions, sequences,
 * inlined single-use bindings): about 100 B gzipped on the dashboard's page and on a growth page
 * (docs/performance.md, "Size of what a page loads"). Before terser prints a chunk, the
 * bindings it imports or exports take the names they are linked by where they can
 * (`scripts/aligned-binding-names.ts`: `import{A}` rather than `import{A as u}`). The autoloader is
 * only mangled again, its names aligned (43 B gzipped less), not compressed: terser's compression
 * made it a few bytes larger.
 */

import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type FormatOptions, minify } from 'terser';
import { alignBindingNames, type MangledTree } from './aligned-binding-names.js';

/**
 * Minifies each ES module file in `files` again with terser (three compress passes, top-level
 * names mangled: a module's scope is its own, and linked names aligned: see
 * {@link alignBindingNames}), in place. A file with a source map beside it
 * (`<file>.map`, as rolldown writes it) gets a map of the new code to the map's own sources,
 * written under its short name ({@link mapName}, which its `//# sourceMappingURL` comment
 * names); licence comments (`/*!`, `@license`) stay.
 *
 * @param files - paths of the `.js` files to minify again
 * @param options - `compress: false` to mangle (and align) names only
 * @returns the files' sizes in bytes, before and after, summed
 *
 * @example
 * ```ts
 * const { before, after } = await terseChunks(['dist/bilateral-widgets/runtime-c52xby.js']);
 * // after < before: the file and its map rewritten
 * await terseChunks(['dist/bilateral-widgets.js'], { compress: false });
 * ```
 */
export async function terseChunks(
  files: readonly string[],
  { compress = true }: { readonly compress?: boolean } = {},
): Promise<{ before: number; after: number }> {
  let before = 0;
  let after = 0;
  const written = new Set<string>();
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const map = `${file}.map`;
    const mapped = existsSync(map);
    // Compressed and mangled, then printed once the linked names are aligned (terser's types
    // name neither its tree as an output nor as an input).
    const { ast } = (await minify(code, {
      module: true,
      ecma: 2020,
      compress: compress && { passes: 3 },
      format: { ast: true, code: false } as FormatOptions,
    })) as { ast: MangledTree };
    alignBindingNames(ast);
    const output = await minify(ast as unknown as string, {
      module: true,
      ecma: 2020,
      compress: false,
      mangle: false,
      format: { comments: 'some' },
      sourceMap: mapped ? { content: readFileSync(map, 'utf8'), url: mapName(file) } : false,
    });
    if (output.code === undefined)
      throw new Error(`terse-chunks: terser wrote nothing for ${file}`);
    writeFileSync(file, output.code);
    if (mapped && typeof output.map === 'string') {
      const short = join(dirname(file), mapName(file));
      if (written.has(short)) throw new Error(`terse-chunks: two chunks' maps named ${short}`);
      written.add(short);
      rmSync(map);
      writeFileSync(short, output.map);
    }
    before += Buffer.byteLength(code);
    after += Buffer.byteLength(output.code);
  }
  return { before, after };
}

/**
 * The file name of a chunk's source map, which the `//# sourceMappingURL` comment at the end of
 * the chunk names: the chunk's hash for a chunk named `<name>-<hash>.js` (6 base-36 characters,
 * `scripts/merge-chunks.ts`), else its name without `.js`. Every file a page loads ends with that
 * comment, each compressed apart: `ekm3ow.map` rather than `runtime-ekm3ow.js.map` is 89 B less
 * gzipped on the dashboard's page (12 files), and DevTools still finds every map.
 *
 * @param file - the chunk's path
 * @returns the map's file name, beside the chunk
 *
 * @example
 * ```ts
 * mapName('dist/bilateral-widgets/runtime-ekm3ow.js'); //=> 'ekm3ow.map'
 * mapName('dist/bilateral-widgets.js'); //=> 'bilateral-widgets.map'
 * ```
 */
export function mapName(file: string): string {
  const name = basename(file, '.js');
  return `${/-([a-z0-9]{6})$/.exec(name)?.[1] ?? name}.map`;
}
