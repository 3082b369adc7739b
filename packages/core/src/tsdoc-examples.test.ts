import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checker,
  declaredExports,
  type ExampleContext,
  entryResolver,
  exampleModule,
  examplesIn,
  type Mismatch,
  MORE,
  matches,
  mismatchesOf,
  publicEntries,
  resultLines,
  syntaxErrors,
} from './__fixtures__/tsdoc-examples.js';

/**
 * Every ```ts block of the core's doc comments runs here, against the source, so a `//=>` result
 * cannot go stale again (ten had since the embedded data gained 2025). A block tagged
 * ```ts fragment (a piece of a larger program) is shown, not run, so it may show no `//=>` result
 * (31 did, unchecked, until h268 made 28 of them run); the count of those that run may not fall
 * under {@link RUNNABLE_AT_LEAST}.
 */
const RUNNABLE_AT_LEAST = 622;

const coreRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixture = join(coreRoot, 'src/__fixtures__/tsdoc-examples.ts');

/** The package's non-test modules: what its documentation is written in. */
function documentedFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      return entry.name === '__fixtures__' || entry.name === 'hostile' ? [] : documentedFiles(path);
    }
    return /(?<!\.test|\.test-d|\.bench|\.d)\.ts$/.test(entry.name) ? [path] : [];
  });
}

const entries = publicEntries(coreRoot);

const sources = documentedFiles(join(coreRoot, 'src'))
  .sort()
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const examples = sources.flatMap(({ path, text }) => examplesIn(relative(coreRoot, path), text));
const runnable = examples.filter((example) => !example.fragment);

/** Where each name the package's modules declare is exported (the first module, by path). */
const declaredIn = new Map<string, string>();
for (const { path, text } of sources) {
  for (const name of declaredExports(text)) {
    if (!declaredIn.has(name)) declaredIn.set(name, path);
  }
}

describe('the TSDoc examples', () => {
  let directory: string;
  /** Where each public name is exported: the first entry of package.json's that has it. */
  const publicIn = new Map<string, string>();

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'bilateral-examples-'));
    for (const path of entries.values()) {
      for (const name of Object.keys(await import(path))) {
        if (!publicIn.has(name)) publicIn.set(name, path);
      }
    }
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it(`run: at least ${RUNNABLE_AT_LEAST} of them`, () => {
    expect(runnable.length).toBeGreaterThanOrEqual(RUNNABLE_AT_LEAST);
  });

  it('tagged fragment: still TypeScript', () => {
    const broken = examples
      .filter((example) => example.fragment)
      .flatMap((example) =>
        syntaxErrors(example.code).map(
          ({ line, message }) => `${example.file}:${example.line + line}: ${message}`,
        ),
      );
    expect(broken).toEqual([]);
  });

  it('tagged fragment: shows no result, which nothing would check', () => {
    const unchecked = examples
      .filter((example) => example.fragment)
      .flatMap((example) =>
        resultLines(example.code).map((line) => `${example.file}:${example.line + line}`),
      );
    expect(unchecked).toEqual([]);
  });

  runnable.forEach((example, index) => {
    it(`${example.file}:${example.line}`, async () => {
      const own = join(coreRoot, example.file);
      const ownNames = new Set(Object.keys(await import(own)));
      // A name the example uses unimported: its own module's, a public one, another module's.
      const context: ExampleContext = {
        resolve: entryResolver(entries, `${example.file}:${example.line}`),
        provider: (name) =>
          ownNames.has(name) ? own : (publicIn.get(name) ?? declaredIn.get(name)),
        self: fixture,
      };
      const path = join(directory, `${index}.ts`);
      writeFileSync(path, exampleModule(example, dirname(own), context));
      const mismatches = await mismatchesOf(path);
      const report = mismatches.map(
        ({ at, expected, actual }) =>
          `\n${at}\n  the example: ${expected}\n  the code:    ${actual}`,
      );
      expect(mismatches, report.join('')).toEqual([]);
    });
  });
});

