// What only the target band uses of `@bilateral/core/internal` (see `internal.ts`; the growth
// chart's band and the target gauge draw with it), a barrel of its own: in `internal-rest.ts`
// beside the balance's digits, which the validator reaches too, esbuild put the band's decimals
// in a chunk an app's growth band shares with the validator, not in the band's own (the widgets'
// `scripts/app-bundle.test.ts`).
export { uncheckedBandDecimals } from './targets/band-decimals.js';
