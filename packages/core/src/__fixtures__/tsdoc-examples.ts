import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect, isDeepStrictEqual } from 'node:util';
import ts from 'typescript';

/**
 * The core's TSDoc examples as runnable modules (docs/CONTRIBUTING-CODE.md, "Examples run"): every
 * ```ts block of a doc comment, its `expression; //=> value` and `// throws BilateralError [CODE]:
 * message` comments turned into checks. A block tagged ```ts fragment is shown, not run.
 */

/** One fenced ```ts block of a doc comment. */
export interface Example {
  /** The file, relative to the package (`src/…`). */
  readonly file: string;
  /** The file's line of the block's first code line (1-based). */
  readonly line: number;
  /** The block's code, the comment's `* ` stripped. */
  readonly code: string;
  /** Tagged ```ts fragment: a piece of a larger program, not run. */
  readonly fragment: boolean;
}

/** The ```ts blocks of `text`'s doc comments. */
export function examplesIn(file: string, text: string): Example[] {
  const lines = text.split('\n');
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*\*\s?```ts( fragment)?\s*$/.exec(lines[i] ?? '');
    if (open === null) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*\*\s?```\s*$/.test(lines[j] ?? ''); j++) {
      body.push((lines[j] ?? '').replace(/^\s*\* ?/, '').replace(/^\s*\*$/, ''));
    }
    examples.push({ file, line: i + 2, code: body.join('\n'), fragment: open[1] !== undefined });
    i = j;
  }
  return examples;
}

/** What a `//=>` or `// throws` comment says a statement gives. */
type Expectation =
  | { readonly kind: 'value'; readonly text: string; readonly line: number }
  | { readonly kind: 'throws'; readonly text: string; readonly line: number };

/** Whether `text` has as many closing brackets as opening ones (strings skipped). */
function balanced(text: string): boolean {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
  }
  return depth <= 0;
}

/** The expectation in the comments between two statements, `at` the first comment's line. */
function expectationIn(comments: string, at: number): Expectation | undefined {
  const lines = comments.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    // `// throws BilateralError [CODE]: …`, `// throws: message`, `// UsageError: message`
    const throws = /^\/\/\s?(?:=>\s*)?(?:throws:?\s+(.*)|([A-Z]\w*Error\b.*))$/.exec(line);
    if (throws !== null)
      return { kind: 'throws', text: throws[1] ?? throws[2] ?? '', line: at + i };
    const value = /^\/\/\s?=>\s?(.*)$/.exec(line);
    if (value === null) continue;
    let text = value[1] ?? '';
    for (let j = i + 1; !balanced(text) && j < lines.length; j++) {
      text += `\n${(lines[j] ?? '').trim().replace(/^\/\/\s*/, '')}`;
    }
    return { kind: 'value', text, line: at + i };
  }
  return undefined;
}

/** `text` with each `…` outside a string as `__MORE` (an array's or object's other entries). */
function withMoreMarks(text: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quote !== '') {
      if (c === '\\') {
        out += c + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (c === quote) quote = '';
      out += c;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
      out += c;
    } else out += c === '…' ? '__MORE' : c;
  }
  return out;
}

/** The syntax errors of `code` as TypeScript: their line (from 0) and message. */
export function syntaxErrors(code: string): { line: number; message: string }[] {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, false);
  const diagnostics = (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] })
    .parseDiagnostics;
  return diagnostics.map((diagnostic) => ({
    line: file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line,
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '),
  }));
}

/**
 * A comment that shows a result as a check reads one: `//=>`, `// throws …` or `// SomeError …`
 * (global: `match` counts them).
 */
const SHOWN_RESULT = /\/\/\s?(?:=>|throws\b|[A-Z]\w*Error\b)/g;

/**
 * The lines (from 0) of `code` with a comment that shows a result ({@link SHOWN_RESULT}). A
 * fragment may have none: it is not run, so nothing would check them.
 */
export function resultLines(code: string): number[] {
  return code.split('\n').flatMap((line, index) => (line.match(SHOWN_RESULT) ? [index] : []));
}

