/**
 * The dataset validator, in a module of its own so that it loads on demand (`import()`): only
 * data from `src` or a `data` property document is validated in the browser; embedded data was
 * validated when the package was built.
 */
export { parseDataset } from '@bilateral/core';
