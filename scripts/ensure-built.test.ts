import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type BuiltPackage,
  ensureBuilt,
  readByBuild,
  runBuild,
  staleReason,
  toBuild,
} from './ensure-built.js';

/** The scratch repository: made before the first test (a run that skips them all makes none). */
let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'bilateral-ensure-built-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes `file` under the scratch repository, modified `minutes` after an hour ago. */
function write(file: string, minutes: number): void {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, '\n');
  const time = new Date(Date.now() - 3_600_000 + minutes * 60_000);
  utimesSync(path, time, time);
}

const folder = (name: string) => join(root, 'packages', name);

describe('the builds the tests of built packages need', () => {
  it('builds a package whose dist/ is missing or empty', () => {
    write('packages/core/src/index.ts', 0);
    expect(staleReason(folder('core'))).toBe(`${folder('core')}/dist/ is missing`);
    mkdirSync(join(folder('core'), 'dist'));
    expect(staleReason(folder('core'))).toBe(`${folder('core')}/dist/ is missing`);
  });

  it('builds nothing when every file of dist/ is newer than the sources, and ignores tests', () => {
    write('packages/core/dist/index.js', 2);
    write('packages/core/dist/cli.js', 3);
    write('packages/core/package.json', 1);
    write('packages/core/src/index.test.ts', 5);
    write('packages/core/src/__fixtures__/data.json', 5);
    write('packages/core/node_modules/x/index.js', 5);
    expect(staleReason(folder('core'))).toBeUndefined();
    expect(toBuild(['core'], root)).toEqual([]);
  });

  it('builds a package with a source newer than the oldest file of its dist/', () => {
    write('packages/core/src/cli/main.ts', 2.5);
    expect(staleReason(folder('core'))).toBe(
      `${folder('core')}/src/cli/main.ts is newer than ${folder('core')}/dist/`,
    );
    write('packages/core/dist/index.js', 4);
    expect(staleReason(folder('core'))).toBeUndefined();
  });

  it("builds the widgets after a change of the core's sources, which their bundles hold", () => {
    write('packages/widgets/src/index.ts', 0);
    write('packages/widgets/dist/index.js', 6);
    write('packages/duckdb/src/index.ts', 0);
    write('packages/duckdb/dist/index.js', 6);
    expect(toBuild(['core', 'duckdb', 'widgets'], root)).toEqual([]);
    write('packages/core/src/index.ts', 7);
    expect(toBuild(['widgets', 'duckdb', 'core'], root)).toEqual([
      ['core', `${folder('core')}/src/index.ts is newer than ${folder('core')}/dist/`],
      ['widgets', `${folder('core')}/src/index.ts is newer than ${folder('widgets')}/dist/`],
    ]);
    // Only the packages asked for.
    expect(toBuild(['duckdb'], root)).toEqual([]);
  });
});

describe('the builds of two runs at once', () => {
  it('builds a stale package once: the second run waits for the first, then finds it fresh', async () => {
    write('packages/duckdb/src/index.ts', 0);
    rmSync(join(folder('duckdb'), 'dist'), { recursive: true, force: true });
    const lines: string[] = [];
    let secondComes: () => void = () => {};
    const second = new Promise<void>((resolve) => (secondComes = resolve));
    const log = (line: string) => {
      lines.push(line);
      if (line.startsWith('Waiting')) secondComes();
    };
    const builds: BuiltPackage[] = [];
    // The first run's build ends only once the second is waiting for it (or building too: without
    // the lock, or without looking again after taking it, the second builds as well).
    const build = async (name: BuiltPackage) => {
      builds.push(name);
      if (builds.length === 2) secondComes();
      await second;
      write(`packages/${name}/dist/index.js`, 60);
    };
    await Promise.all([
      ensureBuilt(['duckdb'], root, build, log),
      ensureBuilt(['duckdb'], root, build, log),
    ]);
    expect(builds).toEqual(['duckdb']);
    expect(lines.toSorted()).toEqual([
      `Building @bilateral/duckdb for the tests of its build (${folder('duckdb')}/dist/ is missing)…`,
      `Waiting for the build that process ${process.pid} runs (${root}/node_modules/.cache/bilateral/build.lock: delete that file if process ${process.pid} is no test run of this clone)…`,
    ]);
    expect(readdirSync(join(root, 'node_modules', '.cache', 'bilateral'))).toEqual([]);
  });

  it('releases the lock when a build fails, and fails with it, leaving no dist/ that looks fresh', async () => {
    write('packages/duckdb/src/index.ts', 70);
    // As a build whose last step fails after tsup has written dist/ (the widgets' data files, the
    // core's schema): what it wrote is newer than every source.
    const failing = async () => {
      write('packages/duckdb/dist/index.js', 80);
      throw new Error('pnpm --filter @bilateral/duckdb run build failed');
    };
    await expect(ensureBuilt(['duckdb'], root, failing, () => {})).rejects.toThrow(
      'run build failed',
    );
    expect(readdirSync(join(root, 'node_modules', '.cache', 'bilateral'))).toEqual([]);
    expect(toBuild(['duckdb'], root)).toEqual([['duckdb', `${folder('duckdb')}/dist/ is missing`]]);
  });
});

