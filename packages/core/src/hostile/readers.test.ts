import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import { runIsolated, SUITE_TIMEOUT } from './__fixtures__/isolated.js';
import { assertNoFailures } from './__fixtures__/outcome.js';
import { READERS, readers } from './__fixtures__/suites/readers.js';

const suite = fileURLToPath(new URL('./__fixtures__/suites/readers.ts', import.meta.url));
const count = readers().length;

describe('hostile input: JSON readers and lookups keyed by input', () => {
  it(`exports the ${READERS.length} readers`, () => {
    const missing = READERS.filter(
      (name) => typeof (core as Record<string, unknown>)[name] !== 'function',
    );
    expect(missing).toEqual([]);
  });

  it(
    `${count} cases give a typed error or a finite result`,
    async ({ task }) => {
      const log = await runIsolated(
        suite,
        'readers',
        task.file.projectName?.includes('browser engine') ?? false,
      );
      expect(log.count).toBe(count);
      assertNoFailures(log);
    },
    SUITE_TIMEOUT,
  );
});
