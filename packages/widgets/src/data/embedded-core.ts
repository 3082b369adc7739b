/** The core's embedded datasets (and its names of every economy, crossing rules, figure parser, check of published rates against their levels and the balances the published turnover narrows), in a module of their own so that apps load them on demand. */
export {
  CLASSIFICATION_SYSTEMS,
  checkDatasetCrossings,
  economyLabel,
  embeddedDatasets,
  parsePublishedAmount,
} from '@bilateral/core';
export { withDisputedRatesAndBalances } from './with-disputed-rates-and-balances.js';
