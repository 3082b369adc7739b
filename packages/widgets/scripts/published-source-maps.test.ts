import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
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

it("resolves every source of each listed map, from the map's URL on a copy of the package, to a file of the package or its text", async () => {
  // As `pnpm build` writes it: with source maps.
  const out = join(dir, 'bundle');
  await buildScriptTag(out, { sourcemap: true });
  const files = packed();
  const list = JSON.parse(readFileSync(join(out, SOURCE_MAPS), 'utf8')) as Record<string, string>;
  const copy = 'https://cdn.example/npm/@bilateral/widgets@1.0.0/';
  const unresolved: string[] = [];
  let count = 0;
  for (const mapPath of Object.values(list)) {
    const { sources, sourcesContent } = JSON.parse(
      readFileSync(join(out, mapPath), 'utf8'),
    ) as PublishedMap;
    sources.forEach((source, index) => {
      count += 1;
      const url = new URL(source, `${copy}dist/${mapPath}`).href;
      const inPackage = url.startsWith(copy);
      const file = decodeURIComponent(url.slice(copy.length));
      if (inPackage && (files.has(file) || typeof sourcesContent?.[index] === 'string')) return;
      unresolved.push(`${mapPath}: ${source}`);
    });
  }
  // The autoloader's, the runtime's, … each element's, with the core's and Lit's sources.
  expect(count).toBeGreaterThan(100);
  expect(unresolved).toEqual([]);
}, 300_000);
