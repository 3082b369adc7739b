/**
 * A check of what the script-tag chunks link by, on the files as written: the names each file
 * imports from another (`import{A as b}from"./x.js"`, `export{A}from"./x.js"`) and the properties
 * each reads of a module it imports with `import()` (`import("./x.js").then(e=>e.growthTable)`,
 * `.then(({sharedFetch:t})=>…)`, a namespace kept in a binding and read later) must be exports of
 * that file. The build names those links when it bundles (rolldown's minifier) and renames the
 * bindings they link after (`scripts/aligned-binding-names.ts`): a wrong name is a page that
 * throws as it loads, or only when a lazily imported chunk loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { minify } from 'terser';

/** What this check reads of terser's tree (terser exports no types for it). */
interface Definition {
  readonly references: readonly TreeNode[];
}

interface TreeNode {
  readonly TYPE: string;
  readonly name?: string | TreeNode | null;
  readonly thedef?: Definition;
  readonly expression?: TreeNode;
  readonly property?: string | TreeNode;
  readonly args?: readonly TreeNode[];
  readonly argnames?: readonly TreeNode[];
  readonly left?: TreeNode;
  readonly right?: TreeNode;
  readonly value?: string;
  readonly key?: string | TreeNode;
  readonly names?: readonly TreeNode[];
  readonly is_array?: boolean;
  readonly segments?: readonly TreeNode[];
  readonly elements?: readonly TreeNode[];
  readonly definitions?: readonly TreeNode[];
  readonly module_name?: { readonly value: string } | null;
  readonly imported_name?: TreeNode | null;
  readonly imported_names?: readonly Mapping[] | null;
  readonly exported_names?: readonly Mapping[] | null;
  readonly exported_definition?: TreeNode | null;
  readonly is_default?: boolean;
  walk(visitor: { _visit(node: TreeNode, descend?: () => void): unknown }): void;
}

interface Mapping {
  readonly name: { readonly name: string };
  readonly foreign_name: { readonly name: string };
}

/** One file as this check reads it. */
interface Links {
  /** The names it exports. */
  readonly exports: Set<string>;
  /** The files whose exports it re-exports whole (`export*from`). */
  readonly everything: string[];
  /** What it needs of other files: [file, name, how the text says it]. */
  readonly needs: [string, string, string][];
  /** What it does that this check cannot follow. */
  readonly unknown: string[];
  /** The files whose `import()` value goes where this check cannot follow it: [file, how]. */
  readonly escaped: [string, string][];
}

/** Operators that only compare a namespace (whether it is loaded yet). */
const COMPARISONS = new Set(['===', '!==', '==', '!=']);

/** Whether `node` is a call of `Promise.all`. */
function isPromiseAll(node: TreeNode | undefined): node is TreeNode {
  const callee = node?.TYPE === 'Call' ? node.expression : undefined;
  return (
    callee?.TYPE === 'Dot' &&
    callee.property === 'all' &&
    callee.expression?.TYPE === 'SymbolRef' &&
    callee.expression.name === 'Promise'
  );
}

/** The file a literal module specifier names (`"./x.js"`, `` `./x.js` ``), else `undefined`. */
function literalOf(node: TreeNode | undefined): string | undefined {
  if (node?.TYPE === 'String') return node.value;
  const [segment, ...more] = node?.TYPE === 'TemplateString' ? (node.segments ?? []) : [];
  return segment !== undefined && more.length === 0 ? segment.value : undefined;
}

