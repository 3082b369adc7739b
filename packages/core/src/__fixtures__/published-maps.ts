/**
 * For the packages' build tests: the sources a package's Node build names in its source maps,
 * checked against what the package publishes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { build, type Options } from 'tsup';

/** The files `npm pack` puts in the tarball of the package at `root` (package.json `files`). */
function packed(root: string): Set<string> {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as [{ files: { path: string }[] }];
  return new Set(pack.files.map(({ path }) => path));
}

/**
 * Builds `config` (a build of the tsup.config.ts of the package at `root`, its `entry` an object
 * of paths from `root`) as `pnpm build` writes it, without type declarations, into a folder of
 * its own, and reads each source its maps name: every one that is no file the package publishes,
 * or that carries a copy of its text, as `map: source (not published, with its text)`. tsup
 * leaves out the dependencies of the package.json where it runs (the repository's root in a
 * test): the package's are left out too, as in its folder.
 *
 * @example
 * ```ts
 * const { maps, sources, unpublished } = await mapSources(duckdbRoot, config);
 * unpublished; //=> []
 * ```
 */
export async function mapSources(
  root: string,
  config: Options,
): Promise<{ maps: number; sources: number; unpublished: string[] }> {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const dir = mkdtempSync(join(tmpdir(), 'bilateral-build-maps-'));
  try {
    await build({
      ...config,
      external: [
        ...(config.external ?? []),
        ...Object.keys(manifest.dependencies ?? {}).map((name) => new RegExp(`^${name}(/|$)`)),
      ],
      entry: Object.fromEntries(
        Object.entries(config.entry as Record<string, string>).map(([name, path]) => [
          name,
          join(root, path),
        ]),
      ),
      dts: false,
      clean: false,
      silent: true,
      outDir: dir,
      config: false,
    });
    const files = packed(root);
    const maps = readdirSync(dir).filter((file) => file.endsWith('.js.map'));
    // esbuild names each source relative to the map where it is written (here, not `dist/`).
    const sources = maps.flatMap((map) => {
      const { sources: named, sourcesContent } = JSON.parse(
        readFileSync(join(dir, map), 'utf8'),
      ) as { sources: string[]; sourcesContent?: (string | null)[] };
      return named.map((source, index) => {
        const path = relative(root, resolve(dir, source)).split(sep).join('/');
        const published = !path.startsWith('..') && files.has(path);
        const text = sourcesContent?.[index] ?? null;
        const why = [published ? [] : ['not published'], text === null ? [] : ['with its text']];
        return { name: `${map}: ${source}`, why: why.flat() };
      });
    });
    return {
      maps: maps.length,
      sources: sources.length,
      unpublished: sources
        .filter(({ why }) => why.length > 0)
        .map(({ name, why }) => `${name} (${why.join(', ')})`),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