/** Whether `text` parses as one JavaScript expression. */
function isExpression(text: string): boolean {
  const file = ts.createSourceFile('x.ts', `(${text}\n);`, ts.ScriptTarget.Latest, false);
  const diagnostics = (file as unknown as { parseDiagnostics: readonly unknown[] })
    .parseDiagnostics;
  return diagnostics.length === 0 && file.statements.length === 1;
}

/** The check of an expected value: the value as code when it is one, else its text. */
function expectedArgument(text: string): string {
  // A note after the value: `24296 (2024 × 12 + 8)`, `'0.35': "about +35 %"`.
  const noted = /^([\s\S]*?)\s*(?:\s\([\s\S]*\)|:\s*"[^"]*")\s*$/.exec(text)?.[1];
  const code = withMoreMarks(
    noted !== undefined && isExpression(withMoreMarks(noted)) ? noted : text,
  );
  return isExpression(code)
    ? `{ code: () => (${code}\n), text: ${JSON.stringify(text)} }`
    : `{ text: ${JSON.stringify(text)} }`;
}

/** Where an example module finds its names. */
export interface ExampleContext {
  /** The absolute path a bare specifier (`@bilateral/core/calc`) stands for. */
  readonly resolve: (specifier: string) => string;
  /** The absolute path of the module to import `name` from, if the package exports it. */
  readonly provider: (name: string) => string | undefined;
  /** This module's absolute path (for {@link MORE}). */
  readonly self: string;
}

/**
 * The source of each public entry of the package at `coreRoot`, by its specifier
 * (`@bilateral/core/calc`): the `@bilateral/source` condition of its package.json's exports.
 */
export function publicEntries(coreRoot: string): Map<string, string> {
  const exported = JSON.parse(readFileSync(join(coreRoot, 'package.json'), 'utf8'))
    .exports as Record<string, Record<string, string>>;
  return new Map(
    Object.entries(exported).flatMap(([subpath, conditions]) => {
      const source = conditions['@bilateral/source'];
      return source?.endsWith('.ts')
        ? [[`@bilateral/core${subpath.slice(1)}`, join(coreRoot, source)] as const]
        : [];
    }),
  );
}

/**
 * An {@link ExampleContext}'s `resolve` over `entries` ({@link publicEntries}): Node's own modules
 * as they are, a public entry to its source; anything else throws, naming `where` (the example).
 */
export function entryResolver(
  entries: ReadonlyMap<string, string>,
  where: string,
): (specifier: string) => string {
  return (specifier) => {
    if (specifier.startsWith('node:')) return specifier;
    const source = entries.get(specifier);
    if (source === undefined) throw new Error(`${where}: cannot import ${specifier}`);
    return source;
  };
}

/** The names a module declares with `export const|let|function|class|enum`. */
export function declaredExports(text: string): string[] {
  return Array.from(
    text.matchAll(
      /^export (?:declare )?(?:const|let|(?:async )?function\*?|class|enum) ([A-Za-z_$][\w$]*)/gm,
    ),
    (match) => match[1] ?? '',
  );
}

/**
 * The module running `example`: its imports (relative ones resolved from `directory`), then a
 * default export calling `check` for each `//=>` and `// throws`, with the names of `context`'s
 * modules that it uses declared.
 */
