import { describe, expect, it } from 'vitest';
import { BilateralError } from '../errors/index.js';
import { splitOnFlows } from './_batch-handler.js';
import { importComtradeStream } from './import-comtrade-stream.js';
import { importFlowsCsvStream } from './import-flows-csv-stream.js';

describe('splitOnFlows', () => {
  it('hands back onFlows and the other options', () => {
    const onFlows = () => {};
    expect(splitOnFlows({ onFlows, status: 'official' })).toEqual({
      onFlows,
      importOptions: { status: 'official' },
    });
  });

  it('refuses a missing onFlows at its path, in both streaming importers', async () => {
    const expected = {
      code: 'INVALID_INPUT',
      issues: [
        { path: ['onFlows'], message: 'expected a function that takes each batch of flows' },
      ],
    };
    expect(() => splitOnFlows({ onFlows: 'flows.json' })).toThrow(BilateralError);
    const noHandler = { onFlows: undefined } as unknown as Parameters<
      typeof importComtradeStream
    >[1];
    await expect(importComtradeStream([''], noHandler)).rejects.toMatchObject(expected);
    await expect(importFlowsCsvStream([''], noHandler)).rejects.toMatchObject(expected);
  });

  it.each([null, undefined, 'options', 12, []])(
    'refuses options that are not an object (%s) with a BilateralError, in both importers',
    async (options) => {
      const given = options as unknown as Parameters<typeof importComtradeStream>[1];
      for (const importer of [importComtradeStream, importFlowsCsvStream]) {
        await expect(importer(['reporterCode'], given)).rejects.toMatchObject({
          code: 'INVALID_INPUT',
          issues: [{ path: ['options'] }],
        });
      }
    },
  );
});
