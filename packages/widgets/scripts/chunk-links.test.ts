import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks } from './chunk-links.js';
import { buildScriptTag } from './script-tag-build.js';

const dir = mkdtempSync(join(tmpdir(), 'chunk-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the files (name → code) into a folder of their own; returns their paths. */
const written = (folder: string, files: Record<string, string>) => {
  mkdirSync(join(dir, folder));
  return Object.entries(files).map(([name, code]) => {
    writeFileSync(join(dir, folder, name), code);
    return join(dir, folder, name);
  });
};

describe('brokenLinks', () => {
  it('names each import, re-export and property of an import() that the file named lacks', async () => {
    const files = written('a', {
      'x.js': 'function f(){return 1}export{f as A};export const long=2;export*from"./y.js";',
      'y.js': 'export function fromY(){}',
      'b.js':
        'import{A,B as b,fromY}from"./x.js";import{A as c}from"./gone.js";export{long,C}from"./x.js";' +
        'let n;import("./x.js").then(e=>{n=e});export function g(){return n===void 0?0:n.D+n.long}' +
        'import("./x.js").then(({A:a,E:e})=>a+e);import("./x.js").then(e=>e.F);' +
        'export async function h(){return(await import("./y.js")).G}' +
        'Promise.all([import("./y.js"),1,import("./x.js")]).then(([y,,{H:x}])=>y.I+x);',
    });
    expect(await brokenLinks(files)).toEqual([
      'b.js: import B from x.js, which does not export it',
      'b.js: import of gone.js, which is not there',
      'b.js: export from C from x.js, which does not export it',
      'b.js: import() D from x.js, which does not export it',
      'b.js: import() E from x.js, which does not export it',
      'b.js: import() F from x.js, which does not export it',
      'b.js: import() G from y.js, which does not export it',
      'b.js: import() I from y.js, which does not export it',
      'b.js: import() H from x.js, which does not export it',
    ]);
  });

  it("says what it cannot follow: a namespace passed on, returned or read by a computed name, of a chunk with short export names, but for the loader's", async () => {
    const files = written('b', {
      'x.js': 'export const A=1;',
      'y.js': 'export const long=1;',
      'b.js':
        'import("./x.js").then(e=>console.log(e));import("./x.js").then(e=>e["A"]);' +
        'const name="x";import("./"+name+".js");export const load=()=>import("./x.js");' +
        'import("./y.js").then(e=>console.log(e));',
      'loader.js': 'export const load=()=>Promise.all([import("./x.js")]);',
    });
    expect(await brokenLinks(files, files[3])).toEqual([
      'b.js: an import() of no literal file',
      'b.js: import("x.js") read where this check cannot follow (a use (Call)), and it exports A',
      'b.js: import("x.js") read where this check cannot follow (a use (Sub)), and it exports A',
      'b.js: import("x.js") read where this check cannot follow (it in a Return), and it exports A',
    ]);
  });

  it('finds none in the script-tag bundle as pnpm build writes it', async () => {
    // Its chunks' import bindings are renamed after bundling (aligned-binding-names.ts): each
    // static import, re-export and property read of a lazily imported chunk (tables, tooltip,
    // target calculations, the data reader, messages-vi/lo/zh, province names) must still name
    // an export of the file it names.
    const out = join(dir, 'build');
    await buildScriptTag(out);
    const chunks = join(out, 'bilateral-widgets');
    const files = [
      join(out, 'bilateral-widgets.js'),
      ...readdirSync(chunks)
        .filter((file) => file.endsWith('.js'))
        .map((file) => join(chunks, file)),
    ];
    expect(files.length).toBeGreaterThan(20);
    expect(await brokenLinks(files, files[0])).toEqual([]);
  }, 240_000);
});
