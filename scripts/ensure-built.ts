// Before the tests that run a package's build (dist/): builds each one that is missing or older
// than its sources, so that `pnpm test` on a fresh clone, or after an edit, tests what the
// sources give; CI, which builds first, builds nothing again. The runs of one clone take turns
// (a lock, build-lock.ts); in watch mode an edit of a package's sources reruns the tests of its
// build, after building it again.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TestProject } from 'vitest/node';
import { takeLock } from './build-lock.js';

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
 * Where the test runs of the repository at `root` keep their build lock and what they are
 * building: in its node_modules/, so one per clone, whatever TMPDIR each run has.
 */
const cacheOf = (root: string): string => join(root, 'node_modules', '.cache', 'bilateral');

/**
 * The file that says a test run is building package `name`, removed when the build ends: one left
 * behind is a run stopped mid-build (killed), whose dist/ may look fresh but be partial (tsup
 * written, the steps after it not).
 */
const buildingOf = (root: string, name: BuiltPackage): string =>
  join(cacheOf(root), `${name}.building`);

/**
 * The packages of `wanted` to build, each with why (a build a stopped run left unfinished, or
 * {@link staleReason}: its own sources, or those of a package its build reads, newer than its
 * dist/), in build order.
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
    const building = buildingOf(root, name);
    const why = !wanted.includes(name)
      ? undefined
      : existsSync(building)
        ? `a run was stopped while building it: ${shown(building)}`
        : staleReason(folder(name), READS[name].map(folder));
    return why === undefined ? [] : [[name, why] as [BuiltPackage, string]];
  });
}

/**
 * Whether `file` is one that package `name`'s build reads ({@link INPUTS}, tests aside), its own
 * or another package's ({@link READS}).
 *
 * @example
 * ```ts
 * readByBuild('widgets', '/repo/packages/core/src/index.ts', '/repo'); //=> true: the bundles hold it
 * readByBuild('core', '/repo/packages/core/src/index.test.ts', '/repo'); //=> false
 * ```
 */
export function readByBuild(name: BuiltPackage, file: string, root: string = ROOT): boolean {
  return [name, ...READS[name]].some((reader) => {
    const path = relative(join(root, 'packages', reader), file).replaceAll('\\', '/');
    return (
      INPUTS.some((input) => path === input || path.startsWith(`${input}/`)) &&
      !NOT_BUILT.test(path)
    );
  });
}

/**
 * The pnpm running the tests (`pnpm test` gives its scripts `npm_execpath`, its own file: with
 * `npx pnpm@…`, no `pnpm` may be on the PATH), else the one on the PATH.
 */
const [command, ...prefix] = /pnpm\.c?js$/.test(process.env.npm_execpath ?? '')
  ? [process.execPath, process.env.npm_execpath as string]
  : ['pnpm'];

/** Builds package `name` of the repository at `root`; rejects with the build's output. */
type Build = (name: BuiltPackage, root: string) => Promise<void>;

/**
 * Runs `file` with `args` in folder `cwd` to its end; rejects when it fails with an error that
 * has the `stdout` and `stderr` it wrote. It runs in a process group of its own (but
 * on Windows), stopped whole when this process exits: Vitest exits on SIGINT and SIGTERM, and a
 * build left running would write dist/ while the next run, finding the lock's process ended,
 * builds too.
 *
 * @example
 * ```ts
 * await runBuild('pnpm', ['--filter', '@bilateral/core', 'run', 'build'], '/repo');
 * ```
 */
export function runBuild(file: string, args: readonly string[], cwd: string): Promise<void> {
  const group = process.platform !== 'win32';
  const child = spawn(file, args, { cwd, detached: group, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (text: string) => (output.stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (output.stderr += text));
  const stop = () => {
    try {
      if (group && child.pid !== undefined) process.kill(-child.pid);
      else child.kill();
    } catch {
      // It has ended.
    }
  };
  process.once('exit', stop);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      process.off('exit', stop);
      reject(Object.assign(error, output));
    });
    child.once('close', (code, signal) => {
      process.off('exit', stop);
      if (code === 0) return resolve();
      const ended = signal === null ? `exit code ${code}` : signal;
      reject(Object.assign(new Error(`${[file, ...args].join(' ')}: ${ended}`), output));
    });
  });
}

