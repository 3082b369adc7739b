/** Runs a package's bin launcher (bin/*.js, which loads the build's dist/ file) for the tests. */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The launcher file `launcher` copied into a scratch package (bin/ beside dist/, `"type":
 * "module"`) and run with the argument `x`: its exit code, stdout and stderr. With `built`
 * (a path under dist/, such as `cli.js`), that file is written first, a program that prints
 * `built` and its arguments; without it, dist/ is missing, as before a build. `args`: the
 * arguments, `x` unless given.
 *
 * @example
 * ```ts
 * await runLauncher(join(PACKAGE, 'bin', 'bilateral.js'), 'cli.js');
 * // { code: 0, out: 'cli.js x\n', err: '' }
 * ```
 */
export async function runLauncher(launcher: string, built?: string, args: string[] = ['x']) {
  const dir = mkdtempSync(join(tmpdir(), 'bilateral-launcher-'));
  try {
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    mkdirSync(join(dir, 'bin'));
    const copy = join(dir, 'bin', basename(launcher));
    copyFileSync(launcher, copy);
    if (built !== undefined) {
      mkdirSync(join(dir, 'dist'));
      writeFileSync(
        join(dir, 'dist', built),
        `process.stdout.write(\`${built} \${process.argv.slice(2).join(' ')}\\n\`);\n`,
      );
    }
    const { stdout, stderr } = await run(process.execPath, [copy, ...args]);
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout, err: failed.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
