import { checkWriteOptions } from '../_internal/face-checks.js';
import type { Locale } from '../economy/locale.js';
import { moneyOfShape } from './check-money.js';
import type { Money } from './money.js';
import { MONEY_WORDS, type MoneyWords } from './money-words.js';
import { ENGLISH, uncheckedWriteMoneyIn, type WriteMoneyOptions } from './write-money-in.js';

export { MAX_FRACTION_DIGITS, type WriteMoneyOptions } from './write-money-in.js';

/** The words of `locale`, English's or the core's table's (`money-words.ts`). */
const wordsOf = (locale: Locale): MoneyWords => (locale === 'en' ? ENGLISH : MONEY_WORDS[locale]);

/**
 * The words compact notation writes in `locale`, by the power of ten of their scale: what other
 * text in the locale's compact style (the reconciliation's intervals) writes a scale with.
 *
 * @example
 * ```ts
 * compactScaleWords('vi').get(9); //=> 'tỷ'
 * compactScaleWords('zh').get(8); //=> '亿'
 * compactScaleWords('zh').get(6); //=> undefined
 * ```
 */
export function compactScaleWords(locale: Locale): ReadonlyMap<number, string> {
  return new Map(wordsOf(locale).scales);
}

/**
 * {@link writeMoney} without its checks, for Money and options its caller has checked
 * (`formatMoney`, `writeKnownAmount`), so that each amount is checked once per text, not at every
 * call it takes to write it.
 *
 * @internal
 * @example
 * ```ts
 * writeCheckedMoney(money('1491900000', 'USD'), { locale: 'vi', compact: true });
 * //=> '1,49 tỷ USD'
 * ```
 */
export function writeCheckedMoney(value: Money, options: WriteMoneyOptions): string {
  return uncheckedWriteMoneyIn(value, options, wordsOf(options.locale));
}

/**
 * `formatMoney` for Money and options known to be valid (the widgets write the amounts they
 * computed, with options they chose): the same text, with fewer checks. It refuses what is no
 * Money (`value`), no options object (`options`) or no locale (`options.locale`) with a
 * `BilateralError` `INVALID_INPUT` at that path, but not an amount past the supported range (it is
 * written) nor fraction digits or a rounding mode out of their values (a wrong text or an error
 * that is not a `BilateralError`): those are `formatMoney`'s to check.
 *
 * @param value - Money whose amount is a Decimal within the supported range
 * @param options - locale and notation, and optionally fraction digits (0–20) and rounding mode
 * @returns the formatted text, as `formatMoney` writes it
 * @throws BilateralError `INVALID_INPUT` at `value`, `options` or `options.locale`
 *
 * @example
 * ```ts
 * const turnover = money('1491900000', 'USD');
 * writeMoney(turnover, { locale: 'en', compact: true });
 * //=> 'US$1.49 billion'
 * writeMoney(turnover, { locale: 'zh', compact: true, fractionDigits: 0 });
 * //=> '15亿美元'
 * ```
 *
 * @category Money
 */
export function writeMoney(value: Money, options: WriteMoneyOptions): string {
  checkWriteOptions(options);
  // The shape only: an amount past the range is written, as before the checks.
  return writeCheckedMoney(moneyOfShape(value, ['value']), options);
}
