/**
 * Whether a user of the built package can name every type they can meet. tsup's declaration
 * build puts types several entries share in hashed chunks (`dist/balance-<hash>.d.ts`) that no
 * `exports` path reaches: a type declared there, or declared in an entry's file without being
 * exported, is reachable (as a member's, parameter's or event's type) but cannot be named, and a
 * consumer compiling with `declaration: true` gets TS2742/TS2883 ("cannot be named without a
 * reference to …/balance-<hash>.js") or TS4094 for a value whose inferred type involves it.
 *
 * `publicTypes` walks the declarations from every typed entry of `package.json` `exports` (each
 * export, each member of the package's own classes and interfaces, protected ones included, and
 * the types within theirs) and lists the package's named types no entry exports; it also writes
 * a consumer module that exports one inferred value per export and member, which
 * `declarationErrors` compiles with `tsc --declaration --emitDeclarationOnly` as a user would.
 * Both read the built `dist/`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The module resolutions a consumer may compile with. */
export type Resolution = 'bundler' | 'node16';

/** The specifiers of the package's entries that have types: `@bilateral/widgets`, `…/growth`, … */
export function typedEntries(dir = packageDir): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, string | Record<string, string>>;
  };
  return Object.entries(manifest.exports)
    .filter(([, target]) => typeof target === 'object' && 'types' in target)
    .map(([path]) => manifest.name + path.slice(1));
}

/** What `publicTypes` found. */
export interface PublicTypes {
  /** Each named type of the package reachable from an entry that no entry exports, with its way. */
  readonly unexported: readonly string[];
  /** A consumer module: one exported, inferred value per export and member met. */
  readonly consumer: string;
}

const CONSUMER_OPTIONS: Record<Resolution, ts.CompilerOptions> = {
  bundler: { module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler },
  node16: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 },
};

/** A consumer project's directory: `node_modules/<name>` links to the package. */
function consumerProject(dir: string): string {
  const project = mkdtempSync(join(tmpdir(), 'bilateral-public-types-'));
  const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name as string;
  mkdirSync(join(project, 'node_modules', dirname(name)), { recursive: true });
  symlinkSync(dir, join(project, 'node_modules', name), 'dir');
  return project;
}

const isPrivate = (declaration: ts.Declaration) =>
  (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Private) !== 0;

const isReference = (type: ts.Type): type is ts.TypeReference =>
  (type.flags & ts.TypeFlags.Object) !== 0 &&
  ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) !== 0;

/**
 * What a printed type refers to by name (an alias too, as its `aliasSymbol`); a value's type is
 * `typeof v` (a function's is written out where the function cannot be named).
 */
const TYPES = ts.SymbolFlags.Class | ts.SymbolFlags.Interface | ts.SymbolFlags.Enum;
const VALUES = ts.SymbolFlags.Function | ts.SymbolFlags.Variable;

