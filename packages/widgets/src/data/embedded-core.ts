/** The core's embedded datasets (and its names of every economy), in a module of their own so that apps load them on demand. */
export { economyLabel, embeddedDatasets } from '@bilateral/core';
