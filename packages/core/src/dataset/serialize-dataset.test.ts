import { describe, expect, it } from 'vitest';
import { vietnamLaos, vietnamLaosDocument } from '../datasets/index.js';
import { BilateralError } from '../errors/index.js';
import { type Dataset, type DatasetDocument, parseDataset, serializeDataset } from './dataset.js';

describe('serializeDataset given something other than a Dataset (defect 7)', () => {
  it('reads a dataset document first, giving the same document as from the parsed dataset', () => {
    const fromDocument = serializeDataset(vietnamLaosDocument as DatasetDocument);
    expect(fromDocument).toEqual(serializeDataset(vietnamLaos));
    expect(parseDataset(fromDocument)).toEqual(vietnamLaos);
  });

  const mistakes: readonly [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['text', JSON.stringify(vietnamLaosDocument)],
    ['an array', [vietnamLaosDocument]],
    ['a document with a bad flow', { ...vietnamLaosDocument, flows: [{ period: '2024-Q5' }] }],
    ['a dataset missing its flows', { ...vietnamLaos, flows: undefined }],
    ['a dataset with one flow in JSON form', { ...vietnamLaos, flows: vietnamLaosDocument.flows }],
  ];
  for (const [name, input] of mistakes) {
    it(`refuses ${name} with INVALID_DATASET, never a TypeError`, () => {
      let thrown: unknown;
      try {
        serializeDataset(input as Dataset);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(BilateralError);
      expect((thrown as BilateralError).code).toBe('INVALID_DATASET');
    });
  }
});
