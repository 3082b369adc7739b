import {
  type CheckedDatasetSeriesRequest,
  type Dataset,
  type DatasetSeriesRequest,
  PERIOD_KINDS,
  type Series,
} from '@bilateral/core/calc';
import { uncheckedDatasetSeries as checkedDatasetSeries } from '@bilateral/core/internal';
import { shownPrecision } from './figure-reader.js';
import { loadedSeriesChecker, loadValidator, type SeriesChecker } from './load-validator.js';
import { memoized } from './memoized.js';

const CODE = /^[A-Z]{3}$/;
const HS_CODE = /^\d{2}(?:\d{2}){0,3}$/;
const MEASURES = new Set<unknown>(['exports', 'imports', 'turnover']);
const KINDS = new Set<unknown>(PERIOD_KINDS);

/**
 * Whether every field of a request is plainly valid — upper-case codes, a plural measure, a period
 * kind, an HS code of 2–8 digits, a source id — so that `checkedDatasetSeries` draws it (as
 * `datasetSeriesWith` would) without the core's request checker.
 */
function isPlain(request: DatasetSeriesRequest): request is CheckedDatasetSeriesRequest {
  const { reporter, partner, measure, periodKind, commodity, source, impliedBases } = request;
  return (
    typeof reporter === 'string' &&
    CODE.test(reporter) &&
    typeof partner === 'string' &&
    CODE.test(partner) &&
    MEASURES.has(measure) &&
    KINDS.has(periodKind) &&
    (commodity === undefined || (typeof commodity === 'string' && HS_CODE.test(commodity))) &&
    (source === undefined || (typeof source === 'string' && source !== '')) &&
    (impliedBases === undefined || typeof impliedBases === 'boolean')
  );
}

/**
 * The series a request asks of a dataset, once per dataset and request: the growth charts, balance
 * cards and dashboards of a page that show the same pair share it, and an embedded dataset's two
 * files (its series file and whole file, whose series are the same) count as one dataset, their
 * owner (`same`, see `compactDataset`). A plainly valid request (what
 * the elements build from the values they checked) is drawn with the core's `checkedDatasetSeries`
 * and the page's figure reader; any other needs the core's request checker (`datasetSeriesWith`)
 * to word its error, which loads with the validator's chunk: until it has, `seriesOf` throws the
 * promise of that chunk, and the element holds its loading state until it settles (see
 * `DatasetController.hold`), then draws the same error and fires the same event as the checker.
 *
 * @param dataset - the dataset
 * @param request - the series asked for
 * @returns the series
 * @throws BilateralError as `datasetSeriesWith` does; a `Promise` while the checker a request
 *   that is not plainly valid needs is loading
 * @example
 * ```ts
 * seriesOf(dataset, { reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year' });
 * //=> the turnover series, drawn without the request checker
 * seriesOf(dataset, { reporter: 'vnm', partner: 'LAO', measure: 'turnover', periodKind: 'year' });
 * // throws the validator chunk's promise, then, once it has loaded, BilateralError [INVALID_INPUT]:
 * // reporter: "vnm": economy codes are upper case, use "VNM"
 * ```
 */
export function seriesOf(dataset: Dataset, request: DatasetSeriesRequest): Series {
  const key = `series ${JSON.stringify(request, Object.keys(request).sort())}`;
  // Drawn as the checker would: `checkedDatasetSeries` reads only what `isPlain` checked.
  const draw = isPlain(request) ? (checkedDatasetSeries as SeriesChecker) : loadedSeriesChecker();
  if (draw === undefined) throw loadValidator();
  return memoized(sameOwner(dataset), key, () => draw(dataset, request, shownPrecision));
}

/**
 * What a dataset's results are kept under, for what is the same on an embedded dataset's two
 * files (its series file and whole file: series, and the targets evaluated on them): their owner
 * (`same`, see `compactDataset`), kept for the page's life as its read is; any other dataset
 * itself.
 *
 * @example
 * ```ts
 * sameOwner(seriesFile) === sameOwner(wholeFile); //=> true for one embedded dataset's files
 * sameOwner(given) === given; //=> true for a `data` property or a fetched `src`
 * ```
 */
export const sameOwner = (dataset: Dataset): object => memoized(dataset, 'same', () => dataset);
