import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appBundle } from './app-bundle.mjs';

describe('appBundle', () => {
  // Needs the build's data modules (dist/data/*.js), as embedded-data.test.ts.
  it('gives an app bundling @bilateral/widgets/growth two first files: its entry and one chunk it shares with the chunks loaded on demand', {
    timeout: 180_000,
  }, async () => {
    const { initial, lazy, modulesOf } = await appBundle();
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
    // What loads on demand still does: the growth band and table, the validator.
    expect(lazy.map((file) => basename(file).replace(/-[A-Z0-9]+\.js$/, ''))).toEqual(
      expect.arrayContaining(['growth-band', 'growth-table', 'validate-document']),
    );
  });
});
