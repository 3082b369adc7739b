import { type Dataset, embeddedDatasets, type Statement, withDisputedRates } from '@bilateral/core';
import { describe, expect, it } from 'vitest';
import { memoized } from './memoized.js';
import { narrowedBalances } from './narrowed-balances.js';
import { withDisputedRatesAndBalances } from './with-disputed-rates-and-balances.js';

const vietnamLaos = embeddedDatasets['vietnam-laos'] as Dataset;

/** What is kept with `dataset` under `'balances'` (undefined when nothing is). */
const keptBalances = (dataset: Dataset) => memoized(dataset, 'balances', () => undefined);

describe('withDisputedRatesAndBalances', () => {
  it('marks the rates its levels contradict and keeps the balances its turnover narrows', () => {
    const marked = withDisputedRatesAndBalances(vietnamLaos);
    const disputed = marked.statements
      .filter((s) => (s as Statement & { levelsDisagree?: true }).levelsDisagree)
      .map((s) => s.id);
    expect(disputed).toEqual(['vn-la-2018-turnover-growth']);
    expect(keptBalances(marked)).toEqual(narrowedBalances(withDisputedRates(vietnamLaos)));
    expect(keptBalances(marked)?.['VNM LAO']?.['2024-01/2024-09']).toEqual([
      '-516200000',
      '100000000',
      '1',
    ]);
  });

  it('keeps the balances with the dataset it returns, not with the one it was given', () => {
    const copy: Dataset = { ...vietnamLaos };
    const marked = withDisputedRatesAndBalances(copy);
    expect(marked).not.toBe(copy);
    expect(keptBalances(copy)).toBeUndefined();
  });
});
