import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { chunkGroups, type FileImports, mergeChunks } from './merge-chunks.js';

/** A graph from `file: named imports | bare imports`. */
function graphOf(lines: Record<string, string>): Map<string, FileImports> {
  return new Map(
    Object.entries(lines).map(([file, imports]) => {
      const [named = '', bare = ''] = imports.split('|');
      const list = (text: string) => text.split(' ').filter(Boolean);
      return [file, { named: list(named), bare: list(bare) }];
    }),
  );
}

const ELEMENTS = { growth: 'g', balance: 'b', target: 't', gates: 'x' } as const;

describe('chunkGroups', () => {
  it('puts what every element uses in runtime, what series elements share in series, what the autoloader uses in loader', () => {
    const graph = graphOf({
      auto: 'lang | helpers',
      lang: '',
      helpers: '',
      g: 'lit chart growth-only',
      b: 'lit chart balance-only',
      t: 'lit gauge',
      x: 'lit crossings',
      lit: 'lang helpers',
      chart: 'series-core',
      'series-core': '',
      gauge: 'chart-with-gates',
      crossings: 'chart-with-gates',
      'chart-with-gates': '',
      'growth-only': '',
      'balance-only': '',
    });
    expect(Object.fromEntries(chunkGroups(graph, 'auto', ELEMENTS))).toEqual({
      lang: 'loader',
      // A bare import from the autoloader does not make a file the autoloader's.
      helpers: 'runtime',
      lit: 'runtime',
      chart: 'series',
      'series-core': 'series',
    });
  });

  it('leaves a file two series elements share with gates to the default splitting', () => {
    const graph = graphOf({ auto: '', g: 'shared', b: 'shared', t: '', x: 'shared', shared: '' });
    expect(chunkGroups(graph, 'auto', ELEMENTS).get('shared')).toBeUndefined();
  });
});

describe('mergeChunks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'merge-chunks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('regroups esbuild-style chunks in place, the autoloader importing only the loader', async () => {
    const chunks = join(dir, 'bilateral-widgets');
    mkdirSync(chunks);
    const write = (name: string, code: string) => writeFileSync(join(chunks, name), code);
    writeFileSync(
      join(dir, 'bilateral-widgets.js'),
      'import{a as l}from"./bilateral-widgets/chunk-LANG0001.js";' +
        'const c={g:()=>import("./bilateral-widgets/growth.define-AAAAAAA1.js"),' +
        'b:()=>import("./bilateral-widgets/balance.define-AAAAAAA2.js"),' +
        't:()=>import("./bilateral-widgets/target.define-AAAAAAA3.js"),' +
        'x:()=>import("./bilateral-widgets/gates.define-AAAAAAA4.js")};' +
        'globalThis.out=[];globalThis.done=Promise.all(Object.keys(c).filter(l).map(k=>c[k]()));',
    );
    write('chunk-LANG0001.js', 'function a(k){return k.length>0}export{a};');
    write('chunk-LIT00001.js', 'import{a}from"./chunk-LANG0001.js";const r=a;export{r};');
    write('chunk-CHART001.js', 'const s=n=>"chart "+n;export{s};');
    for (const [name, hash, chart] of [
      ['growth', 'AAAAAAA1', true],
      ['balance', 'AAAAAAA2', true],
      ['target', 'AAAAAAA3', true],
      ['gates', 'AAAAAAA4', false],
    ] as const) {
      write(
        `${name}.define-${hash}.js`,
        `import{r}from"./chunk-LIT00001.js";${chart ? 'import{s}from"./chunk-CHART001.js";' : ''}` +
          `globalThis.out.push(r("${name}")&&${chart ? `s("${name}")` : `"${name}"`});`,
      );
    }
    // Relative, as tsup gives it (`dist`).
    await mergeChunks(relative(process.cwd(), dir), false);
    const files = readdirSync(chunks).sort();
    expect(files.map((file) => file.replace(/-[a-z0-9]+\.js$/, ''))).toEqual([
      'balance.define',
      'gates.define',
      'growth.define',
      'loader',
      'runtime',
      'series',
      'target.define',
    ]);
    const autoloader = readFileSync(join(dir, 'bilateral-widgets.js'), 'utf8');
    const imported = [...autoloader.matchAll(/from\s*"\.\/bilateral-widgets\/([^"]+)"/g)].map(
      ([, file]) => file,
    );
    expect(imported).toEqual([files.find((file) => file.startsWith('loader-'))]);
    const gates = readFileSync(
      join(chunks, files.find((f) => f.startsWith('gates.')) ?? ''),
      'utf8',
    );
    expect(gates).not.toMatch(/series-/);
    // And the merged files still run: each element's chunk, with what it shares.
    const run = globalThis as { out?: string[]; done?: Promise<unknown> };
    await import(pathToFileURL(join(dir, 'bilateral-widgets.js')).href);
    await run.done;
    expect(run.out?.sort()).toEqual(['chart balance', 'chart growth', 'chart target', 'gates']);
  });
});
