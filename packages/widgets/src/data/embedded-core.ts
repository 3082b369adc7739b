/** The core's embedded datasets, in a module of their own so that apps load them on demand. */
export { embeddedDatasets } from '@bilateral/core';
