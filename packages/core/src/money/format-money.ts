import { describeInput } from '../_internal/quote-input.js';
import { isRecord, wrongArgument } from '../_internal/wrong-argument.js';
import { isLocale, LOCALES, type Locale } from '../economy/locale.js';
import { BilateralError } from '../errors/index.js';
import { checkMoney } from './check-money.js';
import type { Money } from './money.js';
import { isRoundingMode, type RoundingMode } from './number-format.js';
import { MAX_FRACTION_DIGITS, type WriteMoneyOptions, writeCheckedMoney } from './write-money.js';

/**
 * Options of {@link formatMoney}.
 *
 * @example
 * ```ts
 * const turnover = money('1491900000', 'USD');
 * const options: FormatMoneyOptions = { notation: 'compact', fractionDigits: 1 };
 * formatMoney(turnover, options);
 * //=> 'US$1.5 billion'
 * formatMoney(turnover, { ...options, locale: 'vi', roundingMode: 'down' });
 * //=> '1,4 tỷ USD'
 * ```
 *
 * @category Money
 */
export interface FormatMoneyOptions {
  /**
   * Language of the separators, scale words and currency display: `'en'`, `'vi'`, `'lo'` or
   * `'zh'` (any other tag is refused with `INVALID_INPUT`). Default `'en'`.
   */
  readonly locale?: Locale;
  /**
   * `'full'` writes every integer digit (`US$1,491,900,000`); `'compact'` scales to thousand,
   * million, billion (`US$1.49 billion`, `1,49 tỷ USD`, `14.9亿美元`). Default `'full'`.
   */
  readonly notation?: 'full' | 'compact';
  /**
   * Digits after the decimal separator, a whole number from 0 to 20. Default: compact 2 at the
   * thousand-based scales and, in Chinese, the same significant digits (`US$8.12 billion`,
   * `81.2亿美元`), trailing zeros dropped; full 0 for a whole amount and 2 otherwise.
   */
  readonly fractionDigits?: number;
  /** How the last digit is rounded. Default `'half-up'` (halves away from zero). */
  readonly roundingMode?: RoundingMode;
}

function invalidOption(option: string, message: string): never {
  throw new BilateralError('INVALID_INPUT', [{ path: ['options', option], message }]);
}

/** Checks the options of {@link formatMoney}, so a mistake is an error, not a TypeError or a hang. */
function checkOptions(options: unknown): WriteMoneyOptions {
  if (options === undefined) {
    return { locale: 'en', compact: false, fractionDigits: undefined, roundingMode: 'half-up' };
  }
  if (!isRecord(options)) {
    throw wrongArgument(
      ['options'],
      "options such as { locale: 'vi', notation: 'compact' }",
      options,
    );
  }
  const {
    locale = 'en',
    notation = 'full',
    fractionDigits,
    roundingMode = 'half-up',
  } = options as Record<string, unknown>;
  if (!isLocale(locale)) {
    invalidOption(
      'locale',
      `${describeInput(locale)} is not a locale formatMoney writes: use one of ${LOCALES.map((l) => `"${l}"`).join(', ')} (for "en-US" pass "en")`,
    );
  }
  if (notation !== 'full' && notation !== 'compact') {
    invalidOption(
      'notation',
      `${describeInput(notation)} is not a notation: use "full" or "compact"`,
    );
  }
  if (
    fractionDigits !== undefined &&
    !(
      Number.isInteger(fractionDigits) &&
      (fractionDigits as number) >= 0 &&
      (fractionDigits as number) <= MAX_FRACTION_DIGITS
    )
  ) {
    invalidOption(
      'fractionDigits',
      `${describeInput(fractionDigits)} is not a number of fraction digits: use a whole number from 0 to ${MAX_FRACTION_DIGITS}`,
    );
  }
  if (!isRoundingMode(roundingMode)) {
    invalidOption(
      'roundingMode',
      `${describeInput(roundingMode)} is not a rounding mode: use "half-up", "half-even", "down", "floor" or "ceil"`,
    );
  }
  return {
    locale,
    compact: notation === 'compact',
    fractionDigits: fractionDigits as number | undefined,
    roundingMode,
  };
}

/**
 * Formats money for people, in English, Vietnamese, Lao or Chinese, in full or compact notation.
 * The amount is rounded exactly (no conversion to a JavaScript number) with the stated rounding
 * mode.
 *
 * @param value - the money to write
 * @param options - locale, notation, fraction digits and rounding mode
 * @returns the formatted text
 * @throws {@link BilateralError} `INVALID_INPUT` when `value` is not Money or an option is not one
 * of its values (a locale other than `en`, `vi`, `lo`, `zh`; fraction digits other than a whole
 * number 0–20); `OUT_OF_RANGE` for Money built by hand with an amount past the supported range
 *
 * @example
 * ```ts
 * const turnover = money('1491900000', 'USD');
 * formatMoney(turnover);
 * //=> 'US$1,491,900,000'
 * formatMoney(turnover, { notation: 'compact' });
 * //=> 'US$1.49 billion'
 * formatMoney(turnover, { notation: 'compact', locale: 'vi' });
 * //=> '1,49 tỷ USD'
 * formatMoney(turnover, { notation: 'compact', locale: 'zh' });
 * //=> '14.9亿美元'
 * ```
 *
 * @category Money
 */
export function formatMoney(value: Money, options?: FormatMoneyOptions): string {
  return writeCheckedMoney(checkMoney(value, ['value']), checkOptions(options));
}
