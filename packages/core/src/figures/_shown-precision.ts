import type { Decimal } from '../_internal/decimal.js';
import { parsePublishedAmount } from './parse-published-amount.js';

/**
 * The rounding step a published amount's text shows, in units of its currency ("US$1.5 billion"
 * → 100000000): what a level statement without a `precision` is rounded to. A module of its own
 * because it is the one place the series of a dataset reads figure text: `datasetSeries` passes it
 * to `datasetSeriesWith`, which the widgets call with a reader of their own (their embedded data
 * carries every precision), so that their bundles need not carry the figure parser.
 *
 * @throws BilateralError `INVALID_FIGURE` when the text is not an amount, `CURRENCY_MISMATCH` when
 *   it names another currency
 */
export function shownPrecision(text: string, currency: string): Decimal {
  return parsePublishedAmount(text, { currency }).precision;
}