/** {@link Build} with `pnpm --filter @bilateral/<name> run build`. */
const pnpmBuild: Build = async (name, root) => {
  const args = [...prefix, '--filter', `@bilateral/${name}`, 'run', 'build'];
  try {
    await runBuild(command, args, root);
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `pnpm --filter @bilateral/${name} run build failed (${(error as Error).message.split('\n')[0]}):\n${stdout}${stderr}`,
    );
  }
};

/** The lock that the builds of the repository at `root` take. */
const lockOf = (root: string): string => join(cacheOf(root), 'build.lock');

/**
 * Builds each package of `wanted` that is missing or older than its sources ({@link toBuild}), one
 * after the other, saying which and why, under the clone's build lock: a run that finds another
 * building waits for it, then looks again (and so finds that build fresh), rather than building
 * at once or reading a dist/ half written. A build that fails rejects with its output, its dist/
 * removed; one that a stopped run left unfinished is done again.
 *
 * @example
 * ```ts
 * await ensureBuilt(['core', 'duckdb']);
 * // Building @bilateral/core for the tests of its build (packages/core/dist/ is missing)…
 * ```
 */
export async function ensureBuilt(
  wanted: readonly BuiltPackage[],
  root: string = ROOT,
  build: Build = pnpmBuild,
  log: (line: string) => void = console.log,
): Promise<void> {
  const lock = lockOf(root);
  const release = await takeLock(lock, (pid) =>
    log(
      `Waiting for the build that process ${pid} runs (${shown(lock)}: delete that file if process ${pid} is no test run of this clone)…`,
    ),
  );
  try {
    for (const [name, why] of toBuild(wanted, root)) {
      log(`Building @bilateral/${name} for the tests of its build (${why})…`);
      const building = buildingOf(root, name);
      writeFileSync(building, `${process.pid}\n`);
      try {
        await build(name, root);
      } catch (error) {
        // A build can fail after writing a whole dist/ (tsup, then a step after it), newer than
        // every source: removed, so that no run takes it for fresh.
        rmSync(join(root, 'packages', name, 'dist'), { recursive: true, force: true });
        throw error;
      } finally {
        rmSync(building, { force: true });
      }
    }
  } finally {
    release();
  }
}

/**
 * In watch mode, keeps `project`'s tests on what its packages' sources give: an edit of a file one
 * of their builds reads ({@link readByBuild}) reruns the project's tests (nothing they import
 * changed, so Vitest would not), and a rerun of them first builds what is stale. Returns what
 * stops the watching.
 */
function watchBuilds(project: TestProject, wanted: readonly BuiltPackage[]): () => void {
  const { vitest } = project;
  const onEdit = async (file: string) => {
    if (!wanted.some((name) => readByBuild(name, file))) return;
    for (const test of (await project.globTestFiles()).testFiles) vitest.watcher.onFileChange(test);
  };
  project.onTestsRerun(async (specifications) => {
    if (!specifications.some((specification) => specification.project.name === project.name)) {
      return;
    }
    try {
      await ensureBuilt(wanted);
    } catch (error) {
      console.error(`${(error as Error).message}\n'${project.name}' runs on what dist/ holds.`);
    }
  });
  for (const event of ['add', 'change', 'unlink']) vitest.vite.watcher.on(event, onEdit);
  return () => {
    for (const event of ['add', 'change', 'unlink']) vitest.vite.watcher.off(event, onEdit);
  };
}

/**
 * Vitest's global setup of a project whose tests run built packages: builds those it names in
 * `provide.builtPackages` that are missing or older than their sources ({@link ensureBuilt}); a
 * build that fails fails the run with its output. In watch mode, an edit of their sources reruns
 * the project's tests after building again.
 *
 * @example
 * ```ts fragment
 * // vitest.config.ts, a project:
 * { test: { globalSetup: ['../../scripts/ensure-built.ts'], provide: { builtPackages: ['core'] } } }
 * ```
 */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const wanted = project.config.provide.builtPackages ?? [];
  await ensureBuilt(wanted);
  return project.vitest.config.watch ? watchBuilds(project, wanted) : undefined;
}
