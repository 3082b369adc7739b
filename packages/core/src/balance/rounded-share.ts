import { Decimal } from '../_internal/decimal.js';
import { checkArgument, checkDecimals } from '../_internal/face-checks.js';

/**
 * A share or a coverage ratio in percent, as {@link roundedShare} rounds it: the rounded
 * percentage, its decimals, and whether it is written as "about" it.
 *
 * @example
 * ```ts
 * const share: RoundedShare = { percent: new Decimal('50'), decimals: 0, about: true };
 * ```
 *
 * @category Balance
 */
export interface RoundedShare {
  /** The percentage, rounded (halves away from zero): `142.4`, or `50` for "about 50 %". */
  readonly percent: Decimal;
  /** Its decimals: 1, more for a share under 0.1 % (`0.04`), or fewer for one rounded further. */
  readonly decimals: number;
  /** Rounded to fewer digits than one decimal shows: written as "about" it. */
  readonly about: boolean;
}

/**
 * A share or a coverage ratio (a fraction: exports ÷ imports) in percent with no digit its figures
 * do not support: `digits` is the fewest significant digits any of them is known to
 * (`knownDigits`); when one decimal would show more digits than that, the percentage is
 * rounded to `digits` significant digits and is "about" it (US$491.9 million against "US$1
 * billion", known to the billion: 49.19 %, "about 50 %"); otherwise, and when every figure is
 * exact (`undefined`), it has one decimal (US$524.5 million against US$368.4 million, both to the
 * 0.1 million: "142.4 %"), or under 0.1 % the decimals down to its first digit ("0.04 %", where
 * one decimal would write a share that is not 0 as "0.0 %"). Halves are rounded away from zero. The widgets and `bilateral report`
 * write a coverage ratio so.
 *
 * @param ratio - the share or ratio, a fraction
 * @param digits - the fewest significant digits its figures are known to, or `undefined`
 * @returns the rounded percentage, its decimals and whether it is "about" it
 * @throws BilateralError `INVALID_INPUT` at `ratio` for what is no Decimal, at `digits` for what is
 *   neither a whole number from 1 nor `undefined`
 *
 * @example
 * ```ts
 * const exact = roundedShare(new Decimal('1.42372'), 4);
 * [exact.percent.toFixed(exact.decimals), exact.about]; //=> ['142.4', false]
 * const rough = roundedShare(new Decimal('0.4919'), 1);
 * [rough.percent.toFixed(rough.decimals), rough.about]; //=> ['50', true]
 * ```
 *
 * @category Balance
 */
export function roundedShare(ratio: Decimal, digits: number | undefined): RoundedShare {
  checkDecimals({ ratio });
  checkArgument(
    digits === undefined || (Number.isInteger(digits) && digits > 0),
    ['digits'],
    'a whole number of digits from 1, or undefined',
    digits,
  );
  return uncheckedRoundedShare(ratio, digits);
}

/**
 * {@link roundedShare} without its checks, for the widgets (from `@bilateral/core/internal`),
 * which round the shares they computed: every page's runtime has it.
 *
 * @internal
 * @example
 * ```ts
 * uncheckedRoundedShare(new Decimal('0.25'), undefined).percent.toFixed(); //=> '25'
 * ```
 */
export function uncheckedRoundedShare(ratio: Decimal, digits: number | undefined): RoundedShare {
  const percent = ratio.times(100);
  if (digits === undefined || percent.isZero() || percent.abs().e + 2 <= digits) {
    // One decimal, or down to the first digit of a share under 0.1 % (0.04 %: "0.0 %" reads as
    // none), that digit rounded (0.0999 %: "0.1 %", not "0.10 %"; halves to even as halves up
    // here: only a 9 rounds up to the next power of ten, and 9 is odd).
    const decimals = Math.max(1, -percent.toSignificantDigits(1).e);
    return {
      percent: percent.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP),
      decimals,
      about: false,
    };
  }
  const rounded = percent.toSignificantDigits(digits, Decimal.ROUND_HALF_UP);
  return { percent: rounded, decimals: Math.max(0, digits - 1 - rounded.abs().e), about: true };
}
