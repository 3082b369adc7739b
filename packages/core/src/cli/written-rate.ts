import { Decimal } from '../_internal/decimal.js';
import type { Locale } from '../economy/locale.js';
import { roundedRate } from '../growth/rate-digits.js';
import { aboutPercent } from './about-percent.js';
import { localPercent } from './local-numbers.js';

/**
 * A fraction in percent with one decimal, rounded half up, in the locale, signed when it is above
 * 0 at that decimal (`+11.9 %`; a rise or a fall under 0.05 % is `0.0 %`, as the widgets write
 * it), signs as {@link localPercent} writes them; `—` for none.
 *
 * @example
 * ```ts
 * percent('0.119', 'en'); //=> '+11.9 %'
 * percent('-0.119', 'vi'); //=> '−11,9%'
 * percent('0.0001', 'vi'); //=> '0,0%'
 * percent('-0.0001', 'en'); //=> '0.0 %'
 * percent(null, 'en'); //=> '—'
 * ```
 */
export function percent(fraction: string | null, locale: Locale): string {
  if (fraction === null) return '—';
  return localPercent(new Decimal(fraction).times(100), 1, locale);
}

/** A computed rate as `bilateral report` gives it: rounded (a fraction) and as written. */
export interface WrittenRate {
  /**
   * The rate rounded to the digits its figures support (`roundedRate`), a fraction: `0.3` for
   * "about +30 %", `0.084` for "+8.4 %".
   */
  readonly rounded: string;
  /** The rate as the report writes it in the locale: `about +30 %`, `+8.4 %`. */
  readonly text: string;
}

/**
 * A computed rate, as `--json` gives it (`computed`, 12 significant digits), rounded and written
 * with the digits its figures support (`digits`, null or undefined for exact figures; see
 * `roundedRate`): to one decimal in percent, or further as "about" it; under 0.1 %, down to its
 * first digit as far as the figures know it, as a share is (`roundedShare`): `+0.04 %`, where one
 * decimal wrote `0.0 %`, read as no change. The rounded value and the text come from the same
 * number, so `--json`'s `computedRounded` and the table never part (a quotient 0.0834999… given
 * as `0.0835` is `0.084`, "+8.4 %", in both).
 *
 * @example
 * ```ts
 * writtenRate('0.333333333333', 2, 'en'); //=> { rounded: '0.3', text: 'about +30 %' }
 * writtenRate('0.0835', null, 'vi'); //=> { rounded: '0.084', text: '+8,4%' }
 * writtenRate('0.000412', null, 'en'); //=> { rounded: '0.0004', text: '+0.04 %' }
 * ```
 */
export function writtenRate(
  computed: string,
  digits: number | null | undefined,
  locale: Locale,
): WrittenRate {
  const exact = new Decimal(computed);
  const { rate, decimals } = roundedRate(exact, digits ?? undefined);
  if (decimals < 1) return { rounded: rate.toFixed(), text: aboutPercent(rate, locale) };
  // The places of the first digit (that digit rounded: 0.0999 % has one), where the figures know
  // the rate to it (roundedRate's rule, not capped at one: its ratio's digits less 3 and its power
  // of ten; every place for exact figures); else one.
  const first = -exact.times(100).toSignificantDigits(1).e;
  const known = Number.isInteger(digits) ? (digits as number) - 3 - exact.plus(1).e : first;
  const places = first > 1 && first <= known ? first : 1;
  const inPercent = exact.times(100).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  return {
    rounded: places > 1 ? inPercent.div(100).toFixed() : rate.toFixed(),
    text: localPercent(inPercent, places, locale),
  };
}

/**
 * A computed rate's text ({@link writtenRate}), or `—` for none.
 *
 * @example
 * ```ts
 * computedPercent('0.333333333333', 2, 'en'); //=> 'about +30 %'
 * computedPercent(null, null, 'en'); //=> '—'
 * ```
 */
export function computedPercent(
  computed: string | null,
  digits: number | null,
  locale: Locale,
): string {
  return computed === null ? '—' : writtenRate(computed, digits, locale).text;
}
