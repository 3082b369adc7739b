import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { directCoreImports } from './direct-core-imports.js';

describe('directCoreImports', () => {
  it('imports each value from the core module that defines it, on the lines it had', () => {
    const code = [
      'import {',
      '  crossingClassOn,',
      '  type Dataset,',
      '  growthRate as rate,',
      '  summarizeCrossings,',
      "} from '@bilateral/core';",
      "import type { Locale } from '@bilateral/core/calc';",
      'export const used = [crossingClassOn, rate, summarizeCrossings];',
    ].join('\n');
    const out = directCoreImports(code);
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
    const [first, ...rest] = out.split('\n');
    expect(first).toMatch(
      /^import \{ crossingClassOn as crossingClassOn \} from ".*\/core\/src\/infrastructure\/crossing-class-on\.ts"; import \{ growthRate as rate \} from ".*\/core\/src\/growth\/growth-rate\.ts"; import \{ summarizeCrossings as summarizeCrossings \} from ".*\/core\/src\/infrastructure\/summarize-crossings\.ts";$/,
    );
    expect(rest.slice(-2)).toEqual([
      "import type { Locale } from '@bilateral/core/calc';",
      'export const used = [crossingClassOn, rate, summarizeCrossings];',
    ]);
  });

  it('follows `export *` (the indicators) and leaves code without a core import alone', () => {
    expect(directCoreImports("import { shares } from '@bilateral/core/calc';")).toMatch(
      /from ".*\/core\/src\/indicators\/[a-z-/]+\.ts";$/,
    );
    expect(directCoreImports("import { growthRate } from '@bilateral/core/calc';")).toMatch(
      /from ".*\/core\/src\/growth\/growth-rate\.ts";$/,
    );
    const plain = "import { html } from 'lit';\n";
    expect(directCoreImports(plain)).toBe(plain);
  });

  it('imports relative to the module, so that the code esbuild reads holds no folder of the build machine', () => {
    // esbuild hashes that code (its source maps' `sourcesContent`): an absolute path there gave
    // other chunk hashes, module order and export names in another checkout folder.
    const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'i18n', 'locale.ts');
    expect(directCoreImports("import { isLocale } from '@bilateral/core/calc';\n", file)).toBe(
      'import { isLocale as isLocale } from "../../../core/src/economy/locale.ts";\n',
    );
  });
});
