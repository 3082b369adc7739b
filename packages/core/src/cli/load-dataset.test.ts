import { describe, expect, it } from 'vitest';
import { UsageError } from './cli-io.js';
import { loadDatasetFile } from './load-dataset.js';

describe('loadDatasetFile', () => {
  it('refuses a file name that is not text (process.argv[2] left out) with a UsageError, not a TypeError', async () => {
    for (const [file, shown] of [
      [undefined, 'undefined'],
      [42, 'number 42'],
    ] as const) {
      const error = await loadDatasetFile(file as unknown as string).catch(
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(UsageError);
      expect(error).toMatchObject({
        code: 'USAGE',
        exitCode: 2,
        message: `expected the name of a dataset file, got ${shown}`,
      });
    }
  });
});
