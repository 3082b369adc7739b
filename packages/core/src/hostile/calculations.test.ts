import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIsolated, SUITE_TIMEOUT } from './__fixtures__/isolated.js';
import { assertNoFailures } from './__fixtures__/outcome.js';
import { calculations } from './__fixtures__/suites/calculations.js';

const suite = fileURLToPath(new URL('./__fixtures__/suites/calculations.ts', import.meta.url));
const count = calculations().length;

describe('hostile input: money, growth, balance, periods, targets and lookups', () => {
  it(
    `${count} cases (the issue's defects 1, 3, 6, 7, 11 and 14 among them) give a typed error or a right, finite result`,
    async ({ task }) => {
      const log = await runIsolated(
        suite,
        'calculations',
        task.file.projectName?.includes('browser engine') ?? false,
      );
      expect(log.count).toBe(count);
      assertNoFailures(log);
    },
    SUITE_TIMEOUT,
  );
});
