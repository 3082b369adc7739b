/**
 * Rewrites the widgets' imports from `@bilateral/core`, `@bilateral/core/calc` and
 * `@bilateral/core/targets` into imports from the core modules that define each name, for the
 * script-tag bundle. esbuild's code splitting places each module
 * by the entry points whose import graph reaches it (module by module, not name by name), and a
 * barrel reaches every module it re-exports: with the elements importing one barrel, a module only
 * <bilateral-gates> uses (the crossing functions) landed in a chunk a growth page loads. Imported
 * from where it is defined, a module reaches only the chunks of the elements that use it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const coreSource = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'core', 'src');

/** `./x.js` from `file` as the absolute path of the TypeScript module. */
const moduleOf = (file: string, specifier: string) =>
  join(dirname(file), specifier).replace(/\.js$/, '.ts');

/** Each value a barrel exports, with the module that defines it and its name there. */
function barrelExports(file: string, into = new Map<string, [string, string]>()) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || statement.isTypeOnly) continue;
    const specifier = statement.moduleSpecifier;
    if (specifier === undefined || !ts.isStringLiteral(specifier)) continue;
    const module = moduleOf(file, specifier.text);
    const clause = statement.exportClause;
    if (clause === undefined) barrelExports(module, into);
    else if (ts.isNamedExports(clause)) {
      for (const element of clause.elements) {
        if (element.isTypeOnly) continue;
        into.set(element.name.text, [module, (element.propertyName ?? element.name).text]);
      }
    }
  }
  return into;
}

/** The core's entries, as the widgets import them, and their barrels (read when first met). */
const ENTRIES: Readonly<Record<string, string>> = {
  '@bilateral/core': join(coreSource, 'index.ts'),
  '@bilateral/core/calc': join(coreSource, 'calc.ts'),
  '@bilateral/core/targets': join(coreSource, 'targets', 'index.ts'),
  '@bilateral/core/internal': join(coreSource, 'internal.ts'),
};
const entryExports = new Map<string, Map<string, [string, string]>>();

/**
 * The specifier of `module` (an absolute path) from `file`: relative (`../../core/src/x.ts`), with
 * `/`. esbuild hashes the code it reads, and its source maps' `sourcesContent` is that code: an
 * absolute path there made the chunks' hashes, and with their names rolldown's order of modules
 * and the names the chunks export, depend on the folder the repository was checked out in.
 */
function specifierOf(file: string, module: string): string {
  const path = relative(dirname(file), module).split(sep).join('/');
  return path.startsWith('../') ? path : `./${path}`;
}

/**
 * `code` (a widget module at `fileName`) with each value import from a core entry made direct, as
 * an import of the core module that defines it, relative to `fileName`.
 *
 * @example
 * ```ts
 * // In the repository's root folder:
 * directCoreImports("import { growthRate } from '@bilateral/core';", 'packages/widgets/src/x.ts');
 * //=> 'import { growthRate as growthRate } from "../../core/src/growth/growth-rate.ts";'
 * ```
 */
export function directCoreImports(code: string, fileName = 'input.ts'): string {
  if (!code.includes("'@bilateral/core")) return code;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  let out = '';
  let at = 0;
  for (const statement of source.statements) {
    const specifier = ts.isImportDeclaration(statement) ? statement.moduleSpecifier : undefined;
    const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined;
    if (
      specifier === undefined ||
      !ts.isStringLiteral(specifier) ||
      ENTRIES[specifier.text] === undefined ||
      clause === undefined ||
      clause.isTypeOnly ||
      clause.namedBindings === undefined ||
      !ts.isNamedImports(clause.namedBindings)
    ) {
      continue;
    }
    const barrel = ENTRIES[specifier.text] as string;
    let exports = entryExports.get(barrel);
    if (exports === undefined) {
      exports = barrelExports(barrel);
      entryExports.set(barrel, exports);
    }
    const byModule = new Map<string, string[]>();
    for (const element of clause.namedBindings.elements) {
      if (element.isTypeOnly) continue;
      const name = (element.propertyName ?? element.name).text;
      const [module, original] = exports.get(name) ?? [barrel, name];
      const names = byModule.get(module) ?? [];
      names.push(`${original} as ${element.name.text}`);
      byModule.set(module, names);
    }
    const imports = [...byModule].map(
      ([module, names]) =>
        `import { ${names.join(', ')} } from ${JSON.stringify(specifierOf(fileName, module))};`,
    );
    // On one line, so that every other line keeps its number (and the source map stays true).
    out += `${code.slice(at, statement.getStart(source))}${imports.join(' ')}${'\n'.repeat(
      statement.getText(source).split('\n').length - 1,
    )}`;
    at = statement.getEnd();
  }
  return out + code.slice(at);
}
