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
