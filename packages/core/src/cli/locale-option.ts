import { quoteInput } from '../_internal/quote-input.js';
import { isLocale, type Locale } from '../economy/locale.js';
import { UsageError } from './cli-io.js';

/**
 * The value of a command's `--locale`, checked: `bilateral report`, `reconcile` and `economies`
 * take the same languages and refuse others with the same message. A language is read in any
 * case, as `--currency` reads a code (`ZH` is `zh`); a tag with a region (`zh-CN`, `vi_VN`) is
 * refused, pointing to its language: the languages have no regional forms to choose from.
 *
 * @throws UsageError (exit code 2) for anything but en, vi, lo or zh
 *
 * @example
 * ```ts
 * localeOption('vi'); //=> 'vi'
 * localeOption('ZH'); //=> 'zh'
 * localeOption('fr'); // throws: unknown locale "fr"; choose en, vi, lo or zh
 * localeOption('zh-CN'); // throws: unknown locale "zh-CN": did you mean zh? Choose en, vi, lo or zh, without a region
 * ```
 */
export function localeOption(value: unknown): Locale {
  const text = String(value);
  const language = text.toLowerCase();
  if (isLocale(language)) return language;
  const tagged = /^([a-z]+)[-_]/.exec(language)?.[1];
  throw new UsageError(
    tagged !== undefined && isLocale(tagged)
      ? `unknown locale ${quoteInput(text)}: did you mean ${tagged}? Choose en, vi, lo or zh, without a region`
      : `unknown locale ${quoteInput(text)}; choose en, vi, lo or zh`,
  );
}
