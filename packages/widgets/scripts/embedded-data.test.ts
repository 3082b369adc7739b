import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EMBEDDED_NAMES,
  embeddedModule,
  SERIES_SECTIONS,
  WHOLE_SECTIONS,
} from '../src/data/embedded-names.js';
import { appBundle } from './app-bundle.mjs';
import { dataModule } from './embedded-data.js';

/** What a data module's default export is (its text run as a function body). */
const run = (module: string): unknown =>
  new Function(module.replace(/^export default /, 'return '))();

describe('dataModule', () => {
  it('gives back the very JSON, quotes, backslashes and line separators included', () => {
    const data = {
      names: { LAO: "Lao People's Democratic Republic", x: 'a\\b "c" \u2028\u2029 \n ສປປ ລາວ' },
      ['__proto__']: 1,
    };
    const json = JSON.stringify(data);
    expect(run(dataModule(json))).toEqual(JSON.parse(json));
    expect(Object.hasOwn(run(dataModule(json)) as object, '__proto__')).toBe(true);
  });
});

describe("an app's embedded datasets", () => {
  it('the whole file keeps the series sections first (written out, not spread)', () => {
    expect(WHOLE_SECTIONS.slice(0, SERIES_SECTIONS.length)).toEqual([...SERIES_SECTIONS]);
  });

  it('import a data module, whole and series, for every embedded dataset', () => {
    // Read as text: the specifiers resolve only in the builds (scripts/embedded-data.ts).
    const source = readFileSync(
      join(import.meta.dirname, '../src/data/embedded-modules.ts'),
      'utf8',
    );
    const imported = [...source.matchAll(/import\('@bilateral\/widgets\/(data\/[^']+)'\)/g)];
    expect(imported.map(([, file]) => file).sort()).toEqual(
      EMBEDDED_NAMES.flatMap((name) => [
        embeddedModule(name, false),
        embeddedModule(name, true),
      ]).sort(),
    );
  });

  // Bundles `import '@bilateral/widgets/growth'` with the build's data modules (dist/data/*.js).
  it('load no schema, no core dataset and no economy table for <bilateral-growth dataset="vietnam-laos">', {
    timeout: 180_000,
  }, async () => {
    const { initial, embedded, modulesOf } = await appBundle();
    const modules: string[] = [...initial, ...embedded].flatMap(modulesOf);
    const forbidden = modules.filter(
      (module) =>
        /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?zod\//.test(module) ||
        // The core's embedded datasets and their documents, its table of every economy.
        /^\.\.\/core\/src\/(?:datasets|economy\/economies\.ts)/.test(module) ||
        /embedded-core|dist\/data\/vietnam-laos\.js/.test(module),
    );
    expect(forbidden).toEqual([]);
    expect(embedded.map((file: string) => basename(file).replace(/-[A-Z0-9]+\.js$/, ''))).toEqual([
      'vietnam-laos.series',
    ]);
    expect(modules).toContain('dist/data/vietnam-laos.series.js');
    expect(modules).toContain('../core/src/dataset/compact-dataset.ts');
  });
});
