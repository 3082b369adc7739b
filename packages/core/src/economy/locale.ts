import * as z from 'zod/mini';
import { describeInput } from '../_internal/quote-input.js';

/**
 * The languages Bilateral writes names, numbers and reports in: English, Vietnamese, Lao and
 * (simplified) Chinese.
 *
 * @example
 * ```ts
 * const locale: Locale = 'vi';
 * ```
 *
 * @category Economies
 */
export type Locale = 'en' | 'vi' | 'lo' | 'zh';

/**
 * Every supported {@link Locale}.
 *
 * @example
 * ```ts
 * LOCALES.includes('lo');
 * //=> true
 * ```
 *
 * @category Economies
 */
export const LOCALES: readonly Locale[] = ['en', 'vi', 'lo', 'zh'];

/**
 * Whether `value` is a supported {@link Locale}.
 *
 * @example
 * ```ts
 * isLocale('vi');
 * //=> true
 * isLocale('fr');
 * //=> false
 * ```
 *
 * @category Economies
 */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The JSON form of a {@link Locale}, for documents that name their language (a dataset title per
 * locale, a widget's `locale` attribute).
 *
 * @example
 * ```ts
 * LocaleSchema.safeParse('lo').success;
 * //=> true
 * LocaleSchema.safeParse('fr').success;
 * //=> false
 * ```
 *
 * @category Economies
 */
export const LocaleSchema = z.enum(['en', 'vi', 'lo', 'zh'], {
  error: (issue) =>
    `${describeInput(issue.input)} is not a supported locale (one of "en", "vi", "lo", "zh")`,
});
