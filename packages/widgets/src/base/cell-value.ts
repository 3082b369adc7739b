import type { Decimal } from '@bilateral/core/calc';
import { nothing } from 'lit';

/**
 * A data table cell's `data-value`, the exact value the spreadsheet download writes as a number
 * (`sheetTable`): an amount or a count in full (`2980512345.67`); a `computed` figure (a rate, a
 * coverage ratio, an amount derived from others, `2017 value ÷ (1 + 8.5 %)`, or a target's band,
 * `base × (1 + rate)^years`), which may be a quotient with no finite decimal that the core holds
 * rounded to 20 digits, to the 15 significant digits a spreadsheet's double holds (a published
 * rate is exact in them: `0.327`); no attribute for none (`nothing`). A figure in full that a
 * double does not hold stays a text in the spreadsheet (`numberFormat`).
 *
 * @example
 * ```ts
 * import { Decimal } from '@bilateral/core/calc';
 *
 * cellValue(new Decimal('2980512345.67')); //=> '2980512345.67'
 * cellValue(new Decimal(1).div(3), true); //=> '0.333333333333333'
 * cellValue(null, true); //=> nothing
 * ```
 */
export const cellValue = (value: Decimal | null | undefined, computed = false) =>
  value == null ? nothing : (computed ? value.toSignificantDigits(15) : value).toFixed();
