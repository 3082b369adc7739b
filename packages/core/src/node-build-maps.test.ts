import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Options } from 'tsup';
import { afterAll, expect, it } from 'vitest';
import configs from '../tsup.config.js';

/**
 * The Node build's source maps (`dist/*.js.map`, tsup.config.ts's first build) as the package
 * publishes them: each names a file the package ships (its `src/`), without a second copy of that
 * file's text, as the browser build's maps do.
 */
const coreRoot = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'core-node-build-maps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The files `npm pack` puts in the core's tarball (package.json `files`). */
const packed = () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: coreRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as [{ files: { path: string }[] }];
  return new Set(pack.files.map(({ path }) => path));
};

it("names in the Node build's maps only files the package publishes, without a copy of their text", async () => {
  // As `pnpm build` writes it, without type declarations. tsup leaves out the dependencies of
  // the package.json where it runs (the repository's root here): the core's, as in its folder.
  const [node] = configs as Options[];
  const manifest = JSON.parse(readFileSync(join(coreRoot, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  await build({
    ...node,
    external: [
      ...(node?.external ?? []),
      ...Object.keys(manifest.dependencies).map((name) => new RegExp(`^${name}(/|$)`)),
    ],
    entry: Object.fromEntries(
      Object.entries(node?.entry as Record<string, string>).map(([name, path]) => [
        name,
        join(coreRoot, path),
      ]),
    ),
    dts: false,
    clean: false,
    silent: true,
    outDir: dir,
    config: false,
  });
  const files = packed();
  const maps = readdirSync(dir).filter((file) => file.endsWith('.js.map'));
  // esbuild names each source relative to the map where it is written (here, not `dist/`).
  const sources = maps.flatMap((map) => {
    const { sources: named, sourcesContent } = JSON.parse(readFileSync(join(dir, map), 'utf8')) as {
      sources: string[];
      sourcesContent?: (string | null)[];
    };
    return named.map((source, index) => {
      const path = relative(coreRoot, resolve(dir, source)).split(sep).join('/');
      return {
        map,
        source,
        file: path.startsWith('..') ? undefined : path,
        text: sourcesContent?.[index] ?? null,
      };
    });
  });
  // index, calc, hs, …, node and cli, and their shared chunks; the command alone has hundreds.
  expect(maps.length).toBeGreaterThan(8);
  expect(sources.length).toBeGreaterThan(300);
  expect(
    sources
      .filter(({ file, text }) => file === undefined || !files.has(file) || text !== null)
      .map(({ map, source }) => `${map}: ${source}`),
  ).toEqual([]);
}, 120_000);
