import {
  type Dataset,
  type DatasetSeriesRequest,
  datasetSeriesWith,
  type Series,
} from '@bilateral/core/calc';
import { shownPrecision } from './figure-reader.js';
import { memoized } from './memoized.js';

/**
 * The series a request asks of a dataset (`datasetSeriesWith`, with the page's figure reader),
 * once per dataset and request: the growth charts, balance cards and dashboards of a page that
 * show the same pair share it.
 *
 * @param dataset - the dataset
 * @param request - the series asked for
 * @returns the series
 * @throws BilateralError as `datasetSeriesWith` does
 */
export function seriesOf(dataset: Dataset, request: DatasetSeriesRequest): Series {
  const key = `series ${JSON.stringify(request, Object.keys(request).sort())}`;
  return memoized(dataset, key, () => datasetSeriesWith(dataset, request, shownPrecision));
}
