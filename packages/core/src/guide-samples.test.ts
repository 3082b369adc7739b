import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatWithOptions } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Example,
  entryResolver,
  exampleModule,
  mismatchesOf,
  publicEntries,
} from './__fixtures__/tsdoc-examples.js';

/**
 * The guides' samples that show what they print: a ```js or ```ts block followed at once by a
 * ```text block runs here, against the source, and prints that text, line for line. A file a
 * guide asks the reader to save ("Save this as `trade.json`:" before a ```json block) is saved
 * for the samples after it.
 */
const coreRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(coreRoot, '../..');
const guides = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

interface Block {
  readonly lang: string;
  /** The guide's line of the block's first code line (1-based). */
  readonly line: number;
  readonly code: string;
  /** The prose between the previous block and this one. */
  readonly before: string;
}

/** The fenced blocks of a Markdown text that start at the margin. */
function blocksOf(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let proseFrom = 0;
  for (let i = 0; i < lines.length; i++) {
    const lang = /^```(\w*)\s*$/.exec(lines[i] ?? '')?.[1];
    if (lang === undefined) continue;
    let end = i + 1;
    while (end < lines.length && lines[end] !== '```') end++;
    blocks.push({
      lang,
      line: i + 2,
      code: lines.slice(i + 1, end).join('\n'),
      before: lines.slice(proseFrom, i).join('\n'),
    });
    i = end;
    proseFrom = end + 1;
  }
  return blocks;
}

interface Sample extends Example {
  readonly printed: string;
  /** The files the guide had the reader save before this sample, by name. */
  readonly files: ReadonlyMap<string, string>;
}

const samples: Sample[] = guides.flatMap((file) => {
  const blocks = blocksOf(readFileSync(join(root, file), 'utf8'));
  const files = new Map<string, string>();
  return blocks.flatMap((block, index) => {
    const saved = /Save this as `([\w.-]+)`:\s*$/.exec(block.before)?.[1];
    if (saved !== undefined) files.set(saved, block.code);
    const next = blocks[index + 1];
    if (!['js', 'ts'].includes(block.lang) || next?.lang !== 'text' || next.before.trim() !== '') {
      return [];
    }
    return [
      {
        file,
        line: block.line,
        code: block.code,
        fragment: false,
        printed: next.code,
        files: new Map(files),
      },
    ];
  });
});

const entries = publicEntries(coreRoot);

describe('the guides’ samples print what the guides show', () => {
  // Made before the first test runs (see the guides' results below).
  let directory = '';
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'bilateral-guide-samples-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('finds at least 31 (in the developer’s guide, money and periods, economies and flows, security…)', () => {
    expect(samples.length).toBeGreaterThanOrEqual(31);
    expect([...new Set(samples.map((sample) => sample.file))]).toEqual(
      expect.arrayContaining([
        'docs/getting-started-developer.md',
        'docs/money-and-periods.md',
        'docs/economies-and-flows.md',
        'docs/security.md',
      ]),
    );
  });

  samples.forEach((sample, index) => {
    it(`${sample.file}:${sample.line}`, async () => {
      // The module's default export takes `__check` (exampleModule): here, what console.log gets.
      let code = `const console = { log: (...values) => __check(values) };\n${sample.code}`;
      for (const [name, content] of sample.files) {
        const path = join(directory, `${index}-${name}`);
        writeFileSync(path, content);
        code = code.replaceAll(`'${name}'`, JSON.stringify(path));
      }
      const path = join(directory, `${index}.ts`);
      writeFileSync(
        path,
        exampleModule({ ...sample, code }, directory, {
          resolve: entryResolver(entries, `${sample.file}:${sample.line}`),
          provider: () => undefined,
          self: join(coreRoot, 'src/__fixtures__/tsdoc-examples.ts'),
        }),
      );
      const printed: string[] = [];
      const run = (await import(path)).default as (
        log: (values: unknown[]) => void,
      ) => Promise<void>;
      await run((values) => printed.push(formatWithOptions({ colors: false }, ...values)));
      expect(printed.join('\n')).toBe(sample.printed);
    });
  });
});

describe('security.md’s search of the core for network calls and eval', () => {
  /** The core's source files that grep -r src --include='*.ts' --exclude… reads. */
  const sourceFiles = (directory: string): string[] =>
    readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return entry.name === '__fixtures__' ? [] : sourceFiles(path);
      return /(?<!\.test|\.bench)\.ts$/.test(entry.name) ? [path] : [];
    });

  it('prints the lines the guide shows', () => {
    const guide = readFileSync(join(root, 'docs/security.md'), 'utf8');
    const shown = /\$ grep -rE '\\bfetch\\\(.*\n(?: {2}.*\n)*(?<lines>(?:src\/.*\n)+)/.exec(guide)
      ?.groups?.lines;
    expect(shown).toBeDefined();
    const found = sourceFiles(join(coreRoot, 'src'))
      .sort()
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .filter((line) =>
            /\bfetch\(|XMLHttpRequest|WebSocket|new Function|\beval\(|import\(/.test(line),
          )
          .filter((line) => !/^ *\*/.test(line))
          .map((line) => `${path.slice(coreRoot.length + 1)}:${line}`),
      );
    expect(found.sort()).toEqual((shown ?? '').trimEnd().split('\n').sort());
  });
});

/**
 * The guides' ```ts blocks that show results with `//=>`, as the TSDoc examples do: each runs on
 * its own (a public name it does not import is imported for it) and its results are checked.
 */
const shownResults: Example[] = guides.flatMap((file) =>
  blocksOf(readFileSync(join(root, file), 'utf8'))
    .filter((block) => block.lang === 'ts' && /\/\/=>/.test(block.code))
    .map((block) => ({ file, line: block.line, code: block.code, fragment: false })),
);

describe('the guides’ results shown with //=>', () => {
  // Made before the first test runs, not as the file is collected: a run that skips them all
  // (`-t`, `vitest list`) runs no afterAll, and left the folder behind.
  let directory = '';
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'bilateral-guide-results-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  /** Each public name of the core, by the entry that exports it first. */
  const publicIn = new Map<string, string>();
  beforeAll(async () => {
    for (const path of entries.values()) {
      for (const name of Object.keys(await import(path))) {
        if (!publicIn.has(name)) publicIn.set(name, path);
      }
    }
  });

  it('finds at least 9 (in border infrastructure, flow tables…)', () => {
    expect(shownResults.length).toBeGreaterThanOrEqual(9);
    expect([...new Set(shownResults.map((example) => example.file))]).toEqual(
      expect.arrayContaining(['docs/border-infrastructure.md', 'docs/tables.md']),
    );
  });

  shownResults.forEach((example, index) => {
    it(`${example.file}:${example.line}`, async () => {
      const path = join(directory, `${index}.ts`);
      writeFileSync(
        path,
        exampleModule(example, directory, {
          resolve: entryResolver(entries, `${example.file}:${example.line}`),
          provider: (name) => publicIn.get(name),
          self: join(coreRoot, 'src/__fixtures__/tsdoc-examples.ts'),
        }),
      );
      const mismatches = await mismatchesOf(path);
      const report = mismatches.map(
        ({ at, expected, actual }) => `\n${at}\n  the guide: ${expected}\n  the code:  ${actual}`,
      );
      expect(mismatches, report.join('')).toEqual([]);
    });
  });
});
