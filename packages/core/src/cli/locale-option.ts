import { quoteInput } from '../_internal/quote-input.js';
import { isLocale, type Locale } from '../economy/locale.js';
import { UsageError } from './cli-io.js';

/**
 * A tag of Traditional Chinese, in lower case: its script (`zh-hant`, `zh-hant-tw`), or a region
 * that writes it without a script named (`zh-tw`, `zh-hk`, `zh-mo`); `zh-hans-hk` is Simplified.
 */
const TRADITIONAL = /^zh[-_](?:hant|tw|hk|mo)(?![a-z])/;

/**
 * The value of a command's `--locale`, checked: `bilateral report`, `reconcile` and `economies`
 * take the same languages and refuse others with the same message. A language is read in any
 * case, as `--currency` reads a code (`ZH` is `zh`); a tag with a region (`zh-CN`, `vi_VN`) is
 * refused, pointing to its language: the languages have no regional forms to choose from. `zh` is
 * Simplified Chinese: a tag of Traditional Chinese (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`) is
 * refused saying so, not pointed to `zh`, which would give its reader Simplified unsaid.
 *
 * @throws UsageError (exit code 2) for anything but en, vi, lo or zh
 *
 * @example
 * ```ts
 * localeOption('vi'); //=> 'vi'
 * localeOption('ZH'); //=> 'zh'
 * localeOption('fr'); // throws: unknown locale "fr"; choose en, vi, lo or zh
 * localeOption('zh-CN'); // throws: unknown locale "zh-CN": did you mean zh? Choose en, vi, lo or zh, without a region
 * localeOption('zh-TW'); // throws: unknown locale "zh-TW": Traditional Chinese is not offered, and zh is Simplified Chinese; choose en, vi, lo or zh
 * ```
 */
export function localeOption(value: unknown): Locale {
  const text = String(value);
  const language = text.toLowerCase();
  if (isLocale(language)) return language;
  const tagged = /^([a-z]+)[-_]/.exec(language)?.[1];
  const unknown = `unknown locale ${quoteInput(text)}`;
  if (TRADITIONAL.test(language)) {
    throw new UsageError(
      `${unknown}: Traditional Chinese is not offered, and zh is Simplified Chinese; choose en, vi, lo or zh`,
    );
  }
  throw new UsageError(
    tagged !== undefined && isLocale(tagged)
      ? `${unknown}: did you mean ${tagged}? Choose en, vi, lo or zh, without a region`
      : `${unknown}; choose en, vi, lo or zh`,
  );
}
