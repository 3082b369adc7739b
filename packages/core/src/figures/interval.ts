import type { Decimal, DecimalInput } from '../_internal/decimal.js';
import { toDecimal } from '../_internal/to-decimal.js';
import { BilateralError } from '../errors/index.js';
import { checkInterval } from './_check-figure.js';

/**
 * Which ends of an {@link Interval} belong to it, in the usual notation: `'[)'` is closed below
 * and open above (the interval of a figure rounded to the nearest unit).
 *
 * @example
 * ```ts
 * const bounds: IntervalBounds = '(]';
 * formatInterval(interval('-1.15', '-1.05', bounds));
 * //=> '(-1.15, -1.05]'
 * parsePublishedRate('down 1.1%').interval.loClosed;
 * //=> false
 * ```
 *
 * @category Figures
 */
export type IntervalBounds = '[]' | '[)' | '(]' | '()';

/**
 * A non-empty interval of exact decimals, `lo` to `hi`, each end closed or open. Published
 * figures stand for intervals ("US$1.5 billion" is [1.45, 1.55) billion), and every calculation
 * of this module carries them through: a derived interval always contains the exact result for
 * any values inside its inputs.
 *
 * @example
 * ```ts
 * const exports = interval('159.55', '159.65', '[)');
 * formatInterval(exports);
 * //=> '[159.55, 159.65)'
 * ```
 *
 * @category Figures
 */
export interface Interval {
  /** The lower end. */
  readonly lo: Decimal;
  /** The upper end, `hi ≥ lo`. */
  readonly hi: Decimal;
  /** Whether `lo` itself belongs to the interval. */
  readonly loClosed: boolean;
  /** Whether `hi` itself belongs to the interval. */
  readonly hiClosed: boolean;
}

/**
 * Builds an {@link Interval} from its ends.
 *
 * @param lo - the lower end (decimal string, Decimal or finite number)
 * @param hi - the upper end, not below `lo`
 * @param bounds - which ends belong to it, `'[]'` unless given
 * @returns a frozen interval
 * @throws {@link BilateralError} `INVALID_DECIMAL` for an end that is not a finite decimal,
 * `INVALID_INPUT` when `hi < lo` or the interval would be empty (`[1, 1)`)
 *
 * @example
 * ```ts
 * interval('1.45', '1.55', '[)').hiClosed;
 * //=> false
 * interval('2', '1');
 * // throws BilateralError [INVALID_INPUT]: an interval needs lo ≤ hi, got lo 2 and hi 1
 * ```
 *
 * @category Figures
 */
export function interval(
  lo: DecimalInput,
  hi: DecimalInput,
  bounds: IntervalBounds = '[]',
): Interval {
  return makeInterval(
    toDecimal(lo, ['lo']),
    toDecimal(hi, ['hi']),
    bounds[0] === '[',
    bounds[1] === ']',
  );
}

/** Builds an interval from Decimals and closedness flags, checking it is not empty. */
export function makeInterval(
  lo: Decimal,
  hi: Decimal,
  loClosed: boolean,
  hiClosed: boolean,
): Interval {
  if (lo.gt(hi)) {
    throw new BilateralError(
      'INVALID_INPUT',
      `an interval needs lo ≤ hi, got lo ${lo.toString()} and hi ${hi.toString()}`,
    );
  }
  if (lo.eq(hi) && !(loClosed && hiClosed)) {
    throw new BilateralError(
      'INVALID_INPUT',
      `the interval at ${lo.toString()} is empty: a single point must be closed at both ends`,
    );
  }
  return Object.freeze({ lo, hi, loClosed, hiClosed });
}

/**
 * The width of an interval, `hi − lo` (0 for a single point): how much a figure derived from
 * published ones is left unknown, which `bilateral report` and the widgets' narrowed balances
 * compare to tell whether published statements narrow a row's turnover or balance.
 *
 * @example
 * ```ts
 * intervalWidth(interval('1450000000', '1550000000', '[)')).toFixed(); //=> '100000000'
 * intervalWidth(interval('5', '5')).toFixed(); //=> '0'
 * ```
 *
 * @throws BilateralError `INVALID_INPUT` at `range` for what is no interval
 *
 * @category Figures
 */
export function intervalWidth(range: Interval): Decimal {
  checkInterval(range, ['range']);
  return range.hi.minus(range.lo);
}
