// What the schemas accept as decimal text, apart from the calculations' reading of decimals
// (to-decimal.ts, decimal-range.ts): a bundle computing with decimals never carries these, and a
// chunk split does not put them in a page's first script beside `toDecimal` for the validator
// loaded on demand.
import { MAX_INTEGER_DIGITS, MAX_WRITTEN_DECIMALS } from './decimal-range.js';

/** Whether `text` is a plain decimal string such as `"1491.9"` or `"-0.5"` (no exponent). */
export function isDecimalText(text: string): boolean {
  return /^-?\d+(?:\.\d+)?$/.test(text);
}

/**
 * Whether a decimal text is below zero: `"-0.5"` is, `"-0"` and `"-0.00"` (zero) are not. For
 * schemas refusing negative trade values but taking `-0` as the zero it is.
 */
export function isNegativeDecimalText(text: string): boolean {
  return text.trimStart().startsWith('-') && /[1-9]/.test(text.split(/[eE]/)[0] ?? '');
}

/**
 * Whether unsigned plain decimal text `value` is a whole multiple of `step` (unsigned plain
 * decimal text other than 0), compared exactly on the digits: what a figure rounded to `step`
 * is. `"1.2"` is a multiple of `"0.1"`, `"1.234"` is not (its last digits are finer than the
 * step), nor is `"5"` of `"10"`; `"0"` is a multiple of any step.
 *
 * @example
 * ```ts
 * [isMultipleText('1.2', '0.1'), isMultipleText('1.234', '0.1'), isMultipleText('5', '10')];
 * //=> [true, false, false]
 * isMultipleText('1500000', '100000');
 * //=> true
 * ```
 */
export function isMultipleText(value: string, step: string): boolean {
  const [valueWhole = '', valueFraction = ''] = value.split('.');
  const [stepWhole = '', stepFraction = ''] = step.split('.');
  const places = Math.max(valueFraction.length, stepFraction.length);
  const scaled = (whole: string, fraction: string) => BigInt(whole + fraction.padEnd(places, '0'));
  return scaled(valueWhole, valueFraction) % scaled(stepWhole, stepFraction) === 0n;
}

/**
 * Whether a plain decimal text (`"-12.50"`, no exponent) is within the supported range: at most
 * 36 digits before the point once leading zeros are dropped, at most 36 after it once trailing
 * zeros are dropped. For schemas, which report the problem themselves.
 */
export function isWrittenInRange(text: string): boolean {
  const unsigned = text.charCodeAt(0) === 45 ? text.slice(1) : text;
  const point = unsigned.indexOf('.');
  const integer = point === -1 ? unsigned : unsigned.slice(0, point);
  const fraction = point === -1 ? '' : unsigned.slice(point + 1);
  return (
    (integer.length <= MAX_INTEGER_DIGITS ||
      integer.replace(/^0+/, '').length <= MAX_INTEGER_DIGITS) &&
    (fraction.length <= MAX_WRITTEN_DECIMALS ||
      fraction.replace(/0+$/, '').length <= MAX_WRITTEN_DECIMALS)
  );
}
