import { quoteInput } from '../_internal/quote-input.js';
import { isLocale, type Locale } from '../economy/locale.js';
import { UsageError } from './cli-io.js';

/**
 * The value of a command's `--locale`, checked: `bilateral report` and `bilateral reconcile`
 * take the same languages and refuse others with the same message.
 *
 * @throws UsageError (exit code 2) for anything but en, vi, lo or zh
 *
 * @example
 * ```ts
 * localeOption('vi'); //=> 'vi'
 * localeOption('fr'); // throws: unknown locale "fr"; choose en, vi, lo or zh
 * ```
 */
export function localeOption(value: unknown): Locale {
  if (!isLocale(value)) {
    throw new UsageError(`unknown locale ${quoteInput(String(value))}; choose en, vi, lo or zh`);
  }
  return value;
}
