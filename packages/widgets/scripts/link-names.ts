/**
 * The names the script-tag chunks link by, chosen across all of them at once. Rolldown names each
 * chunk's exports on its own (`A`, `B`, … `_`, `a`, `b`…), so a chunk that imports from two chunks,
 * or imports a name it also exports, meets one name twice: one of the two bindings keeps another
 * name and the import or export list spells `x as Y` (85 of them on the dashboard's page, which
 * `scripts/aligned-binding-names.ts` could not align). Here each link (an export of a chunk and
 * the imports of it) keeps its name unless another link of a file it is in has it already, the
 * most used links first; one that must change takes the first name free in every file it is in,
 * in rolldown's order. Then `alignBindingNames` gives nearly every linked binding its linked name
 * (11 `x as Y` left on the dashboard's page: dashboard 59,928 -> 59,835 B, growth page
 * 34,100 -> 34,066). Reassigning every link by uses instead (the most used to `e`, `t`, `i`…,
 * terser's letters) made the pages larger (dashboard 60,025 B), and so did lists in the order of
 * their names (59,842).
 */
import { dirname, resolve } from 'node:path';
import type { MangledTree } from './aligned-binding-names.js';

/** What this pass reads of terser's name mappings (`{ a as B }`). */
interface Mapping {
  readonly name: {
    readonly name: string;
    readonly thedef?: {
      readonly references: readonly unknown[];
      readonly orig: readonly unknown[];
    };
  };
  readonly foreign_name: { name: string; readonly quote?: string };
}

interface Statement {
  readonly TYPE: string;
  readonly module_name?: { readonly value: string } | null;
  readonly imported_name?: unknown;
  readonly imported_names?: readonly Mapping[] | null;
  readonly exported_names?: readonly Mapping[] | null;
  readonly exported_definition?: unknown;
  readonly exported_value?: unknown;
}

/** One file of the bundle: its path, its code as terser read it, its mangled tree. */
export interface LinkedModule {
  readonly file: string;
  readonly code: string;
  readonly tree: MangledTree;
}

/** One export of a chunk and the imports of it. */
interface Link {
  readonly key: string;
  readonly name: string;
  /** The mappings that spell its name: the export's and each import's. */
  readonly mappings: Mapping[];
  /** The files it is a binding of: the exporting chunk and each importer. */
  readonly files: Set<string>;
  /** How many times its bindings are written, in all those files. */
  uses: number;
}

/** One-letter names, in the order rolldown gives them to a chunk's exports. */
const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz$'];

/** Names a link may take, shortest first: one letter, then two (not `do`, `if`, `in`, `as`). */
const NAMES = [
  ...LETTERS,
  ...LETTERS.flatMap((first) => [...LETTERS, ...'0123456789'].map((next) => first + next)),
].filter((name) => !['do', 'if', 'in', 'as'].includes(name));

/** A name rolldown gives an internal export: one or two characters. */
const SHORT = /^[A-Za-z_$][\w$]?$/;

/**
 * The files `code` imports with `import()`, as written (`./x.js`, `` `./x.js` ``), or `undefined`
 * when an `import(` of it names no file as a literal (then any chunk may be read by name).
 */
