/**
 * The script-tag chunks link to each other by short names (rolldown's `export{ce as A}`, and
 * `import{A as u}` in the chunks that use it): terser mangles each file's top-level bindings on its
 * own, so the local name of an imported or exported binding seldom is the name it is linked by,
 * and every such name costs an `x as Y` in an import or export list (about 1.6 kB minified on the
 * dashboard's page). This pass, on terser's mangled tree, gives such a binding its linked name
 * wherever that changes no binding any name refers to; terser then prints `export{A}` and
 * `import{A}`.
 */

/** What this pass reads of terser's tree (terser exports no types for it). */
interface Definition {
  readonly name: string;
  mangled_name?: string | null;
  readonly references: readonly unknown[];
  readonly orig: readonly unknown[];
  /** Non-zero for a binding declared with `export` (`export function f`): its name is its link. */
  readonly export: number;
}

interface Scope {
  readonly variables: Map<string, Definition>;
  readonly enclosed: readonly Definition[];
}

interface Node {
  readonly TYPE: string;
  readonly block_scope?: Scope;
  readonly variables?: Map<string, Definition>;
  readonly enclosed?: readonly Definition[];
  walk(visitor: { _visit(node: Node, descend?: () => void): unknown }): void;
}

interface NameMapping {
  readonly name: { readonly thedef?: Definition; readonly name: string };
  readonly foreign_name: { readonly name: string; readonly quote?: string };
}

/** A terser `AST_Toplevel` after `mangle` (scopes figured out, names mangled). */
export interface MangledTree extends Node {
  readonly body: readonly (Node & {
    readonly imported_names?: readonly NameMapping[] | null;
    readonly exported_names?: readonly NameMapping[] | null;
    readonly module_name?: unknown;
  })[];
  readonly globals: Map<string, Definition>;
  readonly variables: Map<string, Definition>;
  /** Whether the module uses `eval` or `with`: then no name may change. */
  pinned(): boolean;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A binding's name as terser prints it. */
const nameOf = (definition: Definition) => definition.mangled_name || definition.name;

/**
 * Renames, in place, each top-level binding of a mangled module that an `import {X as y}` or an
 * `export {y as X}` links by another name to that name `X`, where no function or block that refers
 * to the binding declares `X`, no global is named `X`, and no other top-level binding is (else the
 * two swap names, when the other's new name is free where it is used too and the swap makes the
 * module no longer). Each rename drops an `as` from the module's import or export lists.
 *
 * @param tree - terser's tree of the module (`format: { ast: true }`), mangled
 * @returns how many bindings now have their linked name
 *
 * @example
 * ```ts
 * const { ast } = await minify('import{A as b}from"./x.js";export{c as C};const c=b()', {
 *   module: true, format: { ast: true, code: false },
 * });
 * alignBindingNames(ast); // 1 or 2, depending on terser's names
 * (await minify(ast, { compress: false, mangle: false })).code;
 * //=> 'import{A}from"./x.js";export{C};const C=A();' (or as close as the names allow)
 * ```
 */
export function alignBindingNames(tree: MangledTree): number {
  if (tree.pinned()) return 0;
  const scopes: Scope[] = [];
  tree.walk({
    _visit(node, descend) {
      if (node !== tree && node.variables instanceof Map && node.enclosed !== undefined) {
        scopes.push(node as unknown as Scope);
      }
      if (node.block_scope !== undefined) scopes.push(node.block_scope);
      descend?.call(node);
    },
  });
  /** Whether `definition` may be named `name` below the top level, where it is referred to. */
  const freeBelow = (definition: Definition, name: string) =>
    scopes.every(
      (scope) =>
        !scope.enclosed.includes(definition) ||
        [...scope.variables.values()].every((inner) => nameOf(inner) !== name),
    );
  const topLevel = () => new Map([...tree.variables.values()].map((d) => [nameOf(d), d]));
  const uses = (definition: Definition) => definition.references.length + definition.orig.length;
  const wanted: [Definition, string][] = [];
  for (const statement of tree.body) {
    const links =
      statement.TYPE === 'Import'
        ? statement.imported_names
        : statement.TYPE === 'Export' && statement.module_name == null
          ? statement.exported_names
          : undefined;
    for (const { name, foreign_name } of links ?? []) {
      const definition = name.thedef;
      if (definition === undefined || definition.export !== 0 || foreign_name.quote) continue;
      if (!IDENTIFIER.test(foreign_name.name)) continue;
      if (tree.variables.get(definition.name) !== definition) continue;
      wanted.push([definition, foreign_name.name]);
    }
  }
  const settled = new Set<Definition>();
  for (const [definition, name] of wanted) {
    const current = nameOf(definition);
    if (settled.has(definition) || current === name) {
      settled.add(definition);
      continue;
    }
    if (tree.globals.has(name) || !freeBelow(definition, name)) continue;
    const holder = topLevel().get(name);
    if (holder !== undefined) {
      // A swap: the holder takes this binding's name; worth it when the bytes it saves in the
      // list outweigh what the holder's uses grow by.
      const growth = (current.length - name.length) * (uses(holder) - uses(definition));
      if (
        settled.has(holder) ||
        holder.export !== 0 ||
        growth >= current.length + 4 ||
        !freeBelow(holder, current)
      ) {
        continue;
      }
      holder.mangled_name = current;
    } else if (
      name.length > current.length &&
      uses(definition) * (name.length - current.length) >= current.length + 4
    ) {
      continue;
    }
    definition.mangled_name = name;
    settled.add(definition);
  }
  return settled.size;
}
