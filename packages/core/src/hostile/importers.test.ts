import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIsolated, SUITE_TIMEOUT } from './__fixtures__/isolated.js';
import { assertNoFailures } from './__fixtures__/outcome.js';
import { importers } from './__fixtures__/suites/importers.js';

const suite = fileURLToPath(new URL('./__fixtures__/suites/importers.ts', import.meta.url));
const count = importers().length;

describe('hostile input: the importers', () => {
  it(
    `importComtrade and importFlowsCsv: ${count} cases give a typed error or a document parseDataset accepts`,
    async ({ task }) => {
      const log = await runIsolated(
        suite,
        'importers',
        task.file.projectName?.includes('browser engine') ?? false,
      );
      expect(log.count).toBe(count);
      assertNoFailures(log);
    },
    SUITE_TIMEOUT,
  );
});
