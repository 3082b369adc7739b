import {
  type Dataset,
  type Statement,
  safeParsePublishedAmount,
  withDisputedRates,
} from '@bilateral/core';
import { memoized } from './memoized.js';
import { narrowedBalances } from './narrowed-balances.js';

/**
 * A dataset made ready to draw as the build makes the embedded data files: each level whose
 * text is a lower bound ("more than US$565 million", "over", "hơn"…) and that gives no rounding
 * marked `rounding: 'truncate'` as the core's compact writer marks it (so its point says "more
 * than"; a text the parser cannot read is kept as it is), each published rate
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
  const marked = withDisputedRates({ ...dataset, statements: dataset.statements.map(withBound) });
  memoized(marked, 'balances', () => narrowedBalances(marked));
  return marked;
}

/** A level statement whose text reads as a lower bound, and gives no rounding, marked so. */
function withBound(statement: Statement): Statement {
  if (statement.kind !== 'level' || statement.amount.rounding !== undefined) return statement;
  const read = safeParsePublishedAmount(statement.amount.text, {
    currency: statement.amount.currency,
  });
  return read.success && read.data.rounding === 'truncate'
    ? { ...statement, amount: { ...statement.amount, rounding: 'truncate' } }
    : statement;
}