function dynamicImports(code: string): string[] | undefined {
  const named = [...code.matchAll(/\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g)];
  const all = code.match(/\bimport\s*\(/g)?.length ?? 0;
  return all === named.length ? named.map((match) => match[1] as string) : undefined;
}

/**
 * Renames, in place, the links between `modules` (each export of one of them, with the imports of
 * it: the foreign names of `export{x as A}` and `import{A as y}`) so that no file has two links of
 * one name: the most used links first, each keeps its name if no link of a file it is in has it
 * yet, else takes the first name free in all of them. A chunk's exports keep their names where
 * something may read them by name: a name longer than two characters (one the sources gave,
 * `BilateralDashboard`, `balanceTable`), and every export of a chunk that a file other than
 * `loader` imports with `import()` (the module object's properties are read by name), imports
 * as a namespace or as a default, or re-exports from; when a file other than `loader` has an
 * `import()` of no literal file, no link changes. `loader` (the autoloader) runs the chunks it
 * imports with `import()` and reads nothing of them.
 *
 * @param modules - every file of the bundle, mangled
 * @param loader - the file whose `import()`s read no export
 * @returns how many links took a new name
 *
 * @example
 * ```ts
 * // runtime.js: export{f as A}; series.js: import{A as a}from"./runtime.js";export{h as A}
 * chooseLinkNames(modules, 'dist/bilateral-widgets.js'); //=> 1
 * // series.js: import{A as a}from"./runtime.js";export{h as B} (the less used of the two moves)
 * ```
 */
export function chooseLinkNames(modules: readonly LinkedModule[], loader: string): number {
  const files = new Set(modules.map(({ file }) => file));
  const links = new Map<string, Link>();
  /** Chunks whose export names stay as they are. */
  const fixed = new Set<string>();
  const link = (chunk: string, name: string) => {
    const key = `${chunk}\0${name}`;
    let found = links.get(key);
    if (found === undefined) {
      found = { key, name, mappings: [], files: new Set([chunk]), uses: 0 };
      links.set(key, found);
    }
    return found;
  };
  const usesOf = ({ name }: Mapping) =>
    name.thedef === undefined ? 1 : name.thedef.references.length + name.thedef.orig.length;
  for (const { file, code, tree } of modules) {
    if (file !== loader) {
      const paths = dynamicImports(code);
      if (paths === undefined) return 0;
      for (const path of paths) fixed.add(resolve(dirname(file), path));
    }
    for (const statement of tree.body as readonly Statement[]) {
      const from =
        statement.module_name == null
          ? undefined
          : resolve(dirname(file), statement.module_name.value);
      if (statement.TYPE === 'Import' && from !== undefined) {
        if (statement.imported_name != null) fixed.add(from);
        for (const mapping of statement.imported_names ?? []) {
          if (mapping.foreign_name.name === '*') fixed.add(from);
          const found = link(from, mapping.foreign_name.name);
          found.mappings.push(mapping);
          found.files.add(file);
          found.uses += usesOf(mapping);
        }
      } else if (statement.TYPE === 'Export') {
        if (from !== undefined) {
          fixed.add(from);
          fixed.add(file);
        }
        if (statement.exported_definition != null || statement.exported_value != null) {
          fixed.add(file);
        }
        for (const mapping of statement.exported_names ?? []) {
          if (from !== undefined || mapping.foreign_name.name === '*') continue;
          const found = link(file, mapping.foreign_name.name);
          found.mappings.push(mapping);
          found.uses += usesOf(mapping);
        }
      }
    }
  }
  const taken = new Map<string, Set<string>>();
  const take = (found: Link, name: string) => {
    for (const file of found.files) {
      const names = taken.get(file) ?? new Set<string>();
      names.add(name);
      taken.set(file, names);
    }
  };
  const chunkOf = (found: Link) => found.key.slice(0, found.key.indexOf('\0'));
  const movable = (found: Link) =>
    files.has(chunkOf(found)) &&
    !fixed.has(chunkOf(found)) &&
    SHORT.test(found.name) &&
    found.mappings.every(({ foreign_name }) => foreign_name.quote === undefined);
  const moving = [...links.values()].filter(movable);
  for (const found of links.values()) if (!movable(found)) take(found, found.name);
  // The most written links first, to the shortest names; ties in a stable order.
  moving.sort((a, b) => b.uses - a.uses || (a.key < b.key ? -1 : 1));
  let renamed = 0;
  for (const found of moving) {
    const name = [found.name, ...NAMES].find((next) =>
      [...found.files].every((file) => !taken.get(file)?.has(next)),
    );
    if (name === undefined) throw new Error(`link-names: no name left for ${found.key}`);
    take(found, name);
    if (name === found.name) continue;
    for (const mapping of found.mappings) mapping.foreign_name.name = name;
    renamed += 1;
  }
  return renamed;
}
