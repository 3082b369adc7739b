import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLauncher } from '../../../core/src/__fixtures__/launcher.js';

// The `bilateral-embed` bin is a committed launcher (bin/bilateral-embed.js) that loads the
// build's dist/embed-cli.js: a bin under dist/ does not exist when a fresh clone's `pnpm install`
// links the workspace's bins, and pnpm then warns "Failed to create bin".
const PACKAGE = join(import.meta.dirname, '..', '..');
const LAUNCHER = join(PACKAGE, 'bin', 'bilateral-embed.js');

describe('the bilateral-embed bin', () => {
  it('is a committed file, not a file of the build, and the package ships it', () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8'));
    expect(manifest.bin).toEqual({ 'bilateral-embed': './bin/bilateral-embed.js' });
    expect(manifest.files).toContain('bin');
    expect(readFileSync(LAUNCHER, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('runs dist/embed-cli.js with the arguments', async () => {
    expect(await runLauncher(LAUNCHER, 'embed-cli.js')).toEqual({
      code: 0,
      out: 'embed-cli.js x\n',
      err: '',
    });
  });

  it('says in one line, exit code 2, that the package is not built when dist/embed-cli.js is missing', async () => {
    expect(await runLauncher(LAUNCHER)).toEqual({
      code: 2,
      out: '',
      err: 'bilateral-embed: cannot start: @bilateral/widgets is not built (dist/embed-cli.js is missing): in its repository run pnpm build; installed from npm, reinstall it\n',
    });
  });

  it('says it as its failure envelope on stdout with --json, exit code 2', async () => {
    const { code, out, err } = await runLauncher(LAUNCHER, undefined, ['x', '--json']);
    expect({ code, err }).toEqual({ code: 2, err: '' });
    expect(JSON.parse(out)).toEqual({
      ok: false,
      command: 'embed',
      error: {
        code: 'LOAD_FAILED',
        message:
          'cannot start: @bilateral/widgets is not built (dist/embed-cli.js is missing): in its repository run pnpm build; installed from npm, reinstall it',
        issues: [],
      },
    });
  });
});
