// Before the tests that run a package's build (dist/): builds each one that is missing or older
// than its sources, so that `pnpm test` on a fresh clone, or after an edit, tests what the
// sources give; CI, which builds first, builds nothing again.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The packages whose build a project's tests run (see {@link setup}). */
    builtPackages: BuiltPackage[];
  }
}

/** The repository's root. */
const ROOT = join(import.meta.dirname, '..');

/** `path` as the messages write it: from the repository's root when it is inside it. */
const shown = (path: string): string =>
  relative(ROOT, path).startsWith('..') ? path : relative(ROOT, path);

/** A workspace package whose build some tests need, by its folder under packages/. */
export type BuiltPackage = 'core' | 'duckdb' | 'widgets';

/**
 * The other workspace packages whose sources each package's build reads (the widgets' bundles
 * hold the core's code, read from its src/), in the order `pnpm build` builds them.
 */
const READS: Readonly<Record<BuiltPackage, readonly BuiltPackage[]>> = {
  core: [],
  duckdb: [],
  widgets: ['core'],
};

/** What a package's build reads: its sources, scripts and configuration (not its tests). */
const INPUTS = ['src', 'scripts', 'bin', 'package.json', 'tsup.config.ts', 'tsconfig.json'];

/** A file no build reads: a test, a benchmark, a fixture, screenshots' code. */
const NOT_BUILT = /\.(test|test-d|bench|shots)\.[cm]?[jt]s$|(^|\/)(__tests__|__fixtures__)(\/|$)/;

/** Every file under `path` (or `path` itself), with its modification time, but those `skip` takes. */
function* filesUnder(path: string, skip: RegExp): Generator<[string, number]> {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    if (!skip.test(path)) yield [path, stat.mtimeMs];
    return;
  }
  for (const entry of readdirSync(path)) {
    if (entry !== 'node_modules') yield* filesUnder(join(path, entry), skip);
  }
}

/**
 * Why package folder `dir`'s build (its dist/) is not what its sources and `also` (other folders
 * its build reads) give, or `undefined` when it is: dist/ missing or empty, or a source newer than
 * the oldest file of dist/ (a build writes every one).
 *
 * @example
 * ```ts
 * staleReason('packages/core'); //=> 'packages/core/dist/ is missing' on a fresh clone
 * ```
 */
export function staleReason(dir: string, also: readonly string[] = []): string | undefined {
  const dist = join(dir, 'dist');
  let built = Number.POSITIVE_INFINITY;
  for (const [, time] of filesUnder(dist, /$^/)) built = Math.min(built, time);
  if (built === Number.POSITIVE_INFINITY) return `${shown(dist)}/ is missing`;
  for (const folder of [dir, ...also]) {
    for (const input of INPUTS) {
      for (const [file, time] of filesUnder(join(folder, input), NOT_BUILT)) {
        if (time > built) return `${shown(file)} is newer than ${shown(dist)}/`;
      }
    }
  }
  return undefined;
}

/**
 * The packages of `wanted` to build, each with why ({@link staleReason}: its own sources, or those
 * of a package its build reads, newer than its dist/), in build order.
 *
 * @example
 * ```ts
 * toBuild(['widgets', 'core']); //=> [['core', 'packages/core/dist/ is missing'], ['widgets', …]]
 * ```
 */
export function toBuild(
  wanted: readonly BuiltPackage[],
  root: string = ROOT,
): [BuiltPackage, string][] {
  const folder = (name: BuiltPackage) => join(root, 'packages', name);
  return (Object.keys(READS) as BuiltPackage[]).flatMap((name) => {
    const why = wanted.includes(name)
      ? staleReason(folder(name), READS[name].map(folder))
      : undefined;
    return why === undefined ? [] : [[name, why] as [BuiltPackage, string]];
  });
}

/**
 * The pnpm running the tests (`pnpm test` gives its scripts `npm_execpath`, its own file: with
 * `npx pnpm@…`, no `pnpm` may be on the PATH), else the one on the PATH.
 */
const [command, ...prefix] = /pnpm\.c?js$/.test(process.env.npm_execpath ?? '')
  ? [process.execPath, process.env.npm_execpath as string]
  : ['pnpm'];

/**
 * Vitest's global setup of a project whose tests run built packages: builds those it names in
 * `provide.builtPackages` that are missing or older than their sources ({@link toBuild}), one
 * after the other with `pnpm --filter @bilateral/<name> run build`, saying which and why; a build
 * that fails fails the run with its output.
 *
 * @example
 * ```ts fragment
 * // vitest.config.ts, a project:
 * { test: { globalSetup: ['../../scripts/ensure-built.ts'], provide: { builtPackages: ['core'] } } }
 * ```
 */
export default function setup(project: TestProject): void {
  for (const [name, why] of toBuild(project.config.provide.builtPackages ?? [])) {
    console.log(`Building @bilateral/${name} for the tests of its build (${why})…`);
    const result = spawnSync(
      command,
      [...prefix, '--filter', `@bilateral/${name}`, 'run', 'build'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    if (result.status !== 0) {
      throw new Error(
        `pnpm --filter @bilateral/${name} run build failed (${result.error?.message ?? `exit code ${result.status}`}):\n${result.stdout}${result.stderr}`,
      );
    }
  }
}
