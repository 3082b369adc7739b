import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLauncher } from '../__fixtures__/launcher.js';

// The `bilateral` bin is a committed launcher (bin/bilateral.js) that loads the build's
// dist/cli.js: a bin under dist/ does not exist when a fresh clone's `pnpm install` links the
// workspace's bins, and pnpm then warns "Failed to create bin" (the README's `pnpm start`).
const PACKAGE = join(import.meta.dirname, '..', '..');
const LAUNCHER = join(PACKAGE, 'bin', 'bilateral.js');

describe('the bilateral bin', () => {
  it('is a committed file, not a file of the build, and the package ships it', () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8'));
    expect(manifest.bin).toEqual({ bilateral: './bin/bilateral.js' });
    expect(manifest.files).toContain('bin');
    expect(readFileSync(LAUNCHER, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('runs dist/cli.js with the arguments', async () => {
    expect(await runLauncher(LAUNCHER, 'cli.js')).toEqual({ code: 0, out: 'cli.js x\n', err: '' });
  });

  it('says in one line, exit code 2, that the package is not built when dist/cli.js is missing', async () => {
    expect(await runLauncher(LAUNCHER)).toEqual({
      code: 2,
      out: '',
      err: 'bilateral: cannot start: @bilateral/core is not built (dist/cli.js is missing): in its repository run pnpm build; installed from npm, reinstall it\n',
    });
  });

  it('says it as the failure envelope on stdout with --json (before a lone --), exit code 2', async () => {
    const { code, out, err } = await runLauncher(LAUNCHER, undefined, ['report', '--json']);
    expect({ code, err }).toEqual({ code: 2, err: '' });
    expect(JSON.parse(out)).toEqual({
      ok: false,
      command: null,
      error: {
        code: 'LOAD_FAILED',
        message:
          'cannot start: @bilateral/core is not built (dist/cli.js is missing): in its repository run pnpm build; installed from npm, reinstall it',
        issues: [],
      },
    });
    const after = await runLauncher(LAUNCHER, undefined, ['validate', '--', '--json']);
    expect(after).toMatchObject({ code: 2, out: '' });
  });
});