describe('a build that a stopped run left unfinished', () => {
  it('is done again by the next run, though its dist/ looks fresh', async () => {
    write('packages/duckdb/src/index.ts', 90);
    let started: () => void = () => {};
    const building = new Promise<void>((resolve) => (started = resolve));
    let finish: () => void = () => {};
    // Writes a whole dist/ (as tsup does before the steps after it), then waits to be finished:
    // while it waits, the files say what a run killed there leaves.
    const build = async () => {
      write('packages/duckdb/dist/index.js', 100);
      started();
      await new Promise<void>((resolve) => (finish = resolve));
    };
    const run = ensureBuilt(['duckdb'], root, build, () => {});
    await building;
    expect(toBuild(['duckdb'], root)).toEqual([
      [
        'duckdb',
        `a run was stopped while building it: ${root}/node_modules/.cache/bilateral/duckdb.building`,
      ],
    ]);
    finish();
    await run;
    expect(toBuild(['duckdb'], root)).toEqual([]);
  });
});

describe('the edits that rerun the tests of a build in watch mode', () => {
  it("are of the files the package's build reads, the core's for the widgets, tests aside", () => {
    const edited = (name: BuiltPackage, file: string) => readByBuild(name, join(root, file), root);
    expect(edited('core', 'packages/core/src/cli/main.ts')).toBe(true);
    expect(edited('core', 'packages/core/tsup.config.ts')).toBe(true);
    expect(edited('core', 'packages/core/bin/bilateral.mjs')).toBe(true);
    expect(edited('widgets', 'packages/core/src/index.ts')).toBe(true);
    expect(edited('duckdb', 'packages/core/src/index.ts')).toBe(false);
    expect(edited('core', 'packages/core/src/cli/main.test.ts')).toBe(false);
    expect(edited('core', 'packages/core/src/__fixtures__/data.json')).toBe(false);
    expect(edited('core', 'packages/core/dist/cli.js')).toBe(false);
    expect(edited('core', 'packages/core/README.md')).toBe(false);
    expect(edited('core', 'packages/core/src-old/index.ts')).toBe(false);
  });
});

/** Whether process `pid` runs (a zombie, ended but not yet reaped, does not). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

describe('the build of a run that is stopped', () => {
  /** The build's process and the one it started, killed after the test, passed or not. */
  let started: number[] = [];
  afterEach(() => {
    for (const pid of started.splice(0)) if (running(pid)) process.kill(pid);
  });

  it('stops with the run (Vitest exits on SIGTERM), and so does what the build started', async () => {
    const told = join(root, 'started.pid');
    // A build that starts a process of its own (as pnpm starts tsup), says both numbers, runs on.
    const build = `const child = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e9)'], { stdio: 'ignore' });
      require('node:fs').writeFileSync(${JSON.stringify(told)}, process.pid + ' ' + child.pid);
      setInterval(() => {}, 1e9);`;
    const script = join(root, 'run.mts');
    writeFileSync(
      script,
      `import { runBuild } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, 'ensure-built.ts')).href)};
      process.once('SIGTERM', () => process.exit(143));
      await runBuild(process.execPath, ['-e', ${JSON.stringify(build)}], '.');`,
    );
    const run = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: join(import.meta.dirname, '..'),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    run.stderr.setEncoding('utf8').on('data', (text: string) => (errors += text));
    while (!existsSync(told) || readFileSync(told, 'utf8') === '') {
      // A run that ended before its build started fails here, not at the time limit.
      expect(run.exitCode, errors).toBe(null);
      await sleep(50);
    }
    started = readFileSync(told, 'utf8').split(' ').map(Number);
    expect(started.map(running)).toEqual([true, true]);
    run.kill('SIGTERM');
    await once(run, 'exit');
    while (started.some(running)) await sleep(50);
    // Two Node processes and tsx start: 2 s at load 10, more on a busier machine.
  }, 60_000);

  it('rejects with what a failed command wrote', async () => {
    const failing = runBuild(
      process.execPath,
      ['-e', "process.stdout.write('out '); process.stderr.write('err'); process.exit(3)"],
      root,
    );
    await expect(failing).rejects.toMatchObject({ stdout: 'out ', stderr: 'err' });
  });
});
