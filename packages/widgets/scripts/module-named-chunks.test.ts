import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'tsup';
import { describe, expect, it } from 'vitest';
import { moduleNamedChunks, moduleNames } from './module-named-chunks.js';

describe('moduleNames', () => {
  it('drops the hash of a chunk named for a module whose name no other output has', () => {
    const files = [
      'growth.js',
      'table-WFFXKE7U.js',
      'chunk-YOF2DMFM.js',
      'chunk-234W7J6X.js',
      'panel-AAAAAAAA.js',
      'panel-BBBBBBBB.js',
      'growth-FQ6TY4JG.js',
    ];
    expect(moduleNames(files)).toEqual(new Map([['table-WFFXKE7U.js', 'table.js']]));
  });
});

describe('moduleNamedChunks', () => {
  it('names the lazy chunks of a build for their module, and they still load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'module-named-'));
    try {
      mkdirSync(join(dir, 'other'));
      writeFileSync(join(dir, 'shared.js'), "export const shared = (x) => 'shared ' + x;\n");
      writeFileSync(
        join(dir, 'table.js'),
        "import { shared } from './shared.js';\nexport const table = () => shared('table');\n",
      );
      writeFileSync(join(dir, 'panel.js'), "export const panel = 'panel';\n");
      writeFileSync(join(dir, 'other', 'panel.js'), "export const panel = 'other panel';\n");
      writeFileSync(
        join(dir, 'app.js'),
        [
          "import { shared } from './shared.js';",
          'export const loaded = async () => [',
          "  shared('app'),",
          "  (await import('./table.js')).table(),",
          "  (await import('./panel.js')).panel,",
          "  (await import('./other/panel.js')).panel,",
          '];',
        ].join('\n'),
      );
      const outDir = join(dir, 'out');
      await build({
        entry: { app: join(dir, 'app.js') },
        outDir,
        format: ['esm'],
        splitting: true,
        sourcemap: true,
        silent: true,
        config: false,
        plugins: [moduleNamedChunks],
      });
      const files = readdirSync(outDir).sort();
      expect(files).toContain('table.js');
      expect(files).toContain('table.js.map');
      expect(files.filter((file) => /^panel-[A-Z2-7]{8}\.js$/.test(file))).toHaveLength(2);
      expect(files.some((file) => /^chunk-[A-Z2-7]{8}\.js$/.test(file))).toBe(true);
      expect(readFileSync(join(outDir, 'table.js'), 'utf8')).toContain(
        'sourceMappingURL=table.js.map',
      );
      const { loaded } = await import(pathToFileURL(join(outDir, 'app.js')).href);
      expect(await loaded()).toEqual(['shared app', 'shared table', 'panel', 'other panel']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
