/**
 * The script-tag bundle's second pass (`pnpm build`, and the browser tests' build): fewer, larger
 * chunks. esbuild's code splitting gives every set of entries that share code a chunk of its own
 * and cannot be told to group them, so a page with one `<bilateral-growth>` loaded 14 scripts,
 * each gzipped on its own and each with its import and export lists. This pass re-bundles
 * esbuild's output (its chunks are the modules here) with rolldown, whose code splitting takes
 * groups, into:
 *
 * - `loader-*.js`: what the autoloader imports names from (it stays small: the pasted script);
 * - `runtime-*.js`: what every element uses (Lit, the element base, the dataset controller, the
 *   core's periods, money and decimals, English messages);
 * - `series-*.js`: what growth and balance or target use and `<bilateral-gates>` does not
 *   (charts, timeline, the core's series and flows), so a gates page does not load it, and a
 *   growth page loads no code only balance and target share; and what only growth of the
 *   elements uses but the dashboard or an on-demand chunk imports too (the measure names, which
 *   the validator reads): a growth page loads it anyway; growth and dashboard pages load one file
 *   less (about 200 B gzipped less; a balance or target page about 210 B more);
 * - `pair-*.js`: what balance and target share and growth and gates do not (the core's money
 *   checks and periods, as the two elements draw them), one file where rolldown's own splitting
 *   made two: a balance, target or dashboard page loads one script less (about 280 B gzipped
 *   less each). A growth chart's target band and the dataset validator, loaded on demand, import
 *   part of it, and load all of it (about 280 B more than that part alone). What only balance of
 *   the elements uses but an on-demand chunk a page may load without balance's imports too (the
 *   coverage's digits, `fewestDigits`, which the validator's narrowed balances take) goes here
 *   as well, rather than into a file of its own (dashboard about 150 B more, measured, h192);
 * - each element's own code, and the on-demand chunks, as rolldown splits them. The autoloader
 *   imports an element's chunk itself, named `<element>.define-*.js`, rather than the stub esbuild
 *   writes for an element the dashboard also imports (see {@link stubTarget}).
 *
 * A growth page then loads the autoloader, the loader, the runtime, the series chunk and the
 * growth chunk: 5 scripts instead of 16, in three rounds of requests: the autoloader asks for an
 * element's chunk and every chunk it imports at once ({@link importsAlongside}): the shared ones,
 * the pair chunk with a balance's, target's or dashboard's (review h150 A7; else those pages took
 * a fourth round), the `chunk-*.js` of target and gates, and a dashboard's panels. Then terser minifies the chunks once more, and mangles the
 * autoloader's names again ({@link terseChunks}). Source maps are chained to the sources, written
 * beside the files they map and listed in {@link SOURCE_MAPS} (the files name none); they name
 * their sources as a copy of the package holds them, with the text of those it does not hold
 * (`scripts/published-source-maps.ts`).
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RolldownMagicString, rolldown } from 'rolldown';
import { parseAst } from 'rolldown/parseAst';
import type { Options } from 'tsup';
import { type PublishedMap, publishedSourceMap } from './published-source-maps.js';
import { terseChunks } from './terse-chunks.js';

/** The widgets package's folder, whose `src/` the maps name. */
const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The package's folder of the script-tag bundle (package.json `files`: `dist`). */
const PUBLISHED_FOLDER = 'dist';

/** The elements each chunk of which is loaded alone (the dashboard composes all four). */
const ELEMENTS = ['growth', 'balance', 'target', 'gates'] as const;
/** The chunks elements share: the autoloader requests them (and the rest) with an element's chunk. */
const SHARED = new Set(['runtime', 'series', 'pair']);
/** The chunks a page has requested by the time an element's chunk runs: the shared ones and the loader. */
const LOADED_AT_ONCE = new Set([...SHARED, 'loader']);
/** Those that draw series and share the `series` chunk. */
const SERIES_ELEMENTS = ['growth', 'balance', 'target'] as const;

