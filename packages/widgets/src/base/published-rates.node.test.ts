import { type Dataset, datasetSeries, vietnamLaos, withDisputedRates } from '@bilateral/core';
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
    expect(rates.get('2025')).toEqual(['32.7', undefined]);
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
    expect(rates.get('2017')).toEqual(['8.5', undefined]);
  });

  it('marks a rate the dataset’s levels contradict (QA h120 F10)', () => {
    const marked = withDisputedRates(vietnamLaos);
    const rates = publishedRates(marked, turnover(marked), undefined);
    expect(rates.get('2018')).toEqual(['11.9', true]);
    expect(rates.get('2025')).toEqual(['32.7', undefined]);
    // Unmarked data: the same rate, no mark.
    expect(publishedRates(vietnamLaos, turnover(vietnamLaos), undefined).get('2018')).toEqual([
      '11.9',
      undefined,
    ]);
  });
});
