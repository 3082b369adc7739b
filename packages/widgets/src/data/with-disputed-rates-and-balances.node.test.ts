import {
  type Dataset,
  embeddedDatasets,
  parseDataset,
  type Statement,
  serializeDataset,
  withDisputedRates,
} from '@bilateral/core';
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

describe('withDisputedRatesAndBalances on a lower bound', () => {
  it('marks a level whose text is a lower bound rounding: truncate, as the compact writer does', () => {
    // A `data` document as parsed: "more than US$565 million" (The Star) without a rounding.
    const document = parseDataset(serializeDataset(vietnamLaos));
    const amountOf = (dataset: Dataset, id: string) => {
      const found = dataset.statements.find((s) => s.id === id);
      return found?.kind === 'level' ? found.amount : undefined;
    };
    expect(amountOf(document, 'lao-vn-2023-h1-exports')?.rounding).toBeUndefined();
    const marked = withDisputedRatesAndBalances(document);
    expect(amountOf(marked, 'lao-vn-2023-h1-exports')).toMatchObject({
      text: 'more than US$565 million',
      value: '565000000',
      rounding: 'truncate',
    });
    expect(amountOf(marked, 'lao-world-2023-turnover')?.rounding).toBe('truncate'); // "over"
    expect(amountOf(marked, 'lao-vn-2023-h1-imports')?.rounding).toBeUndefined();
    // A given rounding is kept.
    const given = {
      ...document,
      statements: document.statements.map((s) =>
        s.kind === 'level' ? { ...s, amount: { ...s.amount, rounding: 'nearest' as const } } : s,
      ),
    };
    const kept = withDisputedRatesAndBalances(given);
    expect(amountOf(kept, 'lao-vn-2023-h1-exports')?.rounding).toBe('nearest');
  });
});