/** Static imports of one built file: `from "./x.js"` (names) and bare `import "./x.js"`. */
export interface FileImports {
  readonly named: readonly string[];
  readonly bare: readonly string[];
  /** Files it imports on demand (`import("./x.js")`). */
  readonly dynamic?: readonly string[];
}

/** The chunk group of each file that goes into one (`loader`, `runtime`, `series`, `pair`). */
export type ChunkGroups = ReadonlyMap<string, 'loader' | 'runtime' | 'series' | 'pair'>;

/** The files `start` reaches through static imports (named ones only, unless `bare`). */
function reach(
  graph: ReadonlyMap<string, FileImports>,
  start: string,
  bare: boolean,
  into = new Set<string>(),
): Set<string> {
  if (into.has(start)) return into;
  into.add(start);
  const imports = graph.get(start);
  for (const next of [...(imports?.named ?? []), ...(bare ? (imports?.bare ?? []) : [])]) {
    reach(graph, next, bare, into);
  }
  return into;
}

/**
 * The chunks `file` loads through its static imports, directly or through others (gathered in
 * `into`; `file` itself only where an import cycle leads back to it).
 */
function importedBelow(
  chunks: Readonly<Record<string, ChunkLinks>>,
  file: string,
  into = new Set<string>(),
): Set<string> {
  for (const next of chunks[file]?.imports ?? []) {
    if (!into.has(next)) importedBelow(chunks, next, into.add(next));
  }
  return into;
}

/**
 * Which files of esbuild's output go into which group (see the module comment), from the static
 * import graph, the autoloader's file and each element's `<name>.define` chunk.
 *
 * @param graph - each built file and the files it imports
 * @param autoloader - the autoloader's file
 * @param elements - each element's chunk file, by element name (the chunk its stub stands for,
 *   where it is one: see {@link stubTarget})
 * @returns the group of each file that goes into one
 */
export function chunkGroups(
  graph: ReadonlyMap<string, FileImports>,
  autoloader: string,
  elements: Readonly<Record<(typeof ELEMENTS)[number], string>>,
): ChunkGroups {
  // A bare import from the autoloader (esbuild's helpers, for the order of execution) brings no
  // code it runs, so it does not make a file part of the pasted script.
  const loader = reach(graph, autoloader, false);
  loader.delete(autoloader);
  const reached = Object.fromEntries(
    ELEMENTS.map((name) => [name, reach(graph, elements[name], true)]),
  ) as Record<(typeof ELEMENTS)[number], Set<string>>;
  // Files something a growth page does not load imports too (the dashboard's own chunk, an
  // on-demand chunk): rolldown would split a growth-only one of them off the growth chunk.
  const importedBeyondGrowth = new Set(
    [...graph]
      .filter(([file]) => !reached.growth.has(file))
      .flatMap(([, imports]) => [...imports.named, ...imports.bare]),
  );
  // Files an on-demand chunk imports too that a page may load without the balance chunk (the
  // dataset validator; not the dashboard's own, which loads it, nor one balance's own files load
  // on demand, its table or series chart): rolldown would split such a balance file off into a
  // file of its own.
  const afterBalance = new Set<string>();
  for (const file of reached.balance) {
    if (reached.growth.has(file) || reached.target.has(file) || reached.gates.has(file)) continue;
    for (const next of graph.get(file)?.dynamic ?? []) reach(graph, next, true, afterBalance);
  }
  const importedBeyondBalance = new Set(
    [...graph]
      .filter(
        ([file]) => !afterBalance.has(file) && !reach(graph, file, true).has(elements.balance),
      )
      .flatMap(([, imports]) => [...imports.named, ...imports.bare]),
  );
  const groups = new Map<string, 'loader' | 'runtime' | 'series' | 'pair'>();
  for (const file of graph.keys()) {
    const series = SERIES_ELEMENTS.filter((name) => reached[name].has(file)).length;
    if (loader.has(file)) groups.set(file, 'loader');
    else if (ELEMENTS.every((name) => reached[name].has(file))) groups.set(file, 'runtime');
    else if (
      reached.growth.has(file) &&
      !reached.gates.has(file) &&
      (series >= 2 || (file !== elements.growth && importedBeyondGrowth.has(file)))
    ) {
      groups.set(file, 'series');
    } else if (
      reached.balance.has(file) &&
      (reached.target.has(file) ||
        (file !== elements.balance && importedBeyondBalance.has(file))) &&
      !reached.growth.has(file) &&
      !reached.gates.has(file)
    ) {
      groups.set(file, 'pair');
    }
  }
  return groups;
}

