/**
 * The dataset validator, in a module of its own so that it loads on demand (`import()`): only
 * data from `src` or a `data` property document is validated in the browser; embedded data was
 * validated when the package was built. It brings the readers that such data may need too: the
 * figure parser (for level statements without a precision), the names of every economy, and the
 * crossing rules (the classification systems and `checkDatasetCrossings`, which checks a page's
 * own Dataset's crossings and official counts for `<bilateral-gates>`), and the series request checker (`datasetSeriesWith`)
 * and period parser (`parsePeriod`), which word the error for a request or a period an element
 * could not read plainly (see `seriesOf` and `periodOf`), and the balances the published turnover
 * narrows (`narrowedBalances`, which the loader keeps with each document it validates).
 */
import { type Dataset, parseDataset, serializeDataset } from '@bilateral/core';
import { withDisputedRatesAndBalances } from './with-disputed-rates-and-balances.js';

export {
  CLASSIFICATION_SYSTEMS,
  checkDatasetCrossings,
  datasetSeriesWith,
  parsePeriod,
  parsePublishedAmount,
} from '@bilateral/core';
// What a growth chart's on-demand chunks (its band: growth-band.ts, timeline-band.ts, band.ts; its
// table: growth-table.ts, table-notes.ts, amount-column.ts, derivation-text.ts) import from the
// first load, re-exported so that this chunk reaches it too. Nothing imports it from here: it
// shapes an app's chunks. esbuild puts the code that a first load shares with on-demand chunks into
// one shared chunk per set of chunks reaching it; the validator reached the core code the band and
// the table use, not Lit nor the number formats, so an app bundling `@bilateral/widgets/growth`
// loaded three files first (its entry, Lit and the formats, the core) where now it loads two:
// 30,159 -> 29,583 B gzipped. scripts/app-bundle.test.ts checks that they stay two; a name that
// those chunks import from Lit or format.ts belongs here.
export { html, nothing, svg } from 'lit';
// The names of every economy, with how English sentences write them ("the Philippines"): only a
// document validated here names economies that take "the" (economy-in-text.ts).
export { economyLabel } from '../i18n/economy-in-text.js';
export {
  amountScale,
  formatAmount,
  formatPeriodLabel,
  formatRate,
  rateOf,
  roundedToPrecision,
  sharedDecimals,
} from '../i18n/format.js';

/**
 * A dataset document validated (`parseDataset`), with each published rate that its own levels
 * contradict marked and the balances its published turnover narrows kept with it
 * (`withDisputedRatesAndBalances`), as the build writes the embedded data files: the elements
 * then say so beside the rate, and the balance card writes the narrowed balance. A parsed Dataset
 * of another copy of the core (`parsed`) is read as the document it writes (`serializeDataset`,
 * which reads each of its Decimals through its text), so with this copy's Decimals throughout.
 *
 * @throws BilateralError `INVALID_DATASET` listing every problem of the document; what
 *   `serializeDataset` throws for a parsed one (`INVALID_DECIMAL` at a forged value's path)
 * @example
 * ```ts
 * validateDocument(vietnamLaosDocument).flows.length === vietnamLaos.flows.length; //=> true
 * // An app's own core's Dataset, beside the script-tag bundle's core: read with this copy's Decimals.
 * validateDocument(appCore.vietnamLaos, true).flows[0]?.value.amount instanceof Decimal; //=> true
 * ```
 */
export function validateDocument(input: unknown, parsed?: boolean): Dataset {
  return withDisputedRatesAndBalances(
    parseDataset(parsed ? serializeDataset(input as Dataset) : input),
  );
}
