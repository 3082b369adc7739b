import type { Dataset } from '@bilateral/core/calc';
import { loadOnce } from '../base/load-once.js';
import { setEconomyTable } from '../i18n/economy-names.js';
import { setCrossingRules } from './checked-crossings.js';
import { setShownPrecision } from './figure-reader.js';

/** `parseDataset`: a dataset document to a Dataset, or a `BilateralError`. */
export type Validate = (input: unknown) => Dataset;

let validate: Validate | undefined;

/**
 * `parseDataset`, loaded on demand: the first document from `src` or `data` loads the schemas
 * (its own chunk in the script-tag bundle); every later one is validated at once. The chunk
 * brings the figure parser, the names of every economy and the crossing rules too, which data
 * that no build prepared may need.
 */
export const loadValidator = loadOnce(() =>
  import('./validate-document.js').then(
    ({
      CLASSIFICATION_SYSTEMS,
      economyLabel,
      parseDataset,
      parsePublishedAmount,
      summarizeCrossings,
    }) => {
      setShownPrecision((text, currency) => parsePublishedAmount(text, { currency }).precision);
      setEconomyTable(economyLabel);
      setCrossingRules({ systems: CLASSIFICATION_SYSTEMS, summarizeCrossings });
      validate = parseDataset;
      return parseDataset;
    },
  ),
);

/** The validator once it has loaded (see {@link loadValidator}), else `undefined`. */
export const loadedValidator = (): Validate | undefined => validate;
