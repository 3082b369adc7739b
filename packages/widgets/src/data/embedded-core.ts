/** The core's embedded datasets (and its names of every economy, crossing rules and figure parser), in a module of their own so that apps load them on demand. */
export {
  CLASSIFICATION_SYSTEMS,
  economyLabel,
  embeddedDatasets,
  parsePublishedAmount,
  summarizeCrossings,
} from '@bilateral/core';
