/**
 * The script-tag bundle's second minifier: terser over the chunks rolldown has written
 * (`scripts/merge-chunks.ts`), each with its source map chained back to the sources. Rolldown's
 * minifier leaves what terser's repeated compress passes still fold (conditions, sequences,
 * inlined single-use bindings): about 100 B gzipped on the dashboard's page and on a growth page
 * (docs/performance-history.md, "Size of what a page loads, to 2026-12-06"). Before terser prints
 * a chunk, the bindings it imports or exports take the names they are linked by where they can
 * (`scripts/aligned-binding-names.ts`: `import{A}` rather than `import{A as u}`). The autoloader is
 * only mangled again, its names aligned (43 B gzipped less), not compressed: terser's compression
 * made it a few bytes larger.
 */

import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type FormatOptions, type MinifyOutput, minify } from 'terser';
import { alignBindingNames, type MangledTree } from './aligned-binding-names.js';

/**
 * Minifies each ES module file in `files` again with terser (three compress passes, top-level
 * names mangled: a module's scope is its own, and linked names aligned: see
 * {@link alignBindingNames}; then three compress passes more over the renamed code, its function
 * declarations gathered and its strings escaped to ASCII where that gzips smaller), in place.
 * Each file is minified on its own, from its own code only:
 * a chunk whose hashed name did not change keeps the names it exports whatever other chunks do
 * (a self-hoster may serve the chunks as immutable). A file with a source map beside it
 * (`<file>.map`, as rolldown writes it) gets a map of the new code to the map's own sources, with
 * their texts, written beside it under its short name ({@link mapNames}); licence comments (`/*!`,
 * `@license`) stay. The file gets no `//# sourceMappingURL` comment: it served only DevTools and
 * cost every file a page loads its bytes (about 390 B on the dashboard's page). Servers name each
 * map in a `SourceMap` response header instead (`mergeChunks` lists them, docs/widgets.md).
 *
 * @param files - paths of the `.js` files to minify again
 * @param options - `compress: false` to mangle (and align) names only
 * @returns the files' sizes in bytes, before and after, summed, and each file's map (its path)
 * for the files that have one
 *
 * @example
 * ```ts
 * const { before, after, maps } = await terseChunks(['dist/bilateral-widgets/runtime-c52xby.js']);
 * // after < before: the file and its map rewritten
 * maps.get('dist/bilateral-widgets/runtime-c52xby.js'); //=> 'dist/bilateral-widgets/0.map'
 * await terseChunks(['dist/bilateral-widgets.js'], { compress: false });
 * ```
 */
export async function terseChunks(
  files: readonly string[],
  { compress = true }: { readonly compress?: boolean } = {},
): Promise<{ before: number; after: number; maps: Map<string, string> }> {
  let before = 0;
  let after = 0;
  const written = new Map<string, string>();
  const names = mapNames(files);
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const map = `${file}.map`;
    const input = existsSync(map) ? readFileSync(map, 'utf8') : undefined;
    // Compressed and mangled, then printed once the linked names are aligned (terser's types
    // name neither its tree as an output nor as an input).
    const { ast } = (await minify(code, {
      module: true,
      ecma: 2020,
      compress: compress && { passes: 3 },
      format: { ast: true, code: false } as FormatOptions,
    })) as { ast: MangledTree };
    alignBindingNames(ast);
    const printed = await minify(ast as unknown as string, {
      module: true,
      ecma: 2020,
      compress: false,
      mangle: false,
      format: { comments: 'some' },
      sourceMap: input !== undefined && { content: input },
    });
    // Compressed once more, names kept: terser does not inline a function where a name it uses
    // is shadowed, and rolldown's names often are (growth's `periodsOf` used the error class as
    // `m` and its caller a local `m`); the mangled, aligned names free such calls. About 60 B
    // gzipped on the dashboard's page and on a growth page.
    const output =
      compress && printed.code !== undefined
        ? await smallerGzipped(
            printed.code,
            typeof printed.map === 'string' ? printed.map : undefined,
          )
        : printed;
    if (output.code === undefined)
      throw new Error(`terse-chunks: terser wrote nothing for ${file}`);
    writeFileSync(file, output.code);
    if (input !== undefined && typeof output.map === 'string') {
      const short = join(dirname(file), names.get(file) as string);
      if ([...written.values()].includes(short)) {
        throw new Error(`terse-chunks: two chunks' maps named ${short}`);
      }
      written.set(file, short);
      rmSync(map);
      writeFileSync(short, JSON.stringify(withSourcesContent(JSON.parse(output.map), input)));
    }
    before += Buffer.byteLength(code);
    after += Buffer.byteLength(output.code);
  }
  return { before, after, maps: written };
}

