import { type Dataset, datasetSeries, vietnamLaos } from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { publishedRates } from './published-rates.js';

const turnover = (dataset: Dataset) =>
  datasetSeries(dataset, {
    reporter: 'VNM',
    partner: 'LAO',
    measure: 'turnover',
    periodKind: 'year',
  });

describe('publishedRates', () => {
  it('takes the rates the points’ own sources published', () => {
    const rates = publishedRates(vietnamLaos, turnover(vietnamLaos), undefined);
    expect(rates.get('2025')).toBe('32.7');
    expect(publishedRates(vietnamLaos, turnover(vietnamLaos), '1201').size).toBe(0);
  });

  it('leaves out a rate published as uncertain (review h113 F11)', () => {
    // The 2025 growth statement, marked uncertain ("up about 32.7 %").
    const dataset: Dataset = {
      ...vietnamLaos,
      statements: vietnamLaos.statements.map((statement) =>
        statement.kind === 'growth' && statement.period === '2025'
          ? { ...statement, uncertain: true }
          : statement,
      ),
    };
    const rates = publishedRates(dataset, turnover(dataset), undefined);
    expect(rates.has('2025')).toBe(false);
    expect(rates.get('2017')).toBe('8.5');
  });
});
