/**
 * The script-tag bundle's source maps as the package publishes them (`scripts/merge-chunks.ts`
 * writes them so). A page loads the bundle from a copy of the package (jsDelivr, unpkg, or a
 * self-hoster's folder), and DevTools reads each map's sources from the map's own URL there: a
 * source named by its place in the monorepo (`../../../core/src/…`, `../../../../node_modules/.pnpm/…`)
 * is nowhere on such a copy. So each map names:
 *
 * - the package's own sources (`src/`, which the package publishes) by their path from the map's
 *   place in the package (`../../src/elements/growth.ts` from `dist/bilateral-widgets/`), without
 *   their text: the package holds them, and a copy of their text in every map was 163 kB more in
 *   the package's tarball (gzipped, 2026-12-06);
 * - every other source (the core's, Lit's, zod's, which the package does not hold) inside the
 *   package, under the name of the package it comes from, with its text: `@bilateral/core/src/…`,
 *   and `node_modules/<name>/…` for what the build read from `node_modules` (DevTools lists
 *   `/node_modules/` as third-party code, which it steps over, but not the core).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';

/** The fields of a source map that {@link publishedSourceMap} reads and writes. */
export interface PublishedMap {
  sources: string[];
  sourcesContent?: (string | null)[];
  sourceRoot?: string;
}

/** `path` in posix form, as a URL path names it. */
const posixPath = (path: string) => path.split(sep).join('/');

/** Whether `path` is `folder` or inside it. */
const inside = (folder: string, path: string) => {
  const rest = relative(folder, path);
  return !rest.startsWith('..') && !isAbsolute(rest);
};

/**
 * The folder and name of the package that holds `file`: the nearest folder above it with a
 * package.json that has a `name` (zod's subpath folders have package.json files without one).
 */
function packageOf(file: string): { root: string; name: string } | undefined {
  for (let folder = dirname(file); folder !== dirname(folder); folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
    if (typeof name === 'string') return { root: folder, name };
  }
  return undefined;
}

/**
 * A source map of the script-tag bundle as the package publishes it (see the module's comment):
 * its sources renamed for the map's place in the package, `publishedAt`, and the text of each
 * source the package does not hold kept. Where the map is built (`mapFile`: a test builds the
 * bundle into a temporary folder) does not change what it names.
 *
 * @param map - the map as written beside its file, its sources relative to `mapFile`
 * @param mapFile - the map's path where it is written
 * @param publishedAt - the map's path in the package (`dist/bilateral-widgets/0.map`)
 * @param packageRoot - the package's folder: a source in it is published with it
 * @returns the map with its sources renamed and the texts it needs, without `sourceRoot`
 * @throws Error for a source outside the package without a text, or outside any package
 *
 * @example
 * ```ts
 * publishedSourceMap(
 *   { sources: ['../../src/x.ts', '../../../core/src/y.ts'], sourcesContent: ['…x', '…y'] },
 *   'packages/widgets/dist/bilateral-widgets/0.map',
 *   'dist/bilateral-widgets/0.map',
 *   'packages/widgets',
 * );
 * //=> { sources: ['../../src/x.ts', '../../@bilateral/core/src/y.ts'], sourcesContent: [null, '…y'] }
 * ```
 */
export function publishedSourceMap(
  map: PublishedMap,
  mapFile: string,
  publishedAt: string,
  packageRoot: string,
): PublishedMap {
  const root = resolve(packageRoot);
  const from = posix.dirname(publishedAt);
  const named = map.sources.map((source, index) => {
    const file = resolve(dirname(mapFile), map.sourceRoot ?? '', source);
    const text = map.sourcesContent?.[index] ?? null;
    if (
      inside(root, file) &&
      !posixPath(relative(root, file)).split('/').includes('node_modules')
    ) {
      return { source: posix.relative(from, posixPath(relative(root, file))), text: null };
    }
    const owner = packageOf(file);
    if (owner === undefined) {
      throw new Error(`published-source-maps: ${source} (${mapFile}) is in no package`);
    }
    if (text === null) {
      throw new Error(`published-source-maps: no text for ${source} (${mapFile})`);
    }
    const path = posix.join(owner.name, posixPath(relative(owner.root, file)));
    const fromModules = posixPath(file).split('/').includes('node_modules');
    return {
      source: posix.relative(from, fromModules ? posix.join('node_modules', path) : path),
      text,
    };
  });
  const { sourceRoot: _, ...rest } = map;
  return {
    ...rest,
    sources: named.map(({ source }) => source),
    sourcesContent: named.map(({ text }) => text),
  };
}