/**
 * A regular expression's group name beyond ASCII (`(?<año>…)`, `\k<año>`): escaped to ASCII,
 * terser writes it `(?<a\xf1o>…)`, which no engine parses.
 */
const GROUP_NAME_BEYOND_ASCII = /(?:\(\?<|\\k<)[\p{ID_Continue}$\u200c\u200d]*[^\0-\x7f]/u;

/**
 * `code` compressed again by terser (three passes, names kept), with its function declarations
 * where they are and gathered at the top of their scope (terser's `hoist_funs`), each printed as
 * it is and with every character beyond ASCII in its strings escaped (`"\u2013"` for `"–"`): the
 * one of the four that gzips smallest. Gathered, a chunk's functions stand together, where gzip
 * finds their likeness, and the `const`s rolldown wrote between them join into one declaration
 * (the dashboard's page 90 B smaller, a growth page 64 B; the dashboard's own chunk is smaller as
 * it is). A declaration runs nothing where it stands, so moving one changes nothing but order in
 * the file; terser leaves exported ones and those in blocks in place. In a chunk of code, gzip
 * codes the few UTF-8 bytes of a dash or a quotation mark apart from the ASCII around them (about
 * 40 B of the runtime chunk); a chunk of Lao or Chinese words is smaller as it is. A tagged
 * template (`html`, `css`, `String.raw`) keeps its raw text either way. A chunk with a regular
 * expression's group name beyond ASCII is not escaped (see {@link GROUP_NAME_BEYOND_ASCII}).
 */
async function smallerGzipped(code: string, map: string | undefined): Promise<MinifyOutput> {
  const printed = (hoist_funs: boolean, ascii_only: boolean) =>
    minify(code, {
      module: true,
      ecma: 2020,
      compress: { passes: 3, hoist_funs },
      mangle: false,
      format: { comments: 'some', ascii_only },
      sourceMap: map !== undefined && { content: map },
    });
  const escapable = !GROUP_NAME_BEYOND_ASCII.test(code);
  const outputs = await Promise.all(
    [false, true].flatMap((hoist) =>
      escapable ? [printed(hoist, false), printed(hoist, true)] : [printed(hoist, false)],
    ),
  );
  const gzipped = (output: MinifyOutput) => gzipSync(output.code ?? '', { level: 9 }).length;
  return outputs.reduce((best, output) => (gzipped(output) < gzipped(best) ? output : best));
}

/** The fields of a source map that {@link withSourcesContent} reads and writes. */
interface SourceMapSources {
  sources: string[];
  sourcesContent?: (string | null)[];
}

/**
 * terser's map of a chunk with each source's text from the map it was chained to (`input`):
 * terser copies the texts only when it parses the code itself (`includeSources`), and it is given
 * a tree here. A source without a text in `input` gets `null`.
 */
function withSourcesContent(map: SourceMapSources, input: string): SourceMapSources {
  const chained = JSON.parse(input) as SourceMapSources;
  const texts = new Map(
    chained.sources.map((source, index) => [source, chained.sourcesContent?.[index] ?? null]),
  );
  return { ...map, sourcesContent: map.sources.map((source) => texts.get(source) ?? null) };
}

/**
 * The file names of the chunks' source maps: for a chunk named `<name>-<hash>.js`
 * (`scripts/merge-chunks.ts`), its place among them in base 36 (`0.map`, `1.map`, … `1z.map`: the
 * chunks sorted by path), else its name without `.js`. They were short when every file a page
 * loads ended with a `//# sourceMappingURL` comment naming its map (a hash's 6 characters were
 * about 50 B of the dashboard's page); the comment is gone, and the names are kept so that a
 * self-hoster's `SourceMap` headers keep naming the same files.
 *
 * @param files - the chunks' paths, as given to {@link terseChunks}
 * @returns each chunk's map file name, beside the chunk
 *
 * @example
 * ```ts
 * mapNames(['dist/bilateral-widgets/series-ab12cd.js', 'dist/bilateral-widgets/runtime-ekm3ow.js']);
 * //=> Map { 'dist/bilateral-widgets/series-ab12cd.js' => '1.map', 'dist/bilateral-widgets/runtime-ekm3ow.js' => '0.map' }
 * mapNames(['dist/bilateral-widgets.js']).get('dist/bilateral-widgets.js'); //=> 'bilateral-widgets.map'
 * ```
 */
export function mapNames(files: readonly string[]): Map<string, string> {
  const hashed = files.filter((file) => /-[a-z0-9]{6}\.js$/.test(file)).sort();
  return new Map(
    files.map((file) => {
      const place = hashed.indexOf(file);
      return [file, place === -1 ? `${basename(file, '.js')}.map` : `${place.toString(36)}.map`];
    }),
  );
}
