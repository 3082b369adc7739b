import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type FormatOptions, minify } from 'terser';
import { afterAll, describe, expect, it } from 'vitest';
import { alignBindingNames, type MangledTree } from './aligned-binding-names.js';

const dir = mkdtempSync(join(tmpdir(), 'aligned-binding-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * `code` printed by terser after the pass (or without it), and how many bindings it aligned. Its
 * names are all reserved, so terser's mangler keeps them as written (and figures out the scopes).
 */
async function minified(code: string, aligned: boolean): Promise<[string, number]> {
  const { ast } = (await minify(code, {
    module: true,
    compress: false,
    mangle: { reserved: [...new Set(code.match(/[A-Za-z_$][\w$]*/g))] },
    format: { ast: true, code: false } as FormatOptions,
  })) as { ast: MangledTree };
  const count = aligned ? alignBindingNames(ast) : 0;
  const { code: out } = await minify(ast as unknown as string, {
    module: true,
    compress: false,
    mangle: false,
  });
  return [out as string, count];
}

/** Two modules as rolldown links chunks: short linked names, long local ones. */
const LIB =
  'const scale=3;function multiply(value){return value*scale}' +
  // An inner binding named like an export (`e`) in a function that reads `scale`: it takes
  // another name first.
  'function offset(value){const e=1;return value+e+scale}' +
  'let counter=0;function bump(){return++counter}' +
  // A binding named like an export and used as little: it takes the exported one's name.
  'function C(){return 7}function again(){return C()}' +
  'export{multiply as A,offset as B,bump as C,counter as D,scale as e,again as R};';
const APP =
  'import{A as times,B as plus,C as next,D as count,e as factor,R as seven}from"./lib.js";' +
  // A binding the module exports by its own name keeps it: `seven` keeps its `as`.
  'export function R(){return seven()}' +
  // An inner binding named like an import: that import keeps its `as`.
  'function both(e){return times(e)+plus(e)+factor}' +
  'function shadow(A){return[A,times(A)]}' +
  'export function run(){next();next();return[both(2),shadow(5),count,factor,R()]}';

describe('alignBindingNames', () => {
  it('drops the `as` of linked names where nothing would be captured, and keeps what runs', async () => {
    const [lib, libCount] = await minified(LIB, true);
    const [app] = await minified(APP, true);
    const [plainLib] = await minified(LIB, false);
    expect(plainLib).toContain(
      'export{multiply as A,offset as B,bump as C,counter as D,scale as e,again as R}',
    );
    expect(libCount).toBe(6);
    expect(lib).toContain('export{A,B,C,D,e,R}');
    expect(lib).toContain('function B(value){const t=1;return value+t+e}');
    expect(lib).toContain('function bump(){return 7}function R(){return bump()}');
    // `A` is a parameter of a function that calls `times`, `e` one of a function that reads
    // `factor`: they take other names first. `R` is declared with `export`: it keeps its name.
    expect(app).toContain('import{A,B,C,D,e,R as seven}from"./lib.js"');
    expect(app).toContain('function both(t){return A(t)+B(t)+e}function shadow(e){return[e,A(e)]}');
    writeFileSync(join(dir, 'lib.js'), lib);
    writeFileSync(join(dir, 'app.js'), app);
    const { run } = (await import(pathToFileURL(join(dir, 'app.js')).href)) as {
      run: () => unknown;
    };
    // both(2) = 6 + (2 + 1 + 3) + 3; shadow(5) = [5, 15]; the live binding `count` is 2.
    expect(run()).toEqual([15, [5, 15], 2, 3, 7]);
  });

  it('gives a top-level binding in the way a two-letter name when no one-letter name is free', async () => {
    // Every one-letter name but `L` and `t` is a top-level binding, and `use` declares `t`: the
    // function `L`, in the way of the import `t`, can take neither `t` nor another letter.
    const letters = [...'etisrnaolcdhufpmgbyvxkwjqzETISRNAOLCDHUFPMGBYVXKWJQZ_$'];
    const taken = letters.filter((letter) => letter !== 'L' && letter !== 't');
    const code =
      'import{L as t}from"./one.js";' +
      `const ${taken.map((letter, index) => `${letter}=${index}`).join(',')};` +
      'function L(){return 1}function use(t){return L()+t}' +
      `export function run(){return[use(t),${taken.join('+')}]}`;
    const [app, count] = await minified(code, true);
    expect(count).toBe(1);
    expect(app).toContain('import{L}from"./one.js"');
    expect(app).toContain('function ee(){return 1}function use(t){return ee()+t}');
    writeFileSync(join(dir, 'one.js'), 'export const L = 40;');
    writeFileSync(join(dir, 'letters.js'), app);
    const { run } = (await import(pathToFileURL(join(dir, 'letters.js')).href)) as {
      run: () => unknown;
    };
    expect(run()).toEqual([41, (taken.length * (taken.length - 1)) / 2]);
  });

  it('leaves a module without links as terser wrote it', async () => {
    const code = 'let total=0;for(const v of [1,2])total+=v;console.log(total);';
    const [aligned, count] = await minified(code, true);
    expect(count).toBe(0);
    expect(aligned).toBe((await minified(code, false))[0]);
  });
});