/** Walks the package's declarations from its typed entries (see the module's comment). */
export function publicTypes(dir = packageDir): PublicTypes {
  const entries = typedEntries(dir);
  const project = consumerProject(dir);
  try {
    const file = join(project, 'entries.ts');
    const text = entries.map((entry, i) => `import type * as e${i} from '${entry}';`).join('\n');
    const host = ts.createCompilerHost({});
    const readFile = host.readFile;
    host.readFile = (name) => (name === file ? text : readFile(name));
    const program = ts.createProgram(
      [file],
      { ...CONSUMER_OPTIONS.bundler, strict: true, types: [], skipLibCheck: true, noEmit: true },
      host,
    );
    return walk(program, file, realpathSync(join(dir, 'dist')) + sep);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

function walk(program: ts.Program, file: string, dist: string): PublicTypes {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file) as ts.SourceFile;
  const inDist = (symbol: ts.Symbol) =>
    (symbol.declarations ?? []).some((d) => d.getSourceFile().fileName.startsWith(dist));
  const resolved = (symbol: ts.Symbol) =>
    symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;

  // Every export of every entry, by the symbol it names: its first public name.
  const exported = new Map<ts.Symbol, { readonly name: string; readonly expression: string }>();
  source.statements.forEach((statement, i) => {
    const specifier = (statement as ts.ImportDeclaration).moduleSpecifier;
    const module = checker.getSymbolAtLocation(specifier);
    if (module === undefined) throw new Error(`${specifier.getText()} does not resolve`);
    for (const symbol of checker.getExportsOfModule(module)) {
      const target = resolved(symbol);
      if (!exported.has(target)) {
        exported.set(target, { name: symbol.name, expression: `e${i}.${symbol.name}` });
      }
    }
  });

  const lines: string[] = [];
  const emit = (type: string) => lines.push(`export const v${lines.length} = each<${type}>();`);
  const unexported: string[] = [];
  const seenWithin = new Set<ts.Type>();
  const seenStructure = new Set<ts.Type>();
  const seenNamed = new Set<ts.Symbol>();

  /** The type arguments a generic class, interface or alias is named with: `unknown` each. */
  const generic = (symbol: ts.Symbol) => {
    const declaration = symbol.declarations?.find(
      (d) =>
        ts.isClassDeclaration(d) || ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d),
    );
    const count = declaration?.typeParameters?.length ?? 0;
    return count > 0 ? `<${Array(count).fill('unknown').join(', ')}>` : '';
  };

  /** A named type met on the way `via`: noted if unexported, then its members walked. */
  const named = (symbol: ts.Symbol, via: string) => {
    if (seenNamed.has(symbol)) return;
    seenNamed.add(symbol);
    const name = exported.get(symbol);
    if (name === undefined && symbol.flags & (TYPES | ts.SymbolFlags.TypeAlias)) {
      unexported.push(`${symbol.name} (${via})`);
    }
    members(symbol, name?.expression, name?.name ?? symbol.name);
  };

  /** The types within `type` as its printed form shows them, down to the named ones. */
  const within = (type: ts.Type, via: string): void => {
    if (seenWithin.has(type)) return;
    seenWithin.add(type);
    const alias = type.aliasSymbol;
    if (alias !== undefined) {
      for (const argument of type.aliasTypeArguments ?? []) within(argument, via);
      if (inDist(alias)) named(alias, via);
      return;
    }
    const symbol = type.getSymbol();
    if (symbol !== undefined && symbol.flags & (TYPES | VALUES)) {
      if (isReference(type)) {
        for (const argument of checker.getTypeArguments(type)) within(argument, via);
      }
      if (inDist(symbol)) named(symbol, via);
      return;
    }
    // Anonymous types written in another package's declarations are that package's to name.
    if (symbol?.declarations?.length && !inDist(symbol)) return;
    structure(type, via);
  };

  /** The parts of an unnamed type (or of a named one's definition). */
  const structure = (type: ts.Type, via: string): void => {
    if (seenStructure.has(type)) return;
    seenStructure.add(type);
    if (type.isUnionOrIntersection()) {
      for (const part of type.types) within(part, via);
      return;
    }
    if (!(type.flags & ts.TypeFlags.Object)) return;
    for (const property of checker.getPropertiesOfType(type)) {
      within(checker.getTypeOfSymbol(property), `${via}.${property.name}`);
    }
    for (const signature of [...type.getCallSignatures(), ...type.getConstructSignatures()]) {
      for (const parameter of signature.parameters) {
        within(checker.getTypeOfSymbol(parameter), `${via}(${parameter.name})`);
      }
      within(signature.getReturnType(), `${via}()`);
    }
    for (const index of checker.getIndexInfosOfType(type)) within(index.type, `${via}[]`);
  };

  /** A named type's own members (not those it inherits from Lit), and its bases. */
  const members = (symbol: ts.Symbol, expression: string | undefined, via: string) => {
    const isClass = symbol.flags & ts.SymbolFlags.Class;
    if (!(symbol.flags & (TYPES | ts.SymbolFlags.TypeAlias))) {
      // A function (its signatures) or a variable (its type): printed whole.
      if (expression !== undefined) emit(`typeof ${expression}`);
      const type = checker.getTypeOfSymbol(symbol);
      return symbol.flags & ts.SymbolFlags.Function ? structure(type, via) : within(type, via);
    }
    const declared = checker.getDeclaredTypeOfSymbol(symbol);
    const instance = expression === undefined ? undefined : expression + generic(symbol);
    if (instance !== undefined) emit(instance);
    // An alias is printed by its name, a union alias's members apart (each<> spreads them).
    if (symbol.flags & ts.SymbolFlags.TypeAlias) return structure(declared, via);
    const sides: [ts.Type, string | undefined][] = [[declared, instance]];
    if (isClass) {
      sides.push([checker.getTypeOfSymbol(symbol), expression && `(typeof ${expression})`]);
    }
    for (const [side, on] of sides) {
      for (const property of checker.getPropertiesOfType(side)) {
        // `#private` fields, `private` members and the class's prototype show no type.
        if (!inDist(property) || property.name.startsWith('#') || property.name === 'prototype') {
          continue;
        }
        if (property.declarations?.some(isPrivate)) continue;
        if (on !== undefined) emit(`${on}['${property.name}']`);
        within(checker.getTypeOfSymbol(property), `${via}.${property.name}`);
      }
    }
    if (isClass) {
      const constructors = checker.getTypeOfSymbol(symbol).getConstructSignatures();
      if (expression !== undefined && constructors.length > 0) {
        emit(`ConstructorParameters<typeof ${expression}>`);
      }
      for (const signature of constructors) {
        for (const parameter of signature.parameters) {
          within(checker.getTypeOfSymbol(parameter), `${via}(${parameter.name})`);
        }
      }
    }
    if (declared.isClassOrInterface()) {
      for (const base of checker.getBaseTypes(declared)) within(base, `${via} extends`);
    }
  };

  for (const [symbol, { expression }] of exported) named(symbol, expression);
  const imports = source.statements.map((s) => s.getText());
  return {
    unexported,
    consumer: [
      ...imports,
      '',
      '/** `T`, or each member of a union apart, so that an alias is printed as what it names. */',
      'declare function each<T>(): T extends unknown ? [T] : never;',
      '',
      ...lines,
      '',
    ].join('\n'),
  };
}

