import { type Dataset, withDisputedRates } from '@bilateral/core';
import { memoized } from './memoized.js';
import { narrowedBalances } from './narrowed-balances.js';

/**
 * A dataset made ready to draw as the build makes the embedded data files: each published rate
 * its own levels contradict marked (`withDisputedRates`), and the balances its published turnover
 * narrows kept with it under `'balances'` (`narrowedBalances`; `NarrowedBalances` says why the
 * key is written where it is read). The validator chunk runs it on a document from `src`
 * or `data`, the chunk of the core's embedded datasets on those for apps, and the pages without
 * script on the dataset they draw.
 *
 * @param dataset - a validated dataset
 * @returns the dataset `withDisputedRates` gives, its narrowed balances kept with it
 * @example
 * ```ts
 * const marked = withDisputedRatesAndBalances(vietnamLaos);
 * memoized(marked, 'balances', () => undefined)?.['VNM LAO']?.['2024-01/2024-09'];
 * //=> ['-516200000', '100000000', '1']
 * ```
 */
export function withDisputedRatesAndBalances(dataset: Dataset): Dataset {
  const marked = withDisputedRates(dataset);
  memoized(marked, 'balances', () => narrowedBalances(marked));
  return marked;
}
