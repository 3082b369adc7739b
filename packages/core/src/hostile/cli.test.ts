import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIsolated, SUITE_TIMEOUT } from './__fixtures__/isolated.js';
import { assertNoFailures } from './__fixtures__/outcome.js';
import { cliCases } from './__fixtures__/suites/cli.js';

const suite = fileURLToPath(new URL('./__fixtures__/suites/cli.ts', import.meta.url));
const count = cliCases('/tmp').length;

describe('hostile input: the bilateral command', () => {
  it(
    `${count} runs exit 0, 1 or 2, print no stack or control character, and give JSON with --json`,
    async ({ task }) => {
      const log = await runIsolated(
        suite,
        'cli',
        task.file.projectName?.includes('browser engine') ?? false,
      );
      expect(log.count).toBe(count);
      assertNoFailures(log);
    },
    SUITE_TIMEOUT,
  );
});
