import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { terseChunks } from './terse-chunks.js';
import { writtenFiles } from './written-files.js';

const dir = mkdtempSync(join(tmpdir(), 'link-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the files (name → code) into a folder of their own; returns their paths. */
const written = (folder: string, files: Record<string, string>) => writtenFiles(dir, folder, files);

/** What a chunk's import and export lists spell `x as Y`. */
const renames = (code: string) =>
  (code.match(/(?:import|export)\{[^}]*\}/g) ?? []).flatMap(
    (list) => list.match(/[\w$]+ as [\w$]+/g) ?? [],
  );

describe('chooseLinkNames (through terseChunks)', () => {
  it('names the links so that no file meets one name twice, and keeps what runs', async () => {
    // As rolldown names chunks: runtime and series both export `A` and `B`; series imports
    // runtime's; app imports from both; the autoloader runs them and reads nothing.
    const paths = written('a', {
      'runtime.js': 'function one(){return 1}function two(){return 2}export{one as A,two as B};',
      'series.js':
        'import{A as first,B as second}from"./runtime.js";' +
        'function sum(){return first()+second()+first()}function ten(){return 10}' +
        'export{sum as A,ten as B};',
      'app.js':
        'import{A as one,B as two}from"./runtime.js";import{A as sum,B as ten}from"./series.js";' +
        'export function run(){return[one(),two(),sum(),ten(),one()+sum()]}',
      'loader.js': 'Promise.all([import("./runtime.js"),import("./series.js")]);',
    });
    const { 'loader.js': loader, ...chunks } = paths;
    await terseChunks(Object.values(chunks), { loader: loader as string });
    const series = readFileSync(chunks['series.js'] as string, 'utf8');
    const app = readFileSync(chunks['app.js'] as string, 'utf8');
    // Before, each of them kept two or four (`import{A as t,B as n}` beside `export{A,B}`).
    expect(renames(series)).toEqual([]);
    expect(renames(app)).toEqual([]);
    expect(readFileSync(chunks['runtime.js'] as string, 'utf8')).toMatch(/export\{A,B\};$/);
    const { run } = (await import(pathToFileURL(chunks['app.js'] as string).href)) as {
      run: () => number[];
    };
    expect(run()).toEqual([1, 2, 4, 10, 5]);
  });

  it("keeps the names of a chunk another chunk imports with import(), and a source's names", async () => {
    const paths = written('b', {
      'lazy.js': 'function once(){return 3}export{once as A};',
      'runtime.js': 'function twice(){return 4}export{twice as A,twice as double};',
      'app.js':
        'import{A as twice,double}from"./runtime.js";import{A as once}from"./lazy.js";' +
        'export async function run(){const lazy=await import("./lazy.js");' +
        'return[once(),lazy.A(),twice(),double(),twice()+twice()]}',
    });
    await terseChunks(Object.values(paths));
    // The lazy chunk's `A` is read by name: runtime's moves, `double` was named by the sources.
    expect(readFileSync(paths['lazy.js'] as string, 'utf8')).toContain('export{A}');
    const runtime = readFileSync(paths['runtime.js'] as string, 'utf8');
    expect(runtime).toMatch(/export\{\w as B,\w as double\}|export\{B,\w as double\}/);
    const { run } = (await import(pathToFileURL(paths['app.js'] as string).href)) as {
      run: () => Promise<number[]>;
    };
    expect(await run()).toEqual([3, 3, 4, 4, 8]);
  });

  it.each([
    ['imported as a namespace', 'import*as S from"./series.js";', 'S.A()'],
    ['re-exported whole', 'import{A as S}from"./star.js";', 'S()'],
  ])('keeps the names of a chunk %s', async (_, imported, call) => {
    // series's `A` meets runtime's in app: were series's links free to move, its `A` would go to
    // `B` (as in the first test), and what app reads through the namespace or star.js would be
    // undefined.
    const star = imported.includes('star');
    const paths = written(star ? 'e' : 'd', {
      'runtime.js': 'function one(){return 1}export{one as A};',
      'series.js':
        'import{A as first}from"./runtime.js";function sum(){return first()+first()}export{sum as A};',
      ...(star ? { 'star.js': 'export*from"./series.js";' } : {}),
      'app.js':
        `import{A as one}from"./runtime.js";import{A as two}from"./series.js";${imported}` +
        `export function run(){return[one(),two(),${call}]}`,
    });
    await terseChunks(Object.values(paths));
    const { run } = (await import(pathToFileURL(paths['app.js'] as string).href)) as {
      run: () => number[];
    };
    expect(run()).toEqual([1, 2, 2]);
  });

  it('changes no link when a chunk imports a file it does not name', async () => {
    const paths = written('c', {
      'runtime.js': 'function one(){return 1}export{one as A};',
      'series.js':
        'import{A as one}from"./runtime.js";function two(){return one()+1}export{two as A};' +
        'export const load=(name)=>import(name);',
    });
    await terseChunks(Object.values(paths));
    // Both chunks' `A` stay `A` (with a literal file, series's would move to `B`).
    const series = readFileSync(paths['series.js'] as string, 'utf8');
    expect(series).toMatch(/^import\{A\}from/);
    expect(series).toMatch(/export\{\w as A\}/);
  });
});
