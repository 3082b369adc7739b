import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { mapNames, terseChunks } from './terse-chunks.js';

const dir = mkdtempSync(join(tmpdir(), 'terse-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A module as rolldown might leave it: names terser folds or shortens, a licence comment. */
const MODULE =
  '/*! A licence. */\n' +
  'const doubled=function(value){const product=value*2;return product};' +
  'function twice(input){if(input===void 0){return 0}else{return doubled(input)}}' +
  'export{twice};\n//# sourceMappingURL=chunk.js.map';

describe('terseChunks', () => {
  it('minifies a module again, keeps what it does and its licence, and chains its map', async () => {
    const file = join(dir, 'chunk.js');
    writeFileSync(file, MODULE);
    // One segment per line: each line's first character from the source's line.
    writeFileSync(
      `${file}.map`,
      JSON.stringify({
        version: 3,
        sources: ['../src/chunk.ts'],
        names: [],
        mappings: 'AAAA;AACA',
      }),
    );
    const { before, after } = await terseChunks([file]);
    const code = readFileSync(file, 'utf8');
    expect(before).toBe(MODULE.length);
    expect(after).toBe(code.length);
    expect(after).toBeLessThan(before);
    expect(code).toContain('/*! A licence. */');
    expect(code).not.toContain('doubled');
    expect(code.endsWith('//# sourceMappingURL=chunk.map')).toBe(true);
    expect(existsSync(`${file}.map`)).toBe(false);
    const map = JSON.parse(readFileSync(join(dir, 'chunk.map'), 'utf8')) as {
      sources: string[];
      mappings: string;
    };
    expect(map.sources).toEqual(['../src/chunk.ts']);
    expect(map.mappings).not.toBe('');
    const { twice } = (await import(pathToFileURL(file).href)) as {
      twice: (input?: number) => number;
    };
    expect([twice(21), twice()]).toEqual([42, 0]);
  });

  it("names a hashed chunk's map for its place among them (base 36), another for its name", () => {
    const hashed = Array.from(
      { length: 40 },
      (_, i) => `d/c${String(i).padStart(2, '0')}-ab12cd.js`,
    );
    const names = mapNames(['d/bilateral-widgets.js', ...[...hashed].reverse(), 'chunk.js']);
    expect(names.get('d/c00-ab12cd.js')).toBe('0.map');
    expect(names.get('d/c35-ab12cd.js')).toBe('z.map');
    expect(names.get('d/c39-ab12cd.js')).toBe('13.map');
    expect(names.get('d/bilateral-widgets.js')).toBe('bilateral-widgets.map');
    expect(names.get('chunk.js')).toBe('chunk.map');
    expect(new Set(names.values()).size).toBe(42);
  });

  it('only mangles the names of the loader (the autoloader)', async () => {
    const file = join(dir, 'mangled.js');
    writeFileSync(file, MODULE.replace(/\n\/\/# sourceMappingURL=.*$/, ''));
    await terseChunks([], { loader: file });
    const code = readFileSync(file, 'utf8');
    // The if/else and the single-use binding stay (compressed, they fold into one expression).
    expect(code).toMatch(/if\(\w===void 0\)\{return 0\}else\{return \w\(\w\)\}/);
    expect(code).toMatch(/const \w=\w\*2;return \w\}/);
    expect(code).not.toContain('doubled');
    expect(code).toMatch(/export\{\w as twice\};$/);
  });

  it('rewrites a file without a map, and writes it no map', async () => {
    const file = join(dir, 'links.js');
    writeFileSync(file, 'import { twice as t } from "./chunk.js";\nexport { t as twice };\n');
    await terseChunks([file]);
    expect(readFileSync(file, 'utf8')).toBe(
      'import{twice as t}from"./chunk.js";export{t as twice};',
    );
    expect(existsSync(`${file}.map`)).toBe(false);
  });
});
