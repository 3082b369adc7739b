import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { UsageError } from './cli-io.js';
import { loadParquetWriter, type ParquetWriter, writeParquet } from './fetch-command-parquet.js';

const document = {
  id: 'x',
  title: { en: 'x' },
  sources: [],
  flows: [],
};

describe('Parquet output of bilateral fetch', () => {
  it('says to install the package when it is not installed', async () => {
    await expect(loadParquetWriter('@bilateral/not-installed')).rejects.toThrowError(
      new UsageError(
        '-o <file>.parquet needs the package @bilateral/not-installed: install it beside @bilateral/core (npm install @bilateral/not-installed), or write a dataset (.json) or JSON Lines (.jsonl)',
      ),
    );
  });

  it('says to update a package that has no writeFlowsParquet, in words for a command user', async () => {
    await expect(loadParquetWriter('node:path')).rejects.toThrowError(
      new UsageError(
        '-o <file>.parquet needs a newer node:path than the one installed, which cannot write Parquet: update it beside @bilateral/core (npm install node:path@latest), or write a dataset (.json) or JSON Lines (.jsonl)',
      ),
    );
  });

  it('reports an output it cannot write as FILE_UNWRITABLE, once, without the writer’s prefix', async () => {
    const writer: ParquetWriter = {
      writeFlowsParquet: () =>
        Promise.reject(
          new BilateralError('INVALID_INPUT', [
            { path: ['output'], message: 'cannot write out.parquet: No such file or directory' },
          ]),
        ),
    };
    await expect(writeParquet(writer, document, 'out.parquet')).rejects.toMatchObject({
      code: 'FILE_UNWRITABLE',
      message: 'cannot write out.parquet as Parquet: No such file or directory',
    });
  });

  it('keeps the writer’s error when a value is the problem, naming the flow', async () => {
    const problem = new BilateralError('INVALID_INPUT', [
      { path: ['flows', 3, 'value'], message: 'does not fit' },
    ]);
    const writer: ParquetWriter = { writeFlowsParquet: () => Promise.reject(problem) };
    await expect(writeParquet(writer, document, 'out.parquet')).rejects.toBe(problem);
  });
});
