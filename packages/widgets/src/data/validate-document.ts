/**
 * The dataset validator, in a module of its own so that it loads on demand (`import()`): only
 * data from `src` or a `data` property document is validated in the browser; embedded data was
 * validated when the package was built. It brings the readers that such data may need too: the
 * figure parser (for level statements without a precision), the names of every economy, and the
 * crossing rules (the classification systems and `summarizeCrossings`, which checks a page's own
 * Dataset's crossings for `<bilateral-gates>`), and the series request checker (`datasetSeriesWith`)
 * and period parser (`parsePeriod`), which word the error for a request or a period an element
 * could not read plainly (see `seriesOf` and `periodOf`).
 */
import { type Dataset, parseDataset, withDisputedRates } from '@bilateral/core';

export {
  CLASSIFICATION_SYSTEMS,
  datasetSeriesWith,
  economyLabel,
  parsePeriod,
  parsePublishedAmount,
  summarizeCrossings,
} from '@bilateral/core';

/**
 * A dataset document validated (`parseDataset`), with each published rate that its own levels
 * contradict marked (`withDisputedRates`), as the build marks the embedded data files: the
 * elements then say so beside the rate.
 *
 * @throws BilateralError `INVALID_DATASET` listing every problem of the document
 */
export function validateDocument(input: unknown): Dataset {
  return withDisputedRates(parseDataset(input));
}