/** A built file's code without its source map comment. */
const withoutMapComment = (code: string) => code.replace(/\n?\/\/# sourceMappingURL=.*$/, '');

/**
 * Whether a built file has no code: esbuild writes such a chunk for a module left with none (a
 * folder's index that only re-exports, evanw/esbuild#1747) and imports it bare from each entry
 * that reaches the module. It runs nothing; rolldown is told so, and it leaves the file out.
 */
const isEmpty = (code: string) => withoutMapComment(code).trim() === '';

/** Initial values that run nothing when a module is evaluated. */
const INERT = new Set(['Literal', 'ArrowFunctionExpression', 'FunctionExpression']);

/**
 * Whether a built file runs nothing when it is evaluated: only named imports, function
 * declarations, `const`/`let` bindings of literals and functions, and exports. esbuild imports
 * such a chunk bare from other chunks (for the order of execution) when their modules reach its
 * file through a barrel without using it; rolldown is told it has no side effects, so those bare
 * imports go and it is placed by the chunks that use its names.
 */
export function runsNothing(code: string): boolean {
  return parseAst(withoutMapComment(code)).body.every((statement) => {
    if (statement.type === 'ImportDeclaration') return statement.specifiers.length > 0;
    if (statement.type === 'ExportNamedDeclaration' && statement.declaration === null) return true;
    const declaration =
      statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type === 'FunctionDeclaration') return true;
    return (
      declaration?.type === 'VariableDeclaration' &&
      declaration.declarations.every(
        ({ init }) =>
          init === null ||
          INERT.has(init.type) ||
          (init.type === 'TemplateLiteral' && init.expressions.length === 0),
      )
    );
  });
}

/**
 * The static import graph of the built `.js` files (relative `./`/`../` paths), without the
 * imports of files that have no code ({@link isEmpty}).
 */
function importGraph(files: readonly string[]): Map<string, FileImports> {
  const code = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
  const graph = new Map<string, FileImports>();
  for (const [file, text] of code) {
    const paths = (pattern: RegExp) =>
      [...text.matchAll(pattern)]
        .map(([, path]) => join(dirname(file), path as string))
        .filter((path) => !isEmpty(code.get(path) ?? 'not built here'));
    graph.set(file, {
      named: paths(/\bfrom\s*"(\.{1,2}\/[^"]+\.js)"/g),
      bare: paths(/\bimport\s*"(\.{1,2}\/[^"]+\.js)"/g),
      dynamic: paths(/\bimport\s*\(\s*"(\.{1,2}\/[^"]+\.js)"\s*\)/g),
    });
  }
  return graph;
}

/** Import and export statements without code: what an entry that only re-exports consists of. */
const LINKS =
  /\bimport\s*\{[^}]*\}\s*from\s*"[^"]+";|\bimport\s*"[^"]+";|\bexport\s*\{[^}]*\}(?:\s*from\s*"[^"]+")?;/g;

/**
 * The chunk an element's `<name>.define` file stands for, when that file is a stub: esbuild makes
 * the entry of a module another entry imports too (the dashboard imports each element) a file of
 * links only — names imported from the one chunk that holds the module and re-exported, and bare
 * imports (for the order of execution) of chunks that chunk imports itself. Importing that chunk
 * instead runs the same code in the same order, and a page loads one file less.
 *
 * @param graph - each built file and the files it imports
 * @param file - an element's `<name>.define` file
 * @param code - its code
 * @returns the chunk it stands for, or `undefined` when it is not such a stub
 */
