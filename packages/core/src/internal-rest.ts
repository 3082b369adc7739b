// The rest of `@bilateral/core/internal` (see `internal.ts`): what only on-demand chunks use
// (the balance's digits; the gates' province names, the border-province table without its notes;
// the target band's is in `internal-band.ts`).
export { BORDER_PROVINCES_WITHOUT_NOTES } from './economy/border-provinces-without-notes.js';
export { summedUnit } from './flow/summed-unit.js';
export { uncheckedFewestDigits } from './growth/unchecked-fewest-digits.js';
