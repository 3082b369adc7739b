import { vietnamLaos, vietnamLaosDocument } from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { economyName } from '../i18n/economy-names.js';
import { readKit } from './dataset-controller.js';
import { loadReaders, readData, readWhenLoaded, toDataset } from './to-dataset.js';

describe('reading the data property', () => {
  it('draws a parsed Dataset once the names of its economies are there, as it is', async () => {
    // No data file named VNM and LAO on this page: the table of names loads first.
    expect(toDataset(vietnamLaos, readKit)).toBeUndefined();
    await loadReaders(vietnamLaos, readKit);
    expect(toDataset(vietnamLaos, readKit)).toBe(vietnamLaos);
    expect(economyName('VNM', 'vi')).toBe('Việt Nam');
  });

  it('validates a document once the validator has loaded', async () => {
    await loadReaders(vietnamLaosDocument, readKit);
    expect(toDataset(vietnamLaosDocument, readKit)?.flows).toHaveLength(vietnamLaos.flows.length);
    expect(() => toDataset({ ...vietnamLaosDocument, id: 'Not A Slug' }, readKit)).toThrowError(
      expect.objectContaining({ code: 'INVALID_DATASET' }),
    );
  });

  it('reads once what it waits for has loaded, and hands settle the error of a document', async () => {
    const settled: unknown[] = [];
    const settle = (dataset: unknown, error?: unknown) => settled.push(dataset ?? error);
    expect(await readWhenLoaded(vietnamLaosDocument, readKit, settle, () => true)).toBe(true);
    expect(readData({ ...vietnamLaosDocument, id: 'Not A Slug' }, readKit, settle)).toBe(true);
    expect(settled).toEqual([
      expect.objectContaining({ id: 'vietnam-laos' }),
      expect.objectContaining({ code: 'INVALID_DATASET' }),
    ]);
  });
});