export function stubTarget(
  graph: ReadonlyMap<string, FileImports>,
  file: string,
  code: string,
): string | undefined {
  const imports = graph.get(file);
  const target = imports?.named.length === 1 ? imports.named[0] : undefined;
  if (target === undefined || withoutMapComment(code).replace(LINKS, '').trim() !== '')
    return undefined;
  const reached = reach(graph, target, true);
  return imports?.bare.every((bare) => reached.has(bare)) ? target : undefined;
}

/** What {@link importsAlongside} reads of a rendered chunk: its name, file and the chunks it imports. */
export interface ChunkLinks {
  readonly name: string;
  readonly fileName: string;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
}

/**
 * Where the entry's code should import, beside each chunk it imports on demand, the chunks that
 * chunk imports statically (all the way down) and the entry does not: a browser
 * then requests them at once rather than after the chunk has arrived and been parsed (one round
 * of requests instead of two; `<link rel="modulepreload">` would need the page's markup). Each
 * `import("x")` becomes `Promise.all([import("x"),import("y"),…])`, which the autoloader only
 * waits for: the same modules run, and a failed request rejects it as before. Every chunk, not
 * only the shared ones: the `chunk-*.js` rolldown splits off for target and gates, and a
 * dashboard's panels, were a round of requests later (h309: busy time lower in 7 of 8 and 5 of 6
 * interleaved 50-element pages, for 42 B gzipped in the autoloader). Its value
 * is an array, not the module: each such import must be the whole body of a loader
 * (`() => import(…)`, as the autoloader's `CHUNKS`, typed `Promise<unknown>`), and any other
 * (`import(…).then(…)`, `await import(…)`) fails the build rather than change what it gives.
 *
 * @param code - the entry's rendered code (file names may hold the bundler's hash placeholders)
 * @param entry - the entry's file name
 * @param chunks - every chunk of the bundle, by file name
 * @returns the insertions to make, `[index, text]`, in order
 * @throws Error for an import of such a chunk that is not the whole body of an arrow function
 *
 * @example
 * ```ts
 * const chunk = (name: string, imports: string[] = [], dynamicImports: string[] = []) =>
 *   ({ name, fileName: `${name}.js`, imports, dynamicImports });
 * const chunks = {
 *   'a.js': chunk('a', [], ['c/b.js']),
 *   'c/b.js': chunk('c/b', ['c/d.js', 'c/e.js']),
 *   'c/d.js': chunk('c/d'),
 *   'c/e.js': chunk('c/e'),
 * };
 * importsAlongside('f=()=>import("./c/b.js")', 'a.js', chunks);
 * //=> [[6, 'Promise.all(['], [24, ',import("./c/d.js"),import("./c/e.js")])']]
 * ```
 */
export function importsAlongside(
  code: string,
  entry: string,
  chunks: Readonly<Record<string, ChunkLinks>>,
): [index: number, text: string][] {
  const below = (file: string) => importedBelow(chunks, file);
  const loaded = below(entry);
  const path = (file: string) => {
    const from = posix.relative(posix.dirname(entry), file);
    return from.startsWith('../') ? from : `./${from}`;
  };
  const edits: [number, string][] = [];
  for (const file of chunks[entry]?.dynamicImports ?? []) {
    // In order of file name, so that the loaders of a bundle list them alike (gzip finds the
    // repeats: 7 B less in the autoloader than the order they are found in).
    const more = [...below(file)].filter((next) => !loaded.has(next)).sort();
    if (more.length === 0) continue;
    const quoted = path(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const found of code.matchAll(new RegExp(`import\\((["'\`])${quoted}\\1\\)`, 'g'))) {
      const end = found.index + found[0].length;
      // The loader's arrow before it, and after it the end of the arrow (or of the code).
      const before = code.slice(0, found.index).trimEnd();
      const after = code.slice(end).trimStart();
      if (!before.endsWith('=>') || !(after === '' || ',;})'.includes(after[0] ?? ''))) {
        throw new Error(
          `${found[0]} in ${entry} is not the whole body of a loader (\`() => import(…)\`): ` +
            'Promise.all would change the value it gives (an array, not the module)',
        );
      }
      const imports = more.map((next) => `,import("${path(next)}")`).join('');
      edits.push([found.index, 'Promise.all(['], [end, `${imports}])`]);
    }
  }
  return edits.sort(([a], [b]) => a - b);
}

