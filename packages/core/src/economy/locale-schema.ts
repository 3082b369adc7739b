import * as z from 'zod/mini';
import { describeInput } from '../_internal/quote-input.js';
import type { Locale } from './locale.js';

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