export function exampleModule(
  example: Example,
  directory: string,
  context: ExampleContext,
): string {
  const source = ts.createSourceFile('example.ts', example.code, ts.ScriptTarget.Latest, true);
  const imports: string[] = [];
  const imported = new Set<string>();
  /** Replacements of the example's text, by position. */
  const edits: { start: number; end: number; text: string }[] = [];
  let checked = 0;

  /** The statement checked against `expectation`, as code. */
  const checkedStatement = (statement: ts.Statement, expectation: Expectation): string => {
    const text = statement.getText(source);
    const at = JSON.stringify(`${example.file}:${expectation.line}`);
    const lines: string[] = [];
    let actual: string;
    if (ts.isExpressionStatement(statement)) {
      actual = `async () => (${text.replace(/;\s*$/, '')}\n)`;
    } else if (ts.isVariableStatement(statement)) {
      const declaration = statement.declarationList.declarations.at(-1);
      if (declaration === undefined || declaration.initializer === undefined) {
        throw new Error(`${at}: a declaration without a value before //=>`);
      }
      if (ts.isIdentifier(declaration.name)) {
        lines.push(text);
        actual = `async () => ${declaration.name.text}`;
      } else {
        // `const [a, b] = f(); //=> […]` shows what f() gives.
        const value = `__value${checked}`;
        const name = declaration.name.getText(source);
        const keyword = text.slice(0, text.indexOf(name)).trimEnd();
        lines.push(`const ${value} = ${declaration.initializer.getText(source)};`);
        lines.push(`${keyword} ${name} = ${value};`);
        actual = `async () => ${value}`;
      }
    } else {
      throw new Error(`${at}: //=> after a statement that is not an expression or a declaration`);
    }
    checked++;
    lines.push(
      expectation.kind === 'throws'
        ? `await __check.throws(${at}, ${actual}, ${JSON.stringify(expectation.text)});`
        : `await __check.value(${at}, ${actual}, ${expectedArgument(expectation.text)});`,
    );
    return lines.join('\n');
  };

  /** The blocks run by `node` itself (a try's, an if's, a loop's), not by a function in it. */
  const visitNested = (node: ts.Node): void => {
    ts.forEachChild(node, (child) => {
      if (ts.isFunctionLike(child) || ts.isClassLike(child)) return;
      if (ts.isBlock(child)) visitStatements(child.statements, child.end - 1);
      else visitNested(child);
    });
  };

  /** Each statement followed by a result comment (before `end` for the last) made a check. */
  const visitStatements = (statements: ts.NodeArray<ts.Statement>, end: number): void => {
    statements.forEach((statement, index) => {
      const start = statement.getStart(source);
      if (ts.isImportDeclaration(statement)) {
        const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
        const resolved = JSON.stringify(
          specifier.startsWith('.')
            ? new URL(specifier, `file://${directory}/`).pathname
            : context.resolve(specifier),
        );
        const text = statement.getText(source);
        imports.push(text.replace(/(['"])[^'"]+\1;?\s*$/, `${resolved};`));
        for (const name of text.matchAll(/\b([A-Za-z_$][\w$]*)\b/g)) imported.add(name[1] ?? '');
        edits.push({ start, end: statement.end, text: '' });
        return;
      }
      const next = statements[index + 1];
      const gap = example.code.slice(statement.end, next ? next.getStart(source) : end);
      const gapLine = example.line + source.getLineAndCharacterOfPosition(statement.end).line;
      const expectation = expectationIn(gap, gapLine);
      if (expectation === undefined) visitNested(statement);
      else
        edits.push({ start, end: statement.end, text: checkedStatement(statement, expectation) });
    });
  };

  visitStatements(source.statements, example.code.length);
  let code = example.code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);
  }
  // A result shown where it cannot be checked (a second one after a statement, one after a
  // statement inside a function) fails rather than passing unread.
  const shown = example.code.match(SHOWN_RESULT)?.length ?? 0;
  if (checked !== shown) {
    throw new Error(
      `${example.file}:${example.line}: ${shown} results shown, ${checked} checked: write each after a whole statement`,
    );
  }
  const used = new Set(
    Array.from(code.matchAll(/\b([A-Za-z_$][\w$]*)\b/g), (match) => match[1] ?? ''),
  );
  const byModule = new Map<string, string[]>();
  for (const name of used) {
    const provider = imported.has(name) ? undefined : context.provider(name);
    if (provider !== undefined) byModule.set(provider, [...(byModule.get(provider) ?? []), name]);
  }
  return [
    `import { MORE as __MORE } from ${JSON.stringify(context.self)};`,
    ...Array.from(
      byModule,
      ([path, names]) => `import { ${names.join(', ')} } from ${JSON.stringify(path)};`,
    ),
    ...imports,
    'export default async function (__check) {',
    code,
    '}',
  ].join('\n');
}

/** An expected value's marker for "and other entries" (`…` in an array or object). */
export const MORE = Symbol('…');

/** `value` as examples write it: Decimals as their text, Maps and Sets as they are. */
function shown(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (typeof (value as { isZero?: unknown }).isZero === 'function') return String(value);
  if (Array.isArray(value)) return value.map(shown);
  if (ArrayBuffer.isView(value)) return value;
  if (value instanceof Map || value instanceof Set || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, shown(entry)]));
}