describe('an example check', () => {
  it('reports the line, what the example says and what the code gives', async () => {
    const mismatches: Mismatch[] = [];
    const check = checker(mismatches);
    await check.value('src/x.ts:3', async () => 12, { code: () => 11, text: '11' });
    await check.value('src/x.ts:4', async () => ['a', 'b'], {
      code: () => ['a', MORE],
      text: "['a', …]",
    });
    await check.throws('src/x.ts:5', async () => 1, 'BilateralError [INVALID_INPUT]: …');
    expect(mismatches).toEqual([
      { at: 'src/x.ts:3', expected: '11', actual: '12' },
      {
        at: 'src/x.ts:5',
        expected: 'throws BilateralError [INVALID_INPUT]: …',
        actual: 'returns 1',
      },
    ]);
  });

  it('checks a result inside a try or an if, and refuses one it cannot check', () => {
    const context: ExampleContext = {
      resolve: (specifier) => specifier,
      provider: () => undefined,
      self: '/fixture.ts',
    };
    /** The module of an example of src/x.ts, on its first line. */
    const moduleOf = (code: string) =>
      exampleModule({ file: 'src/x.ts', line: 1, code, fragment: false }, '/src', context);
    const nested = "try {\n  if (a) {\n    f();\n    //=> 'x'\n  }\n} catch {}";
    expect(moduleOf(nested)).toContain('await __check.value("src/x.ts:4", async () => (f()');
    const inFunction = "[1].map((n) => {\n  f(n);\n  //=> 'x'\n});";
    expect(() => moduleOf(inFunction)).toThrow('src/x.ts:1: 1 results shown, 0 checked');
    const throwsArrow = 'f(); //=> throws: boom\n[1].map(() => {\n  f();\n  //=> throws: boom\n});';
    expect(() => moduleOf(throwsArrow)).toThrow('src/x.ts:1: 2 results shown, 1 checked');
  });

  it('finds the comments that show a result', () => {
    const code =
      'f(); //=> 1\n// 1, not checked\ng();\n//=> [\n// 2]\nh(); // throws: boom\n// UsageError: x\ni(); // throws';
    // The last as a runnable block's count of the results it shows reads it.
    expect(resultLines(code)).toEqual([0, 3, 5, 6, 7]);
  });

  it('finds a fragment that is not TypeScript', () => {
    expect(syntaxErrors('const a = 1;\nconst b = ;')).toEqual([
      { line: 1, message: 'Expression expected.' },
    ]);
    expect(syntaxErrors('const a = b; // b from elsewhere')).toEqual([]);
  });

  it('reads … as other entries and any text', () => {
    expect(matches({ a: '1', __MORE: MORE }, { a: '1', b: 2 })).toBe(true);
    expect(matches({ a: '1' }, { a: '1', b: 2 })).toBe(false);
    expect(matches('US$1.2 … 2025', 'US$1.2 billion in 2025')).toBe(true);
    expect(matches('US$1.2 … 2025', 'US$1.3 billion in 2025')).toBe(false);
    expect(matches([1, MORE], [])).toBe(false);
    expect(matches(new Set([1]), new Set([2]))).toBe(false);
    expect(matches(new Date(1), new Date(2))).toBe(false);
  });

  it('checks a value after a statement, on its line or the next ones', () => {
    const example = {
      file: 'src/x.ts',
      line: 10,
      code: "const x = f(1); //=> '2'\nf(\n  3,\n);\n//=> ['4',\n//    '5']",
      fragment: false,
    };
    const code = exampleModule(example, '/src', {
      resolve: (specifier) => specifier,
      provider: (name) => (name === 'f' ? '/src/x.ts' : undefined),
      self: '/fixture.ts',
    });
    expect(code).toContain(
      `await __check.value("src/x.ts:10", async () => x, { code: () => ('2'\n), text: "'2'" });`,
    );
    expect(code).toContain('await __check.value("src/x.ts:14", async () => (f(\n  3,\n)\n)');
    expect(code).toContain("text: \"['4',\\n'5']\"");
  });
});
