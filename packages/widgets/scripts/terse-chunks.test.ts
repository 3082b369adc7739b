import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { mapNames, terseChunks } from './terse-chunks.js';

const dir = mkdtempSync(join(tmpdir(), 'terse-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Writes a release's chunks into `dir/<release>/`, each named as rolldown names it,
 * `<name>-<hash>.js` with the hash of its code (its imports name the hashed files they import,
 * so an importer of a changed chunk changes too); `code` gets the names of the chunks before it.
 */
const release = (
  name: string,
  chunks: readonly [string, (files: Record<string, string>) => string][],
) => {
  const folder = join(dir, name);
  mkdirSync(folder);
  const files: Record<string, string> = {};
  for (const [chunk, code] of chunks) {
    const text = code(files);
    files[chunk] = `${chunk}-${createHash('sha256').update(text).digest('hex').slice(0, 6)}.js`;
    writeFileSync(join(folder, files[chunk]), text);
  }
  return { folder, paths: Object.values(files).map((file) => join(folder, file)) };
};

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
        sourcesContent: ['export const twice = (input?: number) => (input ? input * 2 : 0);\n'],
        names: [],
        mappings: 'AAAA;AACA',
      }),
    );
    const { before, after, maps } = await terseChunks([file]);
    const code = readFileSync(file, 'utf8');
    expect(before).toBe(MODULE.length);
    expect(after).toBe(code.length);
    expect(after).toBeLessThan(before);
    expect(code).toContain('/*! A licence. */');
    expect(code).not.toContain('doubled');
    // No comment names the map (servers send a `SourceMap` header); the map is beside the file.
    expect(code).not.toContain('sourceMappingURL');
    expect(code).toMatch(/export\{\w as twice\};$/);
    expect(maps).toEqual(new Map([[file, join(dir, 'chunk.map')]]));
    expect(existsSync(`${file}.map`)).toBe(false);
    const map = JSON.parse(readFileSync(join(dir, 'chunk.map'), 'utf8')) as {
      sources: string[];
      sourcesContent: string[];
      mappings: string;
    };
    expect(map.sources).toEqual(['../src/chunk.ts']);
    // The source's text goes on with it (terser, given a tree, writes none).
    expect(map.sourcesContent).toEqual([
      'export const twice = (input?: number) => (input ? input * 2 : 0);\n',
    ]);
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

  it('folds again what a shadowed import name kept terser from folding before the names changed', async () => {
    // As rolldown writes growth's chunk: `periodsOf` (the core's `defaultMeasure`) uses the error
    // class imported as `m`, and its one caller has a local `m`, so terser cannot inline it there;
    // once the import is named `X` (mangled, then aligned) it can, and the check that its argument
    // is a function, given an arrow, goes.
    const file = join(dir, 'shadowed.js');
    writeFileSync(
      file,
      'import{X as m}from"./runtime.js";' +
        'function periodsOf(e){if(typeof e!=`function`)throw new m(`give a function`);return e(1)}' +
        'export function first(o){let m=o.x;return periodsOf(e=>e+m)}',
    );
    writeFileSync(join(dir, 'runtime.js'), 'export class X extends Error {}');
    await terseChunks([file]);
    const code = readFileSync(file, 'utf8');
    expect(code).not.toContain('give a function');
    expect(code).toMatch(/^import\{X\}from"\.\/runtime\.js";export function first\(/);
    const { first } = await import(pathToFileURL(file).href);
    expect(first({ x: 2 })).toBe(3);
  });

  it('writes a few characters beyond ASCII as escapes where that gzips smaller, not a language', async () => {
    // A chunk of code with one en dash: gzip codes the dash's three UTF-8 bytes apart from the
    // ASCII the rest is made of, and `\u2013` from letters it has codes for. A chunk of Lao words
    // is smaller as it is. Tagged templates (`html`, `css`, `String.raw`) keep their raw text.
    const code = Array.from(
      { length: 60 },
      (_, i) =>
        `export function f${i}(a,b){return a${i % 7}+b*${i}+"${'abcdefghijklmnopqrstuvwxyz'.slice(i % 20, (i % 20) + 6)}"}`,
    ).join(';');
    const dashed = join(dir, 'dashed.js');
    writeFileSync(
      dashed,
      `${code};export const range=(a,b)=>a+"–"+b;export const marks=["’","…","→","≈","·"];export const raw=String.raw\`–\`;`,
    );
    const lao = join(dir, 'lao.js');
    const words = ['ການຄ້າ', 'ຫວຽດນາມ', 'ລາວ', 'ການສົ່ງອອກ', 'ການນຳເຂົ້າ', 'ມູນຄ່າການຄ້າ', 'ຫຼາຍກວ່າ'];
    writeFileSync(lao, `export const lo=${JSON.stringify(words)};`);
    await terseChunks([dashed, lao]);
    const escaped = readFileSync(dashed, 'utf8');
    expect(escaped).toMatch(/=>\w\+"\\u2013"\+\w;/);
    expect(escaped).toContain('String.raw`–`');
    const { range, raw } = await import(pathToFileURL(dashed).href);
    expect([range(1, 2), raw]).toEqual(['1–2', '–']);
    expect(readFileSync(lao, 'utf8')).toBe(`export const lo=${JSON.stringify(words)};`);
  });

  it("keeps a chunk as written where escaping would break a regular expression's group name", async () => {
    // Terser escapes a group name beyond ASCII as `\xf1`, which no engine parses: `(?<\xf1o>…)`.
    const code = Array.from(
      { length: 60 },
      (_, i) =>
        `export function f${i}(a,b){return a${i % 7}+b*${i}+"${'abcdefghijklmnopqrstuvwxyz'.slice(i % 20, (i % 20) + 6)}"}`,
    ).join(';');
    const file = join(dir, 'group-name.js');
    writeFileSync(
      file,
      `${code};export const range=(a,b)=>a+"–"+b;export const year=t=>/(?<año>\\d{4})/.exec(t).groups.año;`,
    );
    await terseChunks([file]);
    const { range, year } = await import(pathToFileURL(file).href);
    expect([range(1, 2), year('in 2024')]).toEqual(['1–2', '2024']);
  });

  it('gathers function declarations at the top of their scope where that gzips smaller', async () => {
    // Declarations between other statements, as rolldown concatenates modules: hoisted, the
    // functions stand together (gzip finds their likeness) and the constants between them join
    // into one declaration. Exported declarations stay where they are.
    const code = Array.from(
      { length: 12 },
      (_, i) =>
        `const v${i}=[${i},"${'klmnopqrstuvwxyzabcdefghij'.slice(i, i + 9)}",${i * 37}];` +
        `function f${i}(a,b){return a.total+b.total*${i + 2}}`,
    ).join('');
    const file = join(dir, 'hoisted.js');
    writeFileSync(
      file,
      `${code}export{${Array.from({ length: 12 }, (_, i) => `v${i},f${i}`).join(',')}};`,
    );
    await terseChunks([file]);
    const hoisted = readFileSync(file, 'utf8');
    expect(hoisted).toMatch(
      /^(function \w+\(\w,\w\)\{return \w\.total\+\d+\*\w\.total\}){12}const /,
    );
    expect(hoisted.match(/const /g)).toHaveLength(1);
    const module = await import(pathToFileURL(file).href);
    expect([module.v11, module.f11({ total: 1 }, { total: 2 })]).toEqual([
      [11, 'vwxyzabcd', 407],
      27,
    ]);
  });

  it('with compress: false, only mangles names (as it does the autoloader)', async () => {
    const file = join(dir, 'mangled.js');
    writeFileSync(file, MODULE.replace(/\n\/\/# sourceMappingURL=.*$/, ''));
    await terseChunks([file], { compress: false });
    const code = readFileSync(file, 'utf8');
    // The if/else and the single-use binding stay (compressed, they fold into one expression).
    expect(code).toMatch(/if\(\w===void 0\)\{return 0\}else\{return \w\(\w\)\}/);
    expect(code).toMatch(/const \w=\w\*2;return \w\}/);
    expect(code).not.toContain('doubled');
    expect(code).toMatch(/export\{\w as twice\};$/);
  });

  it('gives a chunk whose code did not change the same bytes when another chunk changes', async () => {
    // A self-hoster may serve the hashed chunks as immutable: a chunk rolldown gave the same name
    // (the same code) must be written the same, or a page's new chunks may import from the cached
    // old one a name it does not export. Here only series changes (it exports a second
    // function, which app uses); runtime, which app and series import from, is the same.
    const runtime = () =>
      'function one(){return 1}function two(){return 2}export{one as A,two as B};';
    const series = (extra: boolean) => (files: Record<string, string>) =>
      `import{A as first}from"./${files.runtime}";function sum(){return first()+first()}` +
      (extra ? 'function ten(){return 10}export{sum as A,ten as B};' : 'export{sum as A};');
    const app = (extra: boolean) => (files: Record<string, string>) =>
      `import{A as one,B as two}from"./${files.runtime}";` +
      `import{A as sum${extra ? ',B as ten' : ''}}from"./${files.series}";` +
      `export function run(){return[one(),two(),sum()${extra ? ',ten(),ten()+ten()' : ''}]}`;
    const loader = (files: Record<string, string>) => `import("./${files.runtime}");`;
    const releases = [false, true].map((extra) =>
      release(extra ? 'second' : 'first', [
        ['runtime', runtime],
        ['series', series(extra)],
        ['app', app(extra)],
        ['loader', loader],
      ]),
    );
    for (const { paths } of releases) {
      // As merge-chunks minifies them: the chunks, then the loader (written last), only mangled.
      await terseChunks(paths.slice(0, -1));
      await terseChunks(paths.slice(-1), { compress: false });
    }
    const [first, second] = releases.map(({ folder }) => folder) as [string, string];
    const same = readdirSync(first).filter((file) => readdirSync(second).includes(file));
    // runtime and the loader kept their names; series and app did not.
    expect(same.map((file) => file.replace(/-\w+\.js$/, '')).sort()).toEqual(['loader', 'runtime']);
    for (const file of same) {
      expect(readFileSync(join(second, file), 'utf8'), file).toBe(
        readFileSync(join(first, file), 'utf8'),
      );
    }
  });

  it('rewrites a file without a map, and writes it no map', async () => {
    const file = join(dir, 'links.js');
    writeFileSync(file, 'import { twice as t } from "./chunk.js";\nexport { t as twice };\n');
    const { maps } = await terseChunks([file]);
    expect(readFileSync(file, 'utf8')).toBe(
      'import{twice as t}from"./chunk.js";export{t as twice};',
    );
    expect(maps.size).toBe(0);
    expect(existsSync(`${file}.map`)).toBe(false);
  });
});