/** Whether `text`, its `…` standing for any text, matches `actual`. */
function matchesText(text: string, actual: string): boolean {
  const parts = text.split('…');
  if (parts.length === 1) return text === actual;
  const first = parts[0] ?? '';
  const last = parts.at(-1) ?? '';
  if (!actual.startsWith(first) || !actual.endsWith(last)) return false;
  let at = first.length;
  for (const part of parts.slice(1, -1)) {
    const found = actual.indexOf(part, at);
    if (found < 0) return false;
    at = found + part.length;
  }
  return at <= actual.length - last.length;
}

/** Whether `actual` is the value `expected` shows (`…` for other entries and any text). */
export function matches(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'string' && typeof actual === 'string') {
    return matchesText(expected, actual);
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const open = expected.at(-1) === MORE;
    const shownItems = open ? expected.slice(0, -1) : expected;
    if (open ? actual.length < shownItems.length : actual.length !== shownItems.length)
      return false;
    return shownItems.every((item, i) => matches(item, actual[i]));
  }
  if (
    expected !== null &&
    typeof expected === 'object' &&
    !(expected instanceof Map || expected instanceof Set || expected instanceof Date)
  ) {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const keys = Object.keys(expected).filter((key) => key !== '__MORE');
    const open = keys.length < Object.keys(expected).length;
    if (!open && Object.keys(actual).length !== keys.length) return false;
    return keys.every(
      (key) =>
        Object.hasOwn(actual, key) &&
        matches(
          (expected as Record<string, unknown>)[key],
          (actual as Record<string, unknown>)[key],
        ),
    );
  }
  return isDeepStrictEqual(expected, actual);
}

/** One line of `value` as a reader compares it with an example's comment. */
function showValue(value: unknown): string {
  return inspect(shown(value), { depth: 8, breakLength: Number.POSITIVE_INFINITY });
}

/** A check that did not hold: where, what the example says, what the code gives. */
export interface Mismatch {
  readonly at: string;
  readonly expected: string;
  readonly actual: string;
}

/** The `check` argument of an example module's default export, recording mismatches. */
export function checker(mismatches: Mismatch[]) {
  return {
    async value(
      at: string,
      run: () => Promise<unknown>,
      expected: { readonly code?: () => unknown; readonly text: string },
    ): Promise<void> {
      let actual: unknown;
      try {
        actual = shown(await run());
      } catch (error) {
        mismatches.push({ at, expected: expected.text, actual: `throws ${String(error)}` });
        return;
      }
      const holds =
        expected.code === undefined
          ? normalized(showValue(actual)) === normalized(expected.text)
          : matches(shown(expected.code()), actual);
      if (!holds) mismatches.push({ at, expected: expected.text, actual: showValue(actual) });
    },
    async throws(at: string, run: () => Promise<unknown>, expected: string): Promise<void> {
      let actual: string;
      try {
        actual = `returns ${showValue(await run())}`;
      } catch (error) {
        actual = String(error);
        // `… (…)` or `… …` at the end: the message goes on (its other lines, its advice).
        const shown = expected.replace(/\s*(?:\(…\)|…)$/, '…');
        const message = error instanceof Error ? error.message : actual;
        const said = [actual, actual.split('\n')[0] ?? '', message, message.split('\n')[0] ?? ''];
        if (said.some((text) => matchesText(shown, text))) return;
      }
      mismatches.push({ at, expected: `throws ${expected}`, actual });
    },
  };
}

/** `text` with runs of white space as one space and double quotes as single ones. */
function normalized(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/"/g, "'").trim();
}

/** Runs the example module written at `path` ({@link exampleModule}): the checks that did not hold. */
export async function mismatchesOf(path: string): Promise<Mismatch[]> {
  const mismatches: Mismatch[] = [];
  const run = (await import(path)).default as (check: ReturnType<typeof checker>) => Promise<void>;
  await run(checker(mismatches));
  return mismatches;
}
