import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Options } from 'tsup';
import { afterAll, describe, expect, it } from 'vitest';
import configs from '../tsup.config.js';
import { SOURCE_MAPS } from './merge-chunks.js';
import { type PublishedMap, publishedSourceMap } from './published-source-maps.js';
import { buildScriptTag } from './script-tag-build.js';

const dir = mkdtempSync(join(tmpdir(), 'published-source-maps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` at `path` in `dir`, with its folders. */
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};

describe('publishedSourceMap', () => {
  // A monorepo: the package, the core beside it, Lit and zod in pnpm's node_modules.
  put('repo/packages/widgets/package.json', '{"name":"@bilateral/widgets"}');
  put('repo/packages/widgets/src/autoloader.ts', 'autoloader');
  put('repo/packages/core/package.json', '{"name":"@bilateral/core"}');
  put(
    'repo/node_modules/.pnpm/lit-html@3.3.3/node_modules/lit-html/package.json',
    '{"name":"lit-html"}',
  );
  put('repo/node_modules/.pnpm/zod@4.6.7/node_modules/zod/package.json', '{"name":"zod"}');
  // A subpath folder's package.json, without a name: not a package.
  put(
    'repo/node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/package.json',
    '{"type":"module"}',
  );
  const root = join(dir, 'repo/packages/widgets');
  // Built elsewhere (as the tests build the bundle): the names are the package's all the same.
  const mapFile = join(dir, 'build/bilateral-widgets/0.map');
  const map: PublishedMap = {
    sources: [
      '../../repo/packages/widgets/src/autoloader.ts',
      '../../repo/packages/core/src/growth/growth-rate.ts',
      '../../repo/node_modules/.pnpm/lit-html@3.3.3/node_modules/lit-html/src/lit-html.ts',
      '../../repo/node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/util.js',
    ],
    sourcesContent: ['autoloader', 'growth', 'lit', 'zod'],
  };

  it("names the package's sources by their path in it, without their text", () => {
    const published = publishedSourceMap(map, mapFile, 'dist/bilateral-widgets/0.map', root);
    expect(published.sources[0]).toBe('../../src/autoloader.ts');
    expect(published.sourcesContent?.[0]).toBeNull();
    expect(
      publishedSourceMap(
        { sources: ['../repo/packages/widgets/src/autoloader.ts'] },
        join(dir, 'build/bilateral-widgets.map'),
        'dist/bilateral-widgets.map',
        root,
      ),
    ).toEqual({ sources: ['../src/autoloader.ts'], sourcesContent: [null] });
  });

  it("names other packages' sources inside the package, under their package's name, with their text", () => {
    const published = publishedSourceMap(map, mapFile, 'dist/bilateral-widgets/0.map', root);
    expect(published.sources.slice(1)).toEqual([
      '../../@bilateral/core/src/growth/growth-rate.ts',
      '../../node_modules/lit-html/src/lit-html.ts',
      '../../node_modules/zod/v4/core/util.js',
    ]);
    expect(published.sourcesContent?.slice(1)).toEqual(['growth', 'lit', 'zod']);
  });

  it('reads the sources from the map’s sourceRoot, and writes none', () => {
    const published = publishedSourceMap(
      { sources: ['widgets/src/autoloader.ts'], sourceRoot: '../../repo/packages/' },
      mapFile,
      'dist/bilateral-widgets/0.map',
      root,
    );
    expect(published).toEqual({ sources: ['../../src/autoloader.ts'], sourcesContent: [null] });
  });

  it('refuses a source the package does not hold and has no text of', () => {
    expect(() =>
      publishedSourceMap(
        { sources: [map.sources[1] as string], sourcesContent: [null] },
        mapFile,
        'dist/bilateral-widgets/0.map',
        root,
      ),
    ).toThrow(/no text for .*growth-rate\.ts/);
  });
});

/** The package's folder and the files `npm pack` puts in its tarball (package.json `files`). */
const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const packed = () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: PACKAGE_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as [{ files: { path: string }[] }];
  return new Set(pack.files.map(({ path }) => path));
};

/** Each source of `map`, resolved from the map's URL on a copy of the package (`publishedAt`). */
const onACopy = (map: PublishedMap, publishedAt: string) => {
  const copy = 'https://cdn.example/npm/@bilateral/widgets@1.0.0/';
  return map.sources.map((source, index) => {
    const url = new URL(`${map.sourceRoot ?? ''}${source}`, `${copy}${publishedAt}`).href;
    return {
      source,
      file: url.startsWith(copy) ? decodeURIComponent(url.slice(copy.length)) : undefined,
      text: map.sourcesContent?.[index] ?? null,
    };
  });
};

it("resolves every source of each listed map, from the map's URL on a copy of the package, to a file of the package or its text", async () => {
  // As `pnpm build` writes it: with source maps.
  const out = join(dir, 'bundle');
  await buildScriptTag(out, { sourcemap: true });
  const files = packed();
  const list = JSON.parse(readFileSync(join(out, SOURCE_MAPS), 'utf8')) as Record<string, string>;
  const sources = Object.values(list).flatMap((mapPath) =>
    onACopy(JSON.parse(readFileSync(join(out, mapPath), 'utf8')), `dist/${mapPath}`).map(
      (source) => ({ ...source, mapPath }),
    ),
  );
  // The autoloader's, the runtime's, … each element's, with the core's and Lit's sources.
  expect(sources.length).toBeGreaterThan(100);
  expect(
    sources
      .filter(({ file, text }) => file === undefined || !(files.has(file) || text !== null))
      .map(({ mapPath, source }) => `${mapPath}: ${source}`),
  ).toEqual([]);
}, 300_000);

it("names in the ESM entries' maps only files the package publishes, without a copy of their text", async () => {
  // As `pnpm build` writes them (tsup.config.ts's first build), without type declarations. tsup
  // leaves out the dependencies of the package.json where it runs (the repository's root here).
  const [entries] = configs as Options[];
  const out = join(dir, 'entries');
  const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as Record<
    'dependencies' | 'peerDependencies',
    Record<string, string>
  >;
  await build({
    ...entries,
    external: Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).map(
      (name) => new RegExp(`^${name}(/|$)`),
    ),
    entry: Object.fromEntries(
      Object.entries(entries?.entry as Record<string, string>).map(([name, path]) => [
        name,
        join(PACKAGE_ROOT, path),
      ]),
    ),
    dts: false,
    silent: true,
    outDir: out,
    config: false,
  });
  const files = packed();
  const maps = readdirSync(out).filter((file) => file.endsWith('.js.map'));
  // esbuild names each source relative to the map where it is written (here, not `dist/`): each
  // must be a file of the package.
  const sources = maps.flatMap((map) => {
    const { sources: named, sourcesContent } = JSON.parse(
      readFileSync(join(out, map), 'utf8'),
    ) as PublishedMap;
    return named.map((source, index) => {
      const path = relative(PACKAGE_ROOT, resolve(out, source)).split(sep).join('/');
      return {
        map,
        source,
        file: path.startsWith('..') ? undefined : path,
        text: sourcesContent?.[index] ?? null,
      };
    });
  });
  expect(maps.length).toBeGreaterThan(20);
  expect(sources.length).toBeGreaterThan(20);
  expect(
    sources
      .filter(({ file, text }) => file === undefined || !files.has(file) || text !== null)
      .map(({ map, source }) => `${map}: ${source}`),
  ).toEqual([]);
}, 300_000);