/** The errors of compiling `consumer` as a user would, with `tsc --declaration`. */
export async function declarationErrors(
  consumer: string,
  resolution: Resolution,
  dir = packageDir,
): Promise<string[]> {
  const project = consumerProject(dir);
  try {
    const { module, moduleResolution } = CONSUMER_OPTIONS[resolution];
    const compilerOptions = {
      module: ts.ModuleKind[module as ts.ModuleKind],
      moduleResolution: ts.ModuleResolutionKind[moduleResolution as ts.ModuleResolutionKind],
      target: 'es2022',
      lib: ['es2022', 'dom', 'dom.iterable'],
      types: [],
      strict: true,
      declaration: true,
      emitDeclarationOnly: true,
      outDir: 'out',
      skipLibCheck: true,
    };
    await writeFile(join(project, 'package.json'), '{ "type": "module" }\n');
    await writeFile(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions, files: ['index.ts'] }),
    );
    await writeFile(join(project, 'index.ts'), consumer);
    const tsc = join(
      dirname(createRequire(import.meta.url).resolve('typescript/package.json')),
      'bin',
      'tsc',
    );
    const run = spawnSync(process.execPath, [tsc, '-p', project, '--pretty', 'false'], {
      encoding: 'utf8',
    });
    const errors = (run.stdout ?? '').split('\n').filter((line) => line.trim() !== '');
    // tsc prints its errors on stdout and exits 0 without any: an exit with none printed is a tsc
    // that did not run (killed, or a Node that could not start), never a consumer without errors.
    if (run.error !== undefined || (run.status !== 0 && errors.length === 0)) {
      const exit = run.status === null ? `signal ${run.signal}` : `exit code ${run.status}`;
      throw new Error(`tsc did not run: ${exit}, ${run.error?.message ?? run.stderr}`);
    }
    return errors;
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
