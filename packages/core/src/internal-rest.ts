// The rest of `@bilateral/core/internal` (see `internal.ts`): what only the balance uses (an
// on-demand element; the target band's is in `internal-band.ts`).
export { uncheckedFewestDigits } from './growth/unchecked-fewest-digits.js';
