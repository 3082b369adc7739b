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
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type ChunkLinks,
  chunkGroups,
  type FileImports,
  importsAlongside,
  mergeChunks,
  redundantBareImports,
  runsNothing,
  SOURCE_MAPS,
  stubTarget,
} from './merge-chunks.js';

/** A graph from `file: named imports | bare imports | on-demand imports`. */
function graphOf(lines: Record<string, string>): Map<string, FileImports> {
  return new Map(
    Object.entries(lines).map(([file, imports]) => {
      const [named = '', bare = '', dynamic = ''] = imports.split('|');
      const list = (text: string) => text.split(' ').filter(Boolean);
      return [file, { named: list(named), bare: list(bare), dynamic: list(dynamic) }];
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

  it('puts the files only balance and target share in pair, not series: a growth page does not load them', () => {
    const graph = graphOf({
      auto: '',
      g: '',
      b: 'shared also',
      t: 'shared also',
      x: '',
      shared: '',
      also: '',
    });
    expect(Object.fromEntries(chunkGroups(graph, 'auto', ELEMENTS))).toEqual({
      shared: 'pair',
      also: 'pair',
    });
  });

  it('leaves a file balance or target shares with growth or gates out of pair', () => {
    const graph = graphOf({
      auto: '',
      g: 'shared',
      b: 'shared',
      t: 'shared',
      x: 'shared',
      shared: '',
    });
    expect(chunkGroups(graph, 'auto', ELEMENTS).get('shared')).toBe('runtime');
    const withGates = graphOf({
      auto: '',
      g: '',
      b: 'shared',
      t: 'shared',
      x: 'shared',
      shared: '',
    });
    expect(chunkGroups(withGates, 'auto', ELEMENTS).get('shared')).toBeUndefined();
  });

  it('puts in series a file only growth uses when the dashboard or an on-demand chunk imports it too', () => {
    const graph = graphOf({
      auto: '',
      g: 'measure own',
      b: '',
      t: '',
      x: '',
      dashboard: 'g measure',
      validator: 'measure',
      measure: '',
      own: '',
    });
    // `own` only growth imports: it stays in the growth chunk, as does growth's own file.
    expect(Object.fromEntries(chunkGroups(graph, 'auto', ELEMENTS))).toEqual({
      measure: 'series',
    });
  });

  it('puts in pair a file only balance uses when an on-demand chunk that does not load balance imports it too', () => {
    const graph = graphOf({
      auto: '',
      b: 'digits own text lit||table',
      t: 'lit',
      x: 'lit',
      g: 'lit',
      lit: '||validator',
      dashboard: 'b g t x own',
      table: 'text',
      validator: 'digits',
      digits: '',
      own: '',
      text: '',
    });
    // `own` the dashboard imports too, `text` the balance's table, loaded on demand by the
    // balance chunk: both load after it, and stay in it. The validator every element may load.
    expect(Object.fromEntries(chunkGroups(graph, 'auto', ELEMENTS))).toEqual({
      lit: 'runtime',
      digits: 'pair',
    });
  });

  it('leaves a file two series elements share with gates to the default splitting', () => {
    const graph = graphOf({ auto: '', g: 'shared', b: 'shared', t: '', x: 'shared', shared: '' });
    expect(chunkGroups(graph, 'auto', ELEMENTS).get('shared')).toBeUndefined();
  });
});

describe('stubTarget', () => {
  const graph = graphOf({
    stub: 'chunk | lit chart',
    chunk: 'lit chart',
    lit: '',
    chart: '',
    other: '',
    'stub-other': 'chunk | other',
  });

  it('finds the one chunk a file of links only re-exports', () => {
    const code = 'import{a}from"./chunk.js";import"./lit.js";import"./chart.js";export{a as X};';
    expect(stubTarget(graph, 'stub', `${code}\n//# sourceMappingURL=stub.js.map`)).toBe('chunk');
  });

  it('finds none when the file runs code or imports a chunk that chunk does not', () => {
    expect(stubTarget(graph, 'stub', 'import{a}from"./chunk.js";a();export{a as X};')).toBe(
      undefined,
    );
    expect(stubTarget(graph, 'stub-other', 'import{a}from"./chunk.js";import"./other.js";')).toBe(
      undefined,
    );
  });
});

describe('runsNothing', () => {
  it('holds for a chunk of declarations: named imports, functions, literal and function bindings', () => {
    expect(
      runsNothing(
        'import{a}from"./x.js";function f(){return a()}const b=1,c=()=>2,d=`x`,r=/y/;let e;' +
          'export{f,b as B};\n//# sourceMappingURL=chunk-X.js.map',
      ),
    ).toBe(true);
  });

  it('holds for a file without code (esbuild writes one for a module left with none)', () => {
    expect(runsNothing('\n//# sourceMappingURL=chunk-X.js.map')).toBe(true);
  });

  it('fails for a chunk that runs anything when evaluated, or imports a chunk bare', () => {
    for (const code of [
      'import"./x.js";function f(){}export{f};',
      'function f(){}f();export{f};',
      'const s=new Set;export{s};',
      'const o={a:1};export{o};',
      'class A{static b=f()}export{A};',
      'export*from"./x.js";',
      'customElements.define("x-y",class extends HTMLElement{});',
    ]) {
      expect(runsNothing(code), code).toBe(false);
    }
  });
});

describe('redundantBareImports', () => {
  const chunk = (fileName: string, imports: string[] = []): ChunkLinks => ({
    name: fileName.replace(/^c\/|\.js$/g, ''),
    fileName,
    imports,
    dynamicImports: [],
  });
  const chunks = Object.fromEntries(
    [
      chunk('c/dashboard.js', ['c/balance.js', 'c/target.js', 'c/series.js', 'c/calc.js']),
      chunk('c/balance.js', ['c/series.js', 'c/runtime.js']),
      chunk('c/target.js', ['c/calc.js', 'c/runtime.js']),
      chunk('c/calc.js', ['c/runtime.js']),
      chunk('c/series.js', ['c/runtime.js']),
      chunk('c/runtime.js'),
    ].map((links) => [links.fileName, links]),
  );
  const shared = new Set(['series', 'runtime']);
  /** The code without the cut imports. */
  const cut = (code: string) =>
    redundantBareImports(code, 'c/dashboard.js', chunks, shared)
      .reverse()
      .reduce((text, [start, end]) => text.slice(0, start) + text.slice(end), code);

  it('cuts a bare import of a shared chunk an import before it reaches (the dashboard: ~30 B gz)', () => {
    expect(
      cut('import{a}from"./balance.js";import"./series.js";import{r}from"./runtime.js";a(r);'),
    ).toBe('import{a}from"./balance.js";import{r}from"./runtime.js";a(r);');
  });
  it('keeps one no import before it reaches: its code would run later', () => {
    const code = 'import"./series.js";import{a}from"./balance.js";a();';
    expect(cut(code)).toBe(code);
  });
  it('keeps one of a chunk the autoloader does not request alongside: it would be requested later', () => {
    const code = 'import{t}from"./target.js";import"./calc.js";t();';
    expect(cut(code)).toBe(code);
  });
  it('keeps named imports of reached shared chunks', () => {
    const code = 'import{a}from"./balance.js";import{s}from"./series.js";a(s);';
    expect(cut(code)).toBe(code);
  });
});

describe('importsAlongside', () => {
  /** Chunks from `file: static imports | dynamic imports`, each named after its file. */
  const chunksOf = (lines: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(lines).map(([fileName, links]): [string, ChunkLinks] => {
        const [imports = '', dynamicImports = ''] = links.split('|');
        const list = (text: string) => text.split(' ').filter(Boolean);
        const name = fileName.replace(/^c\/|\.js$/g, '');
        return [
          fileName,
          { name, fileName, imports: list(imports), dynamicImports: list(dynamicImports) },
        ];
      }),
    );
  const chunks = chunksOf({
    'entry.js': 'c/loader.js | c/a.js c/b.js c/lone.js c/only.js',
    'c/loader.js': '',
    'c/a.js': 'c/small.js',
    'c/small.js': 'c/series.js',
    'c/b.js': 'c/runtime.js',
    'c/series.js': 'c/runtime.js c/loader.js',
    'c/runtime.js': 'c/loader.js',
    'c/lone.js': 'c/loader.js c/leaf.js',
    'c/leaf.js': '',
    'c/only.js': 'c/loader.js',
  });
  /** The code with the insertions made. */
  const edited = (code: string) =>
    importsAlongside(code, 'entry.js', chunks)
      .reverse()
      .reduce((text, [index, insert]) => text.slice(0, index) + insert + text.slice(index), code);

  it("imports each on-demand chunk's chunks beside it, all the way down, once each, in order of file name", () => {
    // The small ones too (a.js's small.js, lone.js's leaf.js): each was a round of requests later.
    expect(
      edited('x={a:()=>import("./c/a.js"),b:()=>import(`./c/b.js`),l:()=>import("./c/lone.js")}'),
    ).toBe(
      'x={a:()=>Promise.all([import("./c/a.js"),import("./c/runtime.js"),import("./c/series.js"),import("./c/small.js")]),' +
        'b:()=>Promise.all([import(`./c/b.js`),import("./c/runtime.js")]),' +
        'l:()=>Promise.all([import("./c/lone.js"),import("./c/leaf.js")])}',
    );
  });
  it.each([
    ['its value read', 'x=import("./c/a.js").then((m)=>m.y)'],
    ['awaited for its value', 'x=async()=>(await import("./c/a.js")).y'],
    ['an arrow whose body goes on', 'x=()=>import("./c/a.js").then((m)=>m.y)'],
    [
      'an arrow whose body goes on a line below',
      'x = () => import("./c/a.js")\n          .then((m) => m.y)',
    ],
  ])('refuses an import of such a chunk that is not a loader’s whole body: %s', (_name, code) => {
    // Promise.all would give an array where the code reads the module (review h105, F10).
    expect(() => edited(code)).toThrow(/is not the whole body of a loader/);
  });
  it('leaves alone a chunk that imports no chunk the entry has not loaded, and other files', () => {
    const code = 'x=()=>import("./c/only.js");y=()=>import("./c/ab.js");z=import("./c/a.jsx")';
    expect(edited(code)).toBe(code);
  });
});

/**
 * esbuild-style output in `dir`: the autoloader, a chunk shared by all, one shared by the series
 * elements and each element's chunk; with `maps`, each file has a source map to a source in
 * `src` (as esbuild's point at the package's `src`), with its text.
 */
function writeBundle(dir: string, maps: boolean, src = join(dir, 'src')): void {
  const chunks = join(dir, 'bilateral-widgets');
  mkdirSync(chunks, { recursive: true });
  mkdirSync(src, { recursive: true });
  const write = (path: string, code: string) => {
    writeFileSync(path, code);
    if (!maps) return;
    const source = relative(dirname(path), join(src, `${basename(path, '.js')}.ts`));
    writeFileSync(join(src, `${basename(path, '.js')}.ts`), code);
    // One segment: the file's first character from the source's first.
    writeFileSync(
      `${path}.map`,
      JSON.stringify({
        version: 3,
        sources: [source],
        sourcesContent: [code],
        names: [],
        mappings: 'AAAA',
      }),
    );
  };
  write(
    join(dir, 'bilateral-widgets.js'),
    'import{a as l}from"./bilateral-widgets/chunk-LANG0001.js";' +
      'const c={g:()=>import("./bilateral-widgets/growth.define-AAAAAAA1.js"),' +
      'b:()=>import("./bilateral-widgets/balance.define-AAAAAAA2.js"),' +
      't:()=>import("./bilateral-widgets/target.define-AAAAAAA3.js"),' +
      'x:()=>import("./bilateral-widgets/gates.define-AAAAAAA4.js"),' +
      'd:()=>import("./bilateral-widgets/dashboard.define-AAAAAAA5.js")};' +
      'globalThis.out=[];globalThis.done=Promise.all(Object.keys(c).filter(l).map(k=>c[k]()));',
  );
  const chunk = (name: string, code: string) => write(join(chunks, name), code);
  chunk('chunk-LANG0001.js', 'function a(k){return k.length>0}export{a};');
  chunk(
    'chunk-LIT00001.js',
    'import{a}from"./chunk-LANG0001.js";/*! A licence. */const r=a;' +
      'globalThis.seen=/* @__PURE__ */ new Set;export{r};',
  );
  chunk('chunk-CHART001.js', 'const s=n=>"chart "+n;export{s};');
  // What balance and target share and growth and gates do not: the pair chunk.
  chunk('chunk-PAIR0001.js', 'const p=n=>n;export{p};');
  // A chunk without code (esbuild's, for a folder's index that only re-exports), imported bare.
  chunk('chunk-EMPTY001.js', '//# sourceMappingURL=chunk-EMPTY001.js.map');
  // Growth's entry is a stub, as esbuild writes it for an element the dashboard also imports.
  chunk(
    'dashboard.define-AAAAAAA5.js',
    'import{g}from"./chunk-GROWTH01.js";import"./chunk-EMPTY001.js";import"./chunk-LIT00001.js";' +
      'globalThis.out.push("dashboard with "+g);',
  );
  chunk(
    'growth.define-AAAAAAA1.js',
    'import{g}from"./chunk-GROWTH01.js";import"./chunk-LIT00001.js";import"./chunk-CHART001.js";' +
      'import"./chunk-EMPTY001.js";export{g as BilateralGrowth};',
  );
  chunk(
    'chunk-GROWTH01.js',
    'import{r}from"./chunk-LIT00001.js";import{s}from"./chunk-CHART001.js";' +
      'const g=r("growth")&&s("growth");globalThis.out.push(g);export{g};',
  );
  for (const [name, hash, chart] of [
    ['balance', 'AAAAAAA2', true],
    ['target', 'AAAAAAA3', true],
    ['gates', 'AAAAAAA4', false],
  ] as const) {
    chunk(
      `${name}.define-${hash}.js`,
      `import{r}from"./chunk-LIT00001.js";${chart ? 'import{s}from"./chunk-CHART001.js";import{p}from"./chunk-PAIR0001.js";' : ''}` +
        `globalThis.out.push(r("${name}")&&${chart ? `s(p("${name}"))` : `"${name}"`});`,
    );
  }
}

describe('mergeChunks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'merge-chunks-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('regroups esbuild-style chunks in place, the autoloader importing only the loader', async () => {
    const chunks = join(dir, 'bilateral-widgets');
    writeBundle(dir, false);
    // Relative, as tsup gives it (`dist`).
    await mergeChunks(relative(process.cwd(), dir), false);
    // Without maps, no list of them.
    expect(existsSync(join(dir, SOURCE_MAPS))).toBe(false);
    const files = readdirSync(chunks).sort();
    // No chunk for the file without code, and no import of it.
    expect(files.map((file) => file.replace(/-[a-z0-9]+\.js$/, ''))).toEqual([
      'balance.define',
      'dashboard.define',
      'gates.define',
      'growth.define',
      'loader',
      'pair',
      'runtime',
      'series',
      'target.define',
    ]);
    const autoloader = readFileSync(join(dir, 'bilateral-widgets.js'), 'utf8');
    const imported = [...autoloader.matchAll(/from\s*"\.\/bilateral-widgets\/([^"]+)"/g)].map(
      ([, file]) => file,
    );
    expect(imported).toEqual([files.find((file) => file.startsWith('loader-'))]);
    // Growth's stub is gone: the autoloader imports the chunk it stood for, under its name.
    const growth = files.find((file) => file.startsWith('growth.define-'));
    expect(autoloader).toContain(`./bilateral-widgets/${growth}`);
    // ... and requests the chunks that chunk imports at the same time, not once it has arrived.
    const runtime = files.find((file) => file.startsWith('runtime-'));
    const series = files.find((file) => file.startsWith('series-'));
    const growthImports = autoloader.match(
      new RegExp(`Promise\\.all\\(\\[import\\(.\\./bilateral-widgets/${growth}.\\)[^\\]]*\\]`),
    )?.[0];
    expect(growthImports).toContain(`/${runtime}`);
    expect(growthImports).toContain(`/${series}`);
    // The pair chunk too, beside balance and target: not a round of requests after them (review
    // h150 A7); never beside growth.
    const pair = files.find((file) => file.startsWith('pair-'));
    expect(growthImports).not.toContain('/pair-');
    for (const name of ['balance', 'target']) {
      const element = files.find((file) => file.startsWith(`${name}.define-`));
      const imports = autoloader.match(
        new RegExp(`Promise\\.all\\(\\[import\\(.\\./bilateral-widgets/${element}.\\)[^\\]]*\\]`),
      )?.[0];
      expect(imports, name).toContain(`/${pair}`);
    }
    expect(readFileSync(join(chunks, growth ?? ''), 'utf8')).toMatch(/\.push\(/);
    const gates = readFileSync(
      join(chunks, files.find((f) => f.startsWith('gates.')) ?? ''),
      'utf8',
    );
    expect(gates).not.toMatch(/series-/);
    // What browsers run needs no annotation for another bundler; licences stay.
    const code = files.map((file) => readFileSync(join(chunks, file), 'utf8')).join('\n');
    expect(code).not.toContain('@__PURE__');
    expect(code).toContain('A licence.');
    expect(code).not.toMatch(/import\s*"[^"]*chunk-/);
    // The dashboard's chunk imports the chunks the autoloader requests with it by name, none
    // bare after an import that reaches it (rolldown lists them for the order of execution).
    const dashboard = files.find((file) => file.startsWith('dashboard.define-')) ?? '';
    expect(readFileSync(join(chunks, dashboard), 'utf8')).not.toMatch(
      /import\s*"[^"]*(?:loader|runtime|series|pair)-/,
    );
    expect(files.filter((file) => readFileSync(join(chunks, file), 'utf8').trim() === '')).toEqual(
      [],
    );
    // And the merged files still run: each element's chunk, with what it shares.
    const run = globalThis as { out?: string[]; done?: Promise<unknown> };
    await import(pathToFileURL(join(dir, 'bilateral-widgets.js')).href);
    await run.done;
    expect(run.out?.sort()).toEqual([
      'chart balance',
      'chart growth',
      'chart target',
      'dashboard with chart growth',
      'gates',
    ]);
  });
  it('writes source maps whose sources resolve from where the maps end up', async () => {
    // A package's folder: the bundle in `dist`, its sources in `src`.
    const root = join(dir, 'package');
    const mapped = join(root, 'dist');
    writeBundle(mapped, true, join(root, 'src'));
    await mergeChunks(relative(process.cwd(), mapped), true, root);
    const maps = [
      join(mapped, 'bilateral-widgets.map'),
      ...readdirSync(join(mapped, 'bilateral-widgets'))
        .filter((file) => file.endsWith('.map'))
        .map((file) => join(mapped, 'bilateral-widgets', file)),
    ];
    // The merged autoloader, loader, runtime and series chunks carry code, so maps.
    expect(maps.length).toBeGreaterThanOrEqual(4);
    const written = maps.map(
      (map) =>
        JSON.parse(readFileSync(map, 'utf8')) as { sources: string[]; sourcesContent: unknown[] },
    );
    const sources = maps.flatMap((map, index) =>
      (written[index]?.sources ?? []).map((source) => resolve(dirname(map), source)),
    );
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((source) => !existsSync(source))).toEqual([]);
    expect(sources.every((source) => source.startsWith(join(root, 'src')))).toBe(true);
    // The package holds them: no copy of their text.
    expect(
      written.flatMap(({ sourcesContent }) => sourcesContent).every((text) => text === null),
    ).toBe(true);
    // No file names its map in a comment (a page's bytes); the list beside the autoloader names
    // each map, under its short name (`mapNames`), beside its file.
    const scripts = [
      join(mapped, 'bilateral-widgets.js'),
      ...readdirSync(join(mapped, 'bilateral-widgets'))
        .filter((file) => file.endsWith('.js'))
        .map((file) => join(mapped, 'bilateral-widgets', file)),
    ];
    expect(
      scripts.filter((file) => readFileSync(file, 'utf8').includes('sourceMappingURL')),
    ).toEqual([]);
    const list = JSON.parse(readFileSync(join(mapped, SOURCE_MAPS), 'utf8')) as Record<
      string,
      string
    >;
    expect(
      Object.values(list)
        .map((map) => join(mapped, map))
        .sort(),
    ).toEqual(maps.sort());
    for (const [file, map] of Object.entries(list)) {
      expect(scripts).toContain(join(mapped, file));
      expect(dirname(map)).toBe(dirname(file));
    }
  });

  it('writes the same files, byte for byte, in folders of other depths and name lengths', async () => {
    // A release must not depend on where the repository was checked out (module ids are
    // absolute here; names, order and source maps must not follow them).
    const built = async (folder: string) => {
      mkdirSync(folder, { recursive: true });
      writeBundle(folder, true);
      await mergeChunks(relative(process.cwd(), folder), true, folder);
      const files = (sub: string): string[] =>
        readdirSync(join(folder, sub), { withFileTypes: true }).flatMap((entry) =>
          entry.isDirectory() ? files(join(sub, entry.name)) : [join(sub, entry.name)],
        );
      return new Map(files('').map((file) => [file, readFileSync(join(folder, file), 'utf8')]));
    };
    const one = await built(join(dir, 'x'));
    const other = await built(join(dir, 'a-longer-folder', 'and-deeper'));
    expect(one.size).toBeGreaterThan(10);
    expect(other).toEqual(one);
  });
});