/**
 * The bare imports (`import "./x.js";`) of a rendered chunk that change nothing: rolldown lists,
 * after a chunk's own imports, the chunks they import in turn (for the order of execution), and
 * the dashboard's chunk imported the series, pair and loader chunks so (about 30 B gzipped). Such
 * an import goes when its chunk is one of `shared`, which the autoloader requests with the
 * element's chunk anyway (no request starts later), and an import before it already reaches it
 * (its code has run by then: the order of execution is the same). A bare import of another chunk
 * stays: the browser requests it as soon as the importing chunk is parsed.
 *
 * @param code - the chunk's rendered code (file names may hold the bundler's hash placeholders)
 * @param file - the chunk's file name
 * @param chunks - every chunk of the bundle, by file name
 * @param shared - the names of the chunks the autoloader requests alongside
 * @returns the `[start, end]` ranges of the imports to cut, in order
 *
 * @example
 * ```ts
 * const chunk = (name: string, imports: string[] = []) =>
 *   ({ name, fileName: `${name}.js`, imports, dynamicImports: [] });
 * const chunks = { 'a.js': chunk('a', ['b.js', 'series.js']), 'b.js': chunk('b', ['series.js']),
 *   'series.js': chunk('series') };
 * redundantBareImports('import{x}from"./b.js";import"./series.js";x()', 'a.js', chunks,
 *   new Set(['series']));
 * //=> [[22, 43]]
 * ```
 */
export function redundantBareImports(
  code: string,
  file: string,
  chunks: Readonly<Record<string, ChunkLinks>>,
  shared: ReadonlySet<string>,
): [start: number, end: number][] {
  const reached = new Set<string>();
  const cuts: [number, number][] = [];
  for (const statement of parseAst(code).body) {
    if (statement.type !== 'ImportDeclaration') continue;
    const imported = posix.join(posix.dirname(file), statement.source.value);
    const bare = statement.specifiers.length === 0;
    if (bare && reached.has(imported) && shared.has(chunks[imported]?.name ?? '')) {
      cuts.push([statement.start, statement.end]);
      continue;
    }
    importedBelow(chunks, imported, reached.add(imported));
  }
  return cuts;
}

/**
 * Re-bundles the script-tag bundle in `outDir` (`bilateral-widgets.js` and its chunks in
 * `bilateral-widgets/`, as esbuild wrote them) into the groups of {@link chunkGroups}, in place.
 *
 * @param outDir - the folder holding `bilateral-widgets.js`
 * @param sourcemap - whether esbuild wrote source maps (they are chained, and written again as
 *   the package publishes them: `publishedSourceMap`)
 * @param packageRoot - the package whose `src/` the maps name (the widgets'; a test's own)
 */
