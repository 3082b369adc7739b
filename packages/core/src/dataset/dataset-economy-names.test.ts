import { describe, expect, it } from 'vitest';
import { laosChina, vietnamLaos } from '../datasets/index.js';
import type { Dataset } from './dataset.js';
import { datasetEconomyNames } from './dataset-economy-names.js';

describe('datasetEconomyNames', () => {
  it('names the reporters, partners, sides and crossing countries a dataset names, in every locale', () => {
    expect(datasetEconomyNames(vietnamLaos)).toEqual({
      LAO: { en: 'Laos', vi: 'Lào', lo: 'ລາວ', zh: '老挝' },
      VNM: expect.objectContaining({ en: 'Vietnam', vi: 'Việt Nam' }),
      WLD: expect.objectContaining({ en: 'World' }),
    });
    expect(Object.keys(datasetEconomyNames(laosChina))).toContain('CHN');
  });

  it('leaves out a code nothing names and reads codes only from economy fields', () => {
    const dataset = {
      ...vietnamLaos,
      flows: [],
      statements: [],
      targets: [],
      crossings: [],
      facilities: [],
      crossingCounts: [],
      extra: [{ reporter: 'QQQ', currency: 'USD', note: 'THA' }],
    } as unknown as Dataset;
    expect(datasetEconomyNames(dataset)).toEqual({});
  });
});
