// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are source code to check
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');

/** The module specifier of `svg-rows.ts` (from any folder). */
const SVG_ROWS_JS = /(^|\/)svg-rows\.js$/;

/**
 * Whether `node` reaches the module's exports without naming `svgRows` (so the guard could not
 * see a use): a namespace import (`import * as rows`, then `rows['svgRows']`), a re-export of
 * all of it (`export *`, `export * as`), or an `import()` of it or of a path computed at run time.
 */
function reachesModule(node: ts.Node): boolean {
  // A string literal or a template literal without substitutions (`import(\`./svg-rows.js\`)`).
  const names = (specifier: ts.Node | undefined) =>
    specifier !== undefined &&
    ts.isStringLiteralLike(specifier) &&
    SVG_ROWS_JS.test(specifier.text);
  if (ts.isImportDeclaration(node)) {
    const bindings = node.importClause?.namedBindings;
    return names(node.moduleSpecifier) && bindings !== undefined && ts.isNamespaceImport(bindings);
  }
  if (ts.isExportDeclaration(node)) {
    const clause = node.exportClause;
    return names(node.moduleSpecifier) && (clause === undefined || ts.isNamespaceExport(clause));
  }
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
    const [specifier] = node.arguments;
    return names(specifier) || specifier === undefined || !ts.isStringLiteralLike(specifier);
  }
  return false;
}

/**
 * Whether an occurrence of the identifier `svgRows` is one the guard allows: its definition (in
 * `svg-rows.ts`), its import under its own name from `svg-rows.js`, or a direct call whose first
 * argument is a string literal (the row's markup written in the call).
 */
function allowed(node: ts.Identifier, file: string): boolean {
  const parent = node.parent;
  if (ts.isFunctionDeclaration(parent)) return parent.name === node && file.endsWith('svg-rows.ts');
  if (ts.isImportSpecifier(parent)) {
    const from = parent.parent.parent.parent.moduleSpecifier;
    return (
      parent.propertyName === undefined && ts.isStringLiteral(from) && SVG_ROWS_JS.test(from.text)
    );
  }
  return (
    ts.isCallExpression(parent) &&
    parent.expression === node &&
    parent.questionDotToken === undefined &&
    parent.arguments.length === 2 &&
    parent.arguments[0] !== undefined &&
    ts.isStringLiteral(parent.arguments[0])
  );
}

/**
 * Every occurrence of the identifier `svgRows` in `code` (comments aside), with whether the guard
 * allows it: any other — a name, a template literal or a concatenation as the row, `.call`,
 * `?.()`, an alias, a re-export, a variable holding the function — could pass markup from
 * elsewhere without a call the guard sees; and every way to the module that names no export
 * (see {@link reachesModule}), never allowed.
 */
function svgRowsUses(code: string, file = 'page.ts'): { text: string; allowed: boolean }[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const uses: { text: string; allowed: boolean }[] = [];
  const use = (node: ts.Node, text: string, ok: boolean) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    uses.push({ text: `${file}:${line + 1}: ${text.slice(0, 60)}`, allowed: ok });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === 'svgRows') {
      use(node, node.parent.getText(), allowed(node, file));
    }
    if (reachesModule(node)) use(node, node.getText(), false);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

describe('svgRows uses', () => {
  it.each([
    ['a string literal', 'svgRows(\'<circle cx={} r="4"></circle>\', rows);', true],
    ['a string literal on its own line', 'svgRows(\n  "<text x={}>{}</text>",\n  rows,\n);', true],
    ['the import under its own name', "import { svgRows } from './svg-rows.js';", true],
    ['a name', 'svgRows(ROW, rows);', false],
    ['a name after a space', 'svgRows (label, rows);', false],
    ['a template literal', 'svgRows(`<text>${label}</text>`, rows);', false],
    ['a template literal without substitutions', 'svgRows(`<text>{}</text>`, rows);', false],
    ['a concatenation', "svgRows('<text x={}>' + tag + '</text>', rows);", false],
    ['.call', "svgRows.call(null, '<text>{}</text>', rows);", false],
    ['an optional call', "svgRows?.('<text>{}</text>', rows);", false],
    ['an alias', "import { svgRows as rows } from './svg-rows.js';", false],
    ['a variable', 'const draw = svgRows;', false],
    ['a re-export', "export { svgRows } from './svg-rows.js';", false],
    ['the definition outside svg-rows.ts', 'export function svgRows(row: string) {}', false],
    // Review h113 F12: the module reached without naming svgRows (then `rows['svgRows'](…)`).
    ['a namespace import', "import * as rows from './svg-rows.js';", false],
    ['a re-export of all', "export * from '../charts/svg-rows.js';", false],
    ['a namespace re-export', "export * as rows from './svg-rows.js';", false],
    ['an import()', "const rows = await import('./svg-rows.js');", false],
    ['an import() of a computed path', 'const rows = await import(`./${name}.js`);', false],
    // Review h130 F14: a template literal without substitutions is a string, not a computed path.
    ['an import() of a template literal', 'const rows = await import(`./svg-rows.js`);', false],
  ])('%s: allowed %s', (_name, code, expected) => {
    const uses = svgRowsUses(code);
    expect(uses).toHaveLength(1);
    expect(uses[0]?.allowed).toBe(expected);
  });

  it('sees no use in a comment', () => {
    expect(svgRowsUses('// see `svgRows`\n/** {@link svgRows} */\nconst x = 1;')).toEqual([]);
  });

  it('finds only allowed uses in src/, so no markup reaches svgRows from elsewhere', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
      // This file's own examples of uses left out.
      (file) => file.endsWith('.ts') && !file.endsWith('svg-rows.node.test.ts'),
    );
    const uses = files.flatMap((file) => svgRowsUses(readFileSync(join(SRC, file), 'utf8'), file));
    // The definition, 6 imports, 7 calls in src/ and 3 in the browser test, at least.
    expect(uses.length).toBeGreaterThanOrEqual(17);
    expect(uses.filter((use) => !use.allowed).map((use) => use.text)).toEqual([]);
  });
});