export async function mergeChunks(
  outDir: string,
  sourcemap: boolean,
  packageRoot = PACKAGE_ROOT,
): Promise<void> {
  // Absolute, as rolldown's module ids are.
  const autoloader = resolve(outDir, 'bilateral-widgets.js');
  const folder = resolve(outDir, 'bilateral-widgets');
  const chunks = readdirSync(folder)
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(folder, file));
  const graph = importGraph([autoloader, ...chunks]);
  const element = (name: string) => {
    const found = chunks.filter((file) =>
      new RegExp(`/${name}\\.define-[A-Z0-9]+\\.js$`).test(file),
    );
    if (found.length !== 1) throw new Error(`expected one ${name}.define chunk, found ${found}`);
    return found[0] as string;
  };
  const defines = Object.fromEntries(ELEMENTS.map((name) => [name, element(name)])) as Record<
    (typeof ELEMENTS)[number],
    string
  >;
  // An element's own chunk is the one its stub stands for, where it is one (it reaches the same
  // files): that chunk is what the dashboard imports too, and it stays out of the groups.
  const groups = chunkGroups(
    graph,
    autoloader,
    Object.fromEntries(
      ELEMENTS.map((name) => {
        const stub = defines[name];
        return [name, stubTarget(graph, stub, readFileSync(stub, 'utf8')) ?? stub];
      }),
    ) as Record<(typeof ELEMENTS)[number], string>,
  );
  // The autoloader imports the chunk a stub stands for instead of the stub, when that chunk's
  // name is no longer than the stub's (padded with spaces: the source map's columns hold); the
  // chunk keeps the element's name (`growth.define-*.js`).
  const bypassed = new Map<string, string>();
  for (const name of ELEMENTS) {
    const stub = defines[name];
    const target = stubTarget(graph, stub, readFileSync(stub, 'utf8'));
    if (target !== undefined && basename(target).length <= basename(stub).length) {
      bypassed.set(stub, target);
    }
  }
  const defineOf = new Map(
    [...bypassed].map(([stub, target]) => [target, basename(stub).replace(/-[A-Z0-9]+\.js$/, '')]),
  );
  const bundle = await rolldown({
    input: { 'bilateral-widgets': autoloader },
    platform: 'browser',
    // Needed with `includeDependenciesRecursively: false`; the loader group keeps what the
    // chunks share with the autoloader out of it, so nothing is added to its exports.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      {
        name: 'chained-source-maps',
        load(id) {
          let code = withoutMapComment(readFileSync(id, 'utf8'));
          // esbuild imports the chunk of its helpers into the autoloader to keep the order of
          // execution; the autoloader runs none of its code, and the package's `sideEffects`
          // (which lists every chunk) would keep that import, and with it the runtime chunk.
          // Blanked, not cut, so that the source map's columns hold.
          if (id === autoloader) {
            code = code.replace(/\bimport\s*"\.\/[^"]+\.js";/g, (bare) => ' '.repeat(bare.length));
            for (const [stub, target] of bypassed) {
              const [from, to] = [stub, target].map(
                (file) => `./bilateral-widgets/${basename(file)}"`,
              );
              code = code.replaceAll(
                `"${from}`,
                `"${to}${' '.repeat((from as string).length - (to as string).length)}`,
              );
            }
          }
          const map = `${id}.map`;
          return {
            code,
            ...(sourcemap && existsSync(map) ? { map: readFileSync(map, 'utf8') } : {}),
            // The package's `sideEffects` (every chunk) kept a file without code as an empty
            // chunk that pages requested (20 B gz and a request for nothing); a file without code
            // runs nothing too.
            ...(id !== autoloader && runsNothing(code) ? { moduleSideEffects: false } : {}),
          };
        },
        // The autoloader requests an element's chunk and the shared chunks it imports at once.
        // A chunk's bare imports of shared chunks an import before them reaches go.
        renderChunk(code, chunk, _options, { chunks }) {
          if (!chunk.isEntry) {
            const cuts = redundantBareImports(code, chunk.fileName, chunks, LOADED_AT_ONCE);
            if (cuts.length === 0) return null;
            const edited = new RolldownMagicString(code);
            for (const [start, end] of cuts) edited.remove(start, end);
            return edited;
          }
          const edits = importsAlongside(code, chunk.fileName, chunks);
          if (edits.length === 0) return null;
          const edited = new RolldownMagicString(code);
          for (const [index, text] of edits) edited.appendLeft(index, text);
          return edited;
        },
      },
    ],
  });
  const grouped = new Set<string>();
  const merged = resolve(outDir, '.merged');
  rmSync(merged, { recursive: true, force: true });
  await bundle.write({
    dir: merged,
    format: 'es',
    minify: true,
    // The bundle is what browsers run, not what another bundler reads: its `@__PURE__`
    // annotations (about 30 in the runtime and series chunks each) go; licence comments stay.
    comments: { legal: true, annotation: false, jsdoc: true },
    sourcemap,
    // Rolldown writes each map under `.merged/`, one folder deeper than where it ends up (the
    // files are moved up below): its sources are made relative to the map's final place.
    sourcemapPathTransform: (source, map) =>
      relative(
        dirname(join(resolve(outDir), relative(merged, map))),
        resolve(dirname(map), source),
      ),
    hashCharacters: 'base36',
    entryFileNames: '[name].js',
    // A chunk named after esbuild's chunk keeps its name without esbuild's hash.
    chunkFileNames: ({ name, facadeModuleId }) =>
      `bilateral-widgets/${defineOf.get(facadeModuleId ?? '') ?? name.replace(/-[A-Z0-9]{8}$/, '')}-[hash:6].js`,
    codeSplitting: {
      // A group takes only the files chosen for it, not what they import: the loader's files
      // stay out of the runtime chunk.
      includeDependenciesRecursively: false,
      groups: (['loader', 'runtime', 'series', 'pair'] as const).map((name) => ({
        name,
        test: (id: string) => {
          if (groups.get(id) !== name) return false;
          grouped.add(id);
          return true;
        },
      })),
    },
  });
  await bundle.close();
  if (grouped.size !== groups.size) {
    throw new Error(`merge-chunks: ${groups.size - grouped.size} files were not grouped`);
  }
  rmSync(folder, { recursive: true });
  rmSync(autoloader);
  rmSync(`${autoloader}.map`, { force: true });
  renameSync(join(merged, 'bilateral-widgets'), folder);
  renameSync(join(merged, 'bilateral-widgets.js'), autoloader);
  if (sourcemap) renameSync(join(merged, 'bilateral-widgets.js.map'), `${autoloader}.map`);
  rmSync(merged, { recursive: true });
  const { maps } = await terseChunks(
    readdirSync(folder)
      .filter((file) => file.endsWith('.js'))
      .map((file) => join(folder, file)),
  );
  const { maps: loaderMap } = await terseChunks([autoloader], { compress: false });
  rmSync(join(outDir, SOURCE_MAPS), { force: true });
  if (!sourcemap) return;
  const all = new Map([...loaderMap, ...maps]);
  for (const map of all.values()) {
    const publishedAt = posix.join(
      PUBLISHED_FOLDER,
      relative(resolve(outDir), map).split(sep).join('/'),
    );
    const written = JSON.parse(readFileSync(map, 'utf8')) as PublishedMap;
    writeFileSync(map, JSON.stringify(publishedSourceMap(written, map, publishedAt, packageRoot)));
  }
  writeSourceMapList(outDir, all);
}

