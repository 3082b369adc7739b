import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIsolated, SUITE_TIMEOUT } from './__fixtures__/isolated.js';
import { assertNoFailures } from './__fixtures__/outcome.js';
import { parserCases, parserNames } from './__fixtures__/suites/parsers.js';

const suite = fileURLToPath(new URL('./__fixtures__/suites/parsers.ts', import.meta.url));
const names = parserNames();
const counts = { parse: parserCases('parse').length, safeParse: parserCases('safeParse').length };

describe('hostile input: every public parser', () => {
  it(`finds the parsers (${names.parse.length} parseX, ${names.safeParse.length} safeParseX)`, () => {
    expect(names.parse.length).toBeGreaterThanOrEqual(17);
    expect(names.safeParse.length).toBeGreaterThanOrEqual(16);
  });

  it(
    `parseX: ${counts.parse} cases give a typed error or a finite result`,
    async ({ task }) => {
      const log = await runIsolated(
        suite,
        'parse',
        task.file.projectName?.includes('browser engine') ?? false,
      );
      expect(log.count).toBe(counts.parse);
      assertNoFailures(log);
    },
    SUITE_TIMEOUT,
  );

  it(
    `safeParseX: ${counts.safeParse} cases never throw`,
    async ({ task }) => {
      const log = await runIsolated(
        suite,
        'safeParse',
        task.file.projectName?.includes('browser engine') ?? false,
      );
      expect(log.count).toBe(counts.safeParse);
      assertNoFailures(log);
    },
    SUITE_TIMEOUT,
  );
});