/** Reads one file's links with terser's scopes (compress off, so the code is as written). */
async function linksOf(file: string, loader: string | undefined): Promise<Links> {
  const { ast } = (await minify(readFileSync(file, 'utf8'), {
    module: true,
    ecma: 2020,
    compress: false,
    mangle: true,
    format: { ast: true, code: false } as never,
  })) as unknown as { ast: TreeNode };
  const links: Links = { exports: new Set(), everything: [], needs: [], unknown: [], escaped: [] };
  // A bare specifier (`lit`) stays as written: not a file of the bundle.
  const at = (path: string) => (path.startsWith('.') ? resolve(dirname(file), path) : path);
  const parents = new Map<TreeNode, TreeNode>();
  const dynamic: TreeNode[] = [];
  const stack: TreeNode[] = [];
  ast.walk({
    _visit(node, descend) {
      const parent = stack.at(-1);
      if (parent !== undefined) parents.set(node, parent);
      if (node.TYPE === 'DynamicImport') dynamic.push(node);
      stack.push(node);
      descend?.call(node);
      stack.pop();
      return true;
    },
  });
  for (const statement of (ast as unknown as { body: TreeNode[] }).body) {
    const from = statement.module_name == null ? undefined : at(statement.module_name.value);
    if (statement.TYPE === 'Import' && from !== undefined) {
      if (statement.imported_name != null) links.needs.push([from, 'default', 'import']);
      for (const { foreign_name } of statement.imported_names ?? []) {
        if (foreign_name.name !== '*') links.needs.push([from, foreign_name.name, 'import']);
      }
      if (statement.imported_names == null) links.needs.push([from, '', 'import']);
    } else if (statement.TYPE === 'Export') {
      if (statement.is_default) links.exports.add('default');
      const definition = statement.exported_definition;
      for (const declared of definition?.definitions ?? (definition ? [definition] : [])) {
        const { name } = declared;
        if (typeof name === 'object' && name?.TYPE.startsWith('Symbol')) {
          links.exports.add(name.name as string);
        } else {
          links.unknown.push(`export of a ${definition?.TYPE}`);
        }
      }
      for (const { name, foreign_name } of statement.exported_names ?? []) {
        if (from !== undefined && name.name === '*' && foreign_name.name === '*') {
          links.everything.push(from);
        } else {
          links.exports.add(foreign_name.name);
          if (from !== undefined && name.name !== '*') {
            links.needs.push([from, name.name, 'export from']);
          }
        }
      }
    }
  }
  /** Properties read of a namespace bound to `definition`, where it goes after. */
  const readsOf = (definition: Definition, target: string, seen: Set<Definition>) => {
    if (seen.has(definition)) return;
    seen.add(definition);
    for (const reference of definition.references) {
      const parent = parents.get(reference);
      if (parent?.TYPE === 'Dot' && parent.expression === reference) {
        links.needs.push([target, parent.property as string, 'import()']);
      } else if (
        parent?.TYPE === 'Assign' &&
        parent.right === reference &&
        parent.left?.TYPE === 'SymbolRef' &&
        parent.left.thedef !== undefined
      ) {
        readsOf(parent.left.thedef, target, seen);
      } else if (
        (parent?.TYPE === 'Assign' && parent.left === reference) ||
        (parent?.TYPE === 'Binary' &&
          COMPARISONS.has((parent as { operator?: string }).operator ?? ''))
      ) {
        // Where the namespace is kept, or whether it is there yet: nothing read of it.
      } else {
        links.escaped.push([target, `a use (${parent?.TYPE})`]);
      }
    }
  };
  /** Properties read of what a `.then` callback is given: its parameter or its pattern. */
  const readsOfParameter = (parameter: TreeNode | undefined, target: string) => {
    if (parameter === undefined) return;
    if (parameter.TYPE === 'SymbolFunarg' && parameter.thedef !== undefined) {
      readsOf(parameter.thedef, target, new Set());
    } else if (parameter.TYPE === 'Destructuring' && !parameter.is_array) {
      for (const property of parameter.names ?? []) {
        if (property.TYPE === 'ObjectKeyVal' && typeof property.key === 'string') {
          links.needs.push([target, property.key, 'import()']);
        } else {
          links.escaped.push([target, `a ${property.TYPE} in a pattern`]);
        }
      }
    } else {
      links.escaped.push([target, `a ${parameter.TYPE} given it`]);
    }
  };
  for (const node of dynamic) {
    const path = literalOf(node.args?.[0]);
    if (path === undefined) {
      links.unknown.push('an import() of no literal file');
      continue;
    }
    const target = at(path);
    links.needs.push([target, '', 'import()']);
    const parent = parents.get(node);
    const grand = parent === undefined ? undefined : parents.get(parent);
    // `import(x).then(f)`, or `Promise.all([…, import(x), …]).then(([…, item, …]) => …)`.
    const all = parent?.TYPE === 'Array' && isPromiseAll(grand) ? grand : undefined;
    const index = all === undefined ? -1 : (parent?.elements ?? []).indexOf(node);
    const then = parents.get(all ?? node);
    const call = then === undefined ? undefined : parents.get(then);
    const callback = call?.TYPE === 'Call' ? call.args?.[0] : undefined;
    if (then?.TYPE === 'Dot' && then.property === 'then' && call?.expression === then) {
      const parameter = callback?.argnames?.[0];
      if (callback?.TYPE !== 'Arrow' && callback?.TYPE !== 'Function') {
        links.escaped.push([target, `a .then(${callback?.TYPE})`]);
      } else if (all === undefined || parameter === undefined) {
        readsOfParameter(parameter, target);
      } else if (parameter.TYPE === 'Destructuring' && parameter.is_array) {
        const item = parameter.names?.[index];
        readsOfParameter(item?.TYPE === 'Hole' ? undefined : item, target);
      } else {
        links.escaped.push([target, `a ${parameter.TYPE} given Promise.all of it`]);
      }
    } else if (all === undefined && parent?.TYPE === 'Await' && grand?.TYPE === 'Dot') {
      links.needs.push([target, grand.property as string, 'import()']);
    } else if (parent?.TYPE !== 'SimpleStatement' && resolve(file) !== loader) {
      links.escaped.push([target, `it in a ${parent?.TYPE}`]);
    }
  }
  return links;
}

