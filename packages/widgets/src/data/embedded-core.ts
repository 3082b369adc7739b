/** The core's embedded datasets (and its names of every economy and crossing rules), in a module of their own so that apps load them on demand. */
export {
  CLASSIFICATION_SYSTEMS,
  economyLabel,
  embeddedDatasets,
  summarizeCrossings,
} from '@bilateral/core';
