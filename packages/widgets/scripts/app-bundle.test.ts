import { execFile } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AppBundle, appBundle } from './app-bundle.mjs';

describe('appBundle', () => {
  // Needs the build's data modules (dist/data/*.js), as embedded-data.test.ts.
  let bundle: AppBundle;
  beforeAll(async () => {
    bundle = await appBundle();
  }, 180_000);

  it('gives an app bundling @bilateral/widgets/growth two first files: its entry and one chunk it shares with the chunks loaded on demand', () => {
    const { initial, lazy, modulesOf } = bundle;
    expect(initial.map((file) => basename(file).replace(/-[A-Z0-9]+\.js$/, ''))).toEqual([
      'app.js',
      'chunk',
    ]);
    // The one shared chunk holds Lit, the number formats and the core's decimal engine alike
    // (src/data/validate-document.ts says why they no longer make two).
    const shared = modulesOf(initial[1] as string);
    for (const module of [
      'lit-html/lit-html.js',
      'src/i18n/format.ts',
      '../core/src/_internal/decimal-bigint.ts',
    ]) {
      expect(shared.some((input) => input.endsWith(module))).toBe(true);
    }
    // Nor the gates' crossing functions, which `/calc` re-exports from a barrel of their own
    // (calc-crossings.ts): re-exported by name from calc-plain.ts they came first (+1,918 B).
    expect(
      initial.flatMap(modulesOf).filter((input) => input.includes('/core/src/infrastructure/')),
    ).toEqual([]);
    // What loads on demand still does: the growth band and table, the validator.
    expect(lazy.map((file) => basename(file).replace(/-[A-Z0-9]+\.js$/, ''))).toEqual(
      expect.arrayContaining(['growth-band', 'growth-table', 'validate-document']),
    );
  });

  it('gives an app bundling @bilateral/widgets/gates no zod, crossing rules nor classification systems first: it draws the crossings it reads checked', async () => {
    // The gates imported their crossing functions from the core's root entry, whose barrels
    // brought them all into the first files (55,931 B gzipped; 31,047 from /calc).
    const gates = await appBundle('gates');
    const first = gates.initial.flatMap(gates.modulesOf);
    expect(first.some((input) => input.endsWith('src/elements/gates.ts'))).toBe(true);
    expect(
      first.filter((input) =>
        /\/zod\/|classification-systems|crossing-rules|dataset\/schemas/.test(input),
      ),
    ).toEqual([]);
  }, 180_000);

  it('keeps the target calculations, the band’s decimals among them, out of the first files: they load with the growth band', () => {
    const { initial, lazy, modulesOf } = bundle;
    // timeline-band.ts takes bandDecimals from @bilateral/core/targets: from /calc it took it,
    // and the on-demand modules /calc re-exports, into the shared chunk (h163).
    expect(
      initial.flatMap(modulesOf).filter((input) => input.includes('/core/src/targets/')),
    ).toEqual([]);
    const band = lazy.find((file) => basename(file).startsWith('growth-band-'));
    expect(modulesOf(band as string)).toEqual(
      expect.arrayContaining([
        '../core/src/targets/band-decimals.ts',
        '../core/src/targets/evaluate-target.ts',
      ]),
    );
  });

  it('prints each file of an element’s app with its gzipped size when run as a command', async () => {
    // The command printed the files' names relative to a folder that only appBundle() knew: it
    // stopped after the first total (ReferenceError: out is not defined).
    const script = join(dirname(fileURLToPath(import.meta.url)), 'app-bundle.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [script, 'target'], {
      cwd: join(dirname(script), '..'),
    });
    expect(stdout).toMatch(/^initial: \d+ bytes gzipped\n +\d+ {2}app\.js\n/);
    expect(stdout).toMatch(/\nlazy: \d+ bytes gzipped\n +\d+ {2}[\w.-]+\.js\n/);
  }, 180_000);
});
