// The rest of `@bilateral/core/internal` (see `internal.ts`): what only the widgets' on-demand
// elements use (the target band, the balance).
export { uncheckedFewestDigits } from './growth/known-digits.js';
export { uncheckedBandDecimals } from './targets/band-decimals.js';
