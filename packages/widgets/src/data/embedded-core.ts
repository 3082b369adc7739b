/** The core's embedded datasets (and its names of every economy, crossing rules, figure parser and check of published rates against their levels), in a module of their own so that apps load them on demand. */
export {
  CLASSIFICATION_SYSTEMS,
  economyLabel,
  embeddedDatasets,
  parsePublishedAmount,
  summarizeCrossings,
  withDisputedRates,
} from '@bilateral/core';
