/**
 * The script-tag chunks link to each other by short names (rolldown's `export{ce as A}`, and
 * `import{A as u}` in the chunks that use it): terser mangles each file's top-level bindings on its
 * own, so the local name of an imported or exported binding seldom is the name it is linked by,
 * and every such name costs an `x as Y` in an import or export list (about 1.6 kB minified on the
 * dashboard's page). This pass, on terser's mangled tree, gives such a binding its linked name
 * wherever a sequence of renames that changes no binding any name refers to can; terser then
 * prints `export{A}` and `import{A}`.
 */

/** What this pass reads of terser's tree (terser exports no types for it). */
interface Definition {
  readonly name: string;
  mangled_name?: string | null | undefined;
  readonly references: readonly unknown[];
  readonly orig: readonly unknown[];
  /** Non-zero for a binding declared with `export` (`export function f`): its name is its link. */
  readonly export: number;
  /** The function, block or module that declares it (the module for a global). */
  readonly scope: Scope;
  /** Whether it is a global the module refers to without declaring it. */
  readonly undeclared?: boolean;
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
  readonly variables: Map<string, Definition>;
  /** Whether the module uses `eval` or `with`: then no name may change. */
  pinned(): boolean;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The one-letter names an inner binding in the way may take instead. */
const LETTERS = [...'etisrnaolcdhufpmgbyvxkwjqzETISRNAOLCDHUFPMGBYVXKWJQZ_$'];

/**
 * The two-letter names a binding in the way may take when no one-letter name is free for it (in
 * a chunk of more than 54 top-level bindings, one of them often is: the dashboard's page 46 B
 * smaller, a growth page 22 B). Not `do`, `if`, `in`, which are keywords.
 */
const PAIRS = LETTERS.flatMap((first) =>
  [...LETTERS, ...'0123456789'].map((next) => first + next),
).filter((name) => !['do', 'if', 'in'].includes(name));

/** A binding's name as terser prints it. */
const nameOf = (definition: Definition) => definition.mangled_name || definition.name;

/**
 * Renames, in place, each top-level binding of a mangled module that an `import {X as y}` or an
 * `export {y as X}` links by another name to that name `X`. The bindings named `X` in the way
 * (declared in a function or block that refers to it, or another top-level one) are renamed first:
 * a top-level one takes its old name `y`, an inner one the first one-letter name free for it
 * (either, where no such name is free, the first two-letter one). Each
 * rename is checked alone, so none changes what any name refers to; none touches a global, a
 * binding declared with `export` or a module that uses `eval` or `with`. A rename is kept when the
 * `y as ` it drops from the lists outweighs what the renamed bindings' uses grow by.
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
  /** The scopes each binding is referred to from (its own, and those between it and a use). */
  const within = new Map<Definition, Scope[]>();
  tree.walk({
    _visit(node, descend) {
      for (const scope of [
        node.variables instanceof Map && node.enclosed !== undefined
          ? (node as unknown as Scope)
          : undefined,
        node.block_scope,
      ]) {
        for (const definition of scope?.enclosed ?? []) {
          within.set(definition, [...(within.get(definition) ?? []), scope as Scope]);
        }
      }
      descend?.call(node);
    },
  });
  /**
   * The bindings that keep `definition` from being named `name`: those of that name declared in
   * its scope or referred to from it (a global, an outer binding it would capture), or declared in
   * a function or block that refers to it (they would capture its uses there).
   */
  const blockers = (definition: Definition, name: string) => {
    const found = new Set<Definition>();
    const { scope } = definition;
    for (const other of [...scope.variables.values(), ...scope.enclosed]) {
      if (other !== definition && nameOf(other) === name) found.add(other);
    }
    for (const below of within.get(definition) ?? []) {
      if (below === scope) continue;
      for (const other of below.variables.values()) {
        if (other !== definition && nameOf(other) === name) found.add(other);
      }
    }
    return found;
  };
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
    // Each binding named `name` in the way is renamed first, each rename checked on its own
    // (so that the whole is a sequence of renames none of which changes what a name refers to):
    // this binding steps aside to a name nothing has, a top-level one takes its name, an inner
    // one the first one-letter name free for it. Kept when the bytes saved in the list outweigh
    // what the renamed bindings' uses grow by; else undone.
    const before = new Map<Definition, string | null | undefined>([
      [definition, definition.mangled_name],
    ]);
    let growth = uses(definition) * (name.length - current.length) - (current.length + 4);
    definition.mangled_name = ' ';
    for (const other of blockers(definition, name)) {
      if (settled.has(other) || other.export !== 0 || other.undeclared) {
        growth = Number.POSITIVE_INFINITY;
        break;
      }
      const free = [other.scope === tree ? current : undefined, ...LETTERS, current, ...PAIRS].find(
        (next) => next !== undefined && next !== name && blockers(other, next).size === 0,
      );
      if (free === undefined) {
        growth = Number.POSITIVE_INFINITY;
        break;
      }
      before.set(other, other.mangled_name);
      other.mangled_name = free;
      growth += uses(other) * (free.length - name.length);
    }
    if (growth < 0 && blockers(definition, name).size === 0) {
      definition.mangled_name = name;
      settled.add(definition);
    } else {
      for (const [other, old] of before) other.mangled_name = old;
    }
  }
  return settled.size;
}