/**
 * The file beside `bilateral-widgets.js` that lists each script-tag file's source map: the files
 * carry no `//# sourceMappingURL` comment (the bytes of every page), so a server names each map
 * in a `SourceMap` response header from it (scripts/serve-embed.mjs; docs/widgets.md,
 * "Debugging the script-tag bundle").
 *
 * @example
 * ```ts
 * JSON.parse(readFileSync(join('dist', SOURCE_MAPS), 'utf8'));
 * //=> { 'bilateral-widgets.js': 'bilateral-widgets.map', 'bilateral-widgets/balance-series-chart-i7dsg9.js': 'bilateral-widgets/0.map', … }
 * ```
 */
export const SOURCE_MAPS = 'bilateral-widgets.maps.json';

/** Writes {@link SOURCE_MAPS} in `outDir`: each file's path to its map's, relative and sorted. */
function writeSourceMapList(outDir: string, maps: ReadonlyMap<string, string>): void {
  const path = (file: string) => relative(resolve(outDir), file).split(sep).join('/');
  const list = Object.fromEntries(
    [...maps]
      .map(([file, map]): [string, string] => [path(file), path(map)])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  writeFileSync(join(outDir, SOURCE_MAPS), `${JSON.stringify(list, null, 2)}\n`);
}

/** tsup plugin: {@link mergeChunks} on the script-tag bundle once tsup has written it. */
export const mergedChunks: NonNullable<Options['plugins']>[number] = {
  name: 'merged-chunks',
  async buildEnd() {
    await mergeChunks(this.options.outDir, Boolean(this.options.sourcemap));
  },
};
