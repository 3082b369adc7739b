import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Options } from 'tsup';
import { afterAll, expect, it } from 'vitest';
import core from '../../core/tsup.config.js';
import duckdb from '../../duckdb/tsup.config.js';
import widgets from '../tsup.config.js';

// `pnpm build` (and so the README's `pnpm start`) printed about 1,300 lines of tsup's listing of
// the files it wrote before the report: every build of the three packages says only its errors.
const TSUP = join(dirname(createRequire(import.meta.url).resolve('tsup/package.json')), 'dist');
const dir = mkdtempSync(join(tmpdir(), 'quiet-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `tsup <file> --silent` in `dir`, as the packages' builds run it: exit code and all it said. */
async function silentTsup(file: string) {
  const argv = [join(TSUP, 'cli-default.js'), file, '--silent', '--format', 'esm'];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, argv, { cwd: dir });
    return { code: 0, said: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, said: failed.stdout + failed.stderr };
  }
}

it('every build of the packages is silent', () => {
  const builds = [core, duckdb, widgets].flat() as Options[];
  expect(builds.length).toBe(5);
  for (const options of builds) expect(options.silent, JSON.stringify(options.entry)).toBe(true);
});

it('a silent build says nothing when it succeeds, and prints the error of one that fails', async () => {
  writeFileSync(join(dir, 'good.ts'), 'export const a: number = 1;\n');
  expect(await silentTsup('good.ts')).toEqual({ code: 0, said: '' });
  writeFileSync(join(dir, 'broken.ts'), 'export const a = (;\n');
  const failed = await silentTsup('broken.ts');
  expect(failed.code).toBe(1);
  expect(failed.said).toContain('broken.ts:1:18: ERROR: Unexpected ";"');
});
