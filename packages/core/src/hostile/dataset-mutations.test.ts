import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runIsolated, SUITE_TIMEOUT } from './__fixtures__/isolated.js';
import { assertNoFailures } from './__fixtures__/outcome.js';
import { datasetMutations } from './__fixtures__/suites/dataset-mutations.js';

const suite = fileURLToPath(new URL('./__fixtures__/suites/dataset-mutations.ts', import.meta.url));
const count = datasetMutations().length;

describe('hostile input: the Vietnam–Laos document with one field changed', () => {
  it(
    `${count} cases: safeParseDataset never throws, and what parseDataset accepts reports and round-trips`,
    async ({ task }) => {
      const log = await runIsolated(
        suite,
        'datasetMutations',
        task.file.projectName?.includes('browser engine') ?? false,
      );
      expect(log.count).toBe(count);
      assertNoFailures(log);
    },
    SUITE_TIMEOUT,
  );
});
