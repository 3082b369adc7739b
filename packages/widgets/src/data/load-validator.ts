import type {
  Dataset,
  DatasetSeriesRequest,
  Decimal,
  IssuePath,
  Period,
  Series,
} from '@bilateral/core/calc';
import { loadOnce } from '../base/load-once.js';
import { setEconomyTable } from '../i18n/economy-names.js';
import { setCrossingRules } from './checked-crossings.js';
import { setShownPrecision } from './figure-reader.js';

/**
 * `parseDataset`, then `withDisputedRates` (`validateDocument`): a dataset document (or, when
 * `parsed`, a parsed Dataset of another copy of the core, as its document) to a Dataset with each
 * published rate its levels contradict marked, or a `BilateralError`.
 */
export type Validate = (input: unknown, parsed?: boolean) => Dataset;

let validate: Validate | undefined;

/** The core's `datasetSeriesWith`: a series request checked, then drawn. */
export type SeriesChecker = (
  dataset: Dataset,
  request: DatasetSeriesRequest,
  shownPrecision: (text: string, currency: string) => Decimal,
) => Series;

let checkedSeries: SeriesChecker | undefined;

/** The core's `parsePeriod`: period text read, or a `BilateralError` that says why not. */
export type PeriodParser = (text: string, path?: IssuePath) => Period;

let periodParser: PeriodParser | undefined;

/**
 * `parseDataset` (`validateDocument`: with each published rate its levels contradict marked),
 * loaded on demand: the first document from `src` or `data` loads the schemas (its own chunk in
 * the script-tag bundle); every later one is validated at once. The chunk
 * brings the figure parser, the names of every economy and the crossing rules too, which data
 * that no build prepared may need, and the series request checker and period parser (see
 * `seriesOf` and `periodOf`).
 */
export const loadValidator = loadOnce(() =>
  import('./validate-document.js').then(
    ({
      CLASSIFICATION_SYSTEMS,
      checkDatasetCrossings,
      datasetSeriesWith,
      economyLabel,
      parsePeriod,
      parsePublishedAmount,
      validateDocument,
    }) => {
      setShownPrecision((text, currency) => parsePublishedAmount(text, { currency }).precision);
      setEconomyTable(economyLabel);
      checkedSeries = datasetSeriesWith;
      periodParser = parsePeriod;
      setCrossingRules({ systems: CLASSIFICATION_SYSTEMS, checkDatasetCrossings });
      validate = validateDocument;
      return validateDocument;
    },
  ),
);

/** The validator once it has loaded (see {@link loadValidator}), else `undefined`. */
export const loadedValidator = (): Validate | undefined => validate;

/**
 * The core's `datasetSeriesWith` (the series request checker with its messages) once the
 * validator's chunk has loaded (see {@link loadValidator}), else `undefined`.
 */
export const loadedSeriesChecker = (): SeriesChecker | undefined => checkedSeries;

/** The core's `parsePeriod` once the validator's chunk has loaded, else `undefined`. */
export const loadedPeriodParser = (): PeriodParser | undefined => periodParser;