/**
 * The links between `files` that do not hold: each name a file imports or re-exports from another,
 * and each property it reads of what `import()` of another gives, that the other does not export;
 * each file named that is not there; each use of what `import()` gives that this check cannot
 * follow: an `import()` of no literal file, and a chunk whose `import()` value goes where this
 * check cannot follow it (passed on, returned, read by a computed name, kept in a field) and
 * that exports a name of one or two characters (one the build may have chosen, where the
 * sources' names are longer). An `import()` whose result is discarded reads nothing, and so do
 * `loader`'s (the autoloader's element loaders return `Promise.all` of them, whose values nothing
 * reads). Files outside `files` (a bare `lit`) are not checked.
 *
 * @param files - paths of every `.js` file of the bundle (the autoloader and its chunks)
 * @param loader - the file whose `import()`s are run, not read
 * @returns one line per problem, `<file>: <what>`; empty when every link holds
 *
 * @example
 * ```ts
 * // a.js: export{f as A}; b.js: import{B}from"./a.js";import("./a.js").then(e=>e.C)
 * await brokenLinks(['a.js', 'b.js']);
 * //=> ['b.js: import B from a.js, which does not export it',
 * //    'b.js: import() C from a.js, which does not export it']
 * ```
 */
export async function brokenLinks(files: readonly string[], loader?: string): Promise<string[]> {
  const all = new Map<string, Links>();
  for (const file of files) {
    all.set(resolve(file), await linksOf(file, loader === undefined ? undefined : resolve(loader)));
  }
  const exported = (file: string, seen = new Set<string>()): Set<string> => {
    const links = all.get(file);
    if (links === undefined || seen.has(file)) return new Set();
    seen.add(file);
    const names = new Set(links.exports);
    for (const from of links.everything) {
      for (const name of exported(from, seen)) if (name !== 'default') names.add(name);
    }
    return names;
  };
  const problems: string[] = [];
  for (const [file, links] of all) {
    const short = basename(file);
    for (const what of links.unknown) problems.push(`${short}: ${what}`);
    for (const [from, how] of links.escaped) {
      // Then no name of it may be one the build chose (one or two characters, rolldown's).
      const chosen = [...exported(from)].filter((name) => /^[\w$]{1,2}$/.test(name));
      if (chosen.length > 0) {
        problems.push(
          `${short}: import("${basename(from)}") read where this check cannot follow (${how}), ` +
            `and it exports ${chosen.join(', ')}`,
        );
      }
    }
    for (const [from, name, how] of links.needs) {
      if (!all.has(from)) {
        if (isAbsolute(from) && !existsSync(from)) {
          problems.push(`${short}: ${how} of ${basename(from)}, which is not there`);
        }
        continue;
      }
      if (name !== '' && !exported(from).has(name)) {
        problems.push(`${short}: ${how} ${name} from ${basename(from)}, which does not export it`);
      }
    }
  }
  return problems;
}
