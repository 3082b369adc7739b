import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hostileValues } from './__fixtures__/hostile-values.js';
import { runIsolated, SUITE_TIMEOUT } from './__fixtures__/isolated.js';
import { assertNoFailures } from './__fixtures__/outcome.js';
import { GENERATED_PER_PARSER, parserNames } from './__fixtures__/suites/parsers.js';

const suite = fileURLToPath(new URL('./__fixtures__/suites/parsers.ts', import.meta.url));
const names = parserNames();
const perParser = hostileValues().length + GENERATED_PER_PARSER;

describe('hostile input: every public parser', () => {
  it(`finds the parsers (${names.parse.length} parseX, ${names.safeParse.length} safeParseX)`, () => {
    expect(names.parse.length).toBeGreaterThanOrEqual(17);
    expect(names.safeParse.length).toBeGreaterThanOrEqual(16);
  });

  it(
    `parseX: ${names.parse.length * perParser} cases give a typed error or a finite result`,
    async ({ task }) => {
      const log = await runIsolated(
        suite,
        'parse',
        task.file.projectName?.includes('light') ?? false,
      );
      expect(log.count).toBe(names.parse.length * perParser);
      assertNoFailures(log);
    },
    SUITE_TIMEOUT,
  );

  it(
    `safeParseX: ${names.safeParse.length * perParser} cases never throw`,
    async ({ task }) => {
      const log = await runIsolated(
        suite,
        'safeParse',
        task.file.projectName?.includes('light') ?? false,
      );
      expect(log.count).toBe(names.safeParse.length * perParser);
      assertNoFailures(log);
    },
    SUITE_TIMEOUT,
  );
});
