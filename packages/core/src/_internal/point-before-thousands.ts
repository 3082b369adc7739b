/**
 * A value such as `491.900` in a file separated by semicolons, read with a decimal point: a
 * European spreadsheet (the usual writer of such files) writes 491,900 so, and read as written it
 * would be a thousandth of that. The flows CSV and UN Comtrade's CSV refuse it alike.
 *
 * @internal
 */
import { quoteInput } from './quote-input.js';

/** A point before exactly three digits, after one to three digits not starting with 0. */
export const POINT_BEFORE_THOUSANDS = /^[1-9]\d{0,2}\.\d{3}$/;

/**
 * Why a value such as `491.900` is refused in a semicolon file (see {@link POINT_BEFORE_THOUSANDS}),
 * and the two ways to write it that are read: without the point, or with a fourth digit after it.
 * Decimal commas are no way: they refuse a point in a value too.
 *
 * @example
 * ```ts
 * pointBeforeThousandsMessage('491.900');
 * //=> '"491.900" has a point before three digits, which a file separated by semicolons may write between thousands: write "491900" if it separates thousands, or "491.9000" if it is a decimal point'
 * ```
 */
export function pointBeforeThousandsMessage(text: string): string {
  return `${quoteInput(text)} has a point before three digits, which a file separated by semicolons may write between thousands: write ${quoteInput(text.replace('.', ''))} if it separates thousands, or ${quoteInput(`${text}0`)} if it is a decimal point`;
}
