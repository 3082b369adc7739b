import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitAndStderr } from '../__fixtures__/source-command.js';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const BIN = join(import.meta.dirname, 'bin.ts');
const HOOK = join(import.meta.dirname, '__fixtures__', 'failing-module-hook.mjs');

/**
 * `bilateral …argv` from its source in a child process, under a hook that makes the module whose
 * URL ends with `failing` throw as it loads (none when undefined; the statement `thrown`, or a
 * TypeError): exit code, stdout and stderr.
 */
function bilateral(argv: readonly string[], failing?: string, thrown?: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', HOOK, BIN, ...argv], {
    cwd: ROOT,
    env: {
      ...process.env,
      NO_COLOR: '1',
      ...(failing === undefined ? {} : { BILATERAL_TEST_FAILING_MODULE: failing }),
      ...(thrown === undefined ? {} : { BILATERAL_TEST_FAILING_THROW: thrown }),
    },
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  return exitAndStderr(child).then((ended) => ({ ...ended, out }));
}

describe.concurrent('bilateral when a module of it fails to load (h302)', () => {
  it('says so in one line, exit 2, no stack trace', async () => {
    const { code, out, err } = await bilateral(['report'], '/cli/commands.ts');
    expect(out).toBe('');
    expect(err).toBe(
      'bilateral: cannot start: TypeError: injected failure while loading (the installation of @bilateral/core may be broken: reinstall it; if this persists, please report it)\n',
    );
    expect(code).toBe(2);
  }, 60_000);

  it('with --json: the failure envelope on stdout, nothing on stderr', async () => {
    const { code, out, err } = await bilateral(['report', '--json'], '/cli/commands.ts');
    expect(err).toBe('');
    expect(JSON.parse(out)).toEqual({
      ok: false,
      command: null,
      error: {
        code: 'LOAD_FAILED',
        message:
          'cannot start: TypeError: injected failure while loading (the installation of @bilateral/core may be broken: reinstall it; if this persists, please report it)',
        issues: [],
      },
    });
    expect(code).toBe(2);
  }, 60_000);

  it('a module deep in the command fails the same way (the core’s errors)', async () => {
    const { code, err } = await bilateral(['--version'], '/errors/bilateral-error.ts');
    expect(err).toMatch(/^bilateral: cannot start: TypeError: injected failure while loading \(/);
    expect(err.split('\n')).toHaveLength(2);
    expect(code).toBe(2);
  }, 60_000);

  // r21d review: String() of these throws, and the thrown TypeError was Node's stack trace, exit 1.
  it.each([
    ['an object without a string', 'throw Object.create(null);'],
    ['an object whose toString throws', 'throw { toString() { throw new Error("no"); } };'],
  ])(
    'a module throwing %s: one line all the same',
    async (_, thrown) => {
      const { code, out, err } = await bilateral(['report'], '/cli/commands.ts', thrown);
      expect(out).toBe('');
      expect(err).toBe(
        'bilateral: cannot start: a value that is not an Error and has no text (the installation of @bilateral/core may be broken: reinstall it; if this persists, please report it)\n',
      );
      expect(code).toBe(2);
    },
    60_000,
  );

  it('runs as before without the hook’s failure', async () => {
    const { code, out, err } = await bilateral(['--version']);
    expect(err).toBe('');
    expect(out).toMatch(/^bilateral \d+\.\d+\.\d+/);
    expect(code).toBe(0);
  }, 60_000);
});
