/**
 * The dataset validator, in a module of its own so that it loads on demand (`import()`): only
 * data from `src` or a `data` property document is validated in the browser; embedded data was
 * validated when the package was built. It brings the readers that such data may need too: the
 * figure parser (for level statements without a precision) and the names of every economy.
 */
export { economyLabel, parseDataset, parsePublishedAmount } from '@bilateral/core';
