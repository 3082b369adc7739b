import * as z from 'zod/mini';

/**
 * Text in each supported language; English is required, Vietnamese, Lao and Chinese optional.
 *
 * @example
 * ```ts
 * LocalizedTextSchema.safeParse({ en: 'Vietnam–Laos trade', vi: 'Thương mại Việt Nam – Lào' }).success;
 * //=> true
 * ```
 *
 * @category Datasets
 */
export const LocalizedTextSchema = z.object({
  en: z.string().check(z.minLength(1)),
  vi: z.optional(z.string().check(z.minLength(1))),
  lo: z.optional(z.string().check(z.minLength(1))),
  zh: z.optional(z.string().check(z.minLength(1))),
});

/**
 * Text in English and, where known, Vietnamese, Lao and Chinese.
 *
 * @example
 * ```ts
 * const title: LocalizedText = { en: 'Laos–China trade', zh: '老中贸易' };
 * ```
 *
 * @category Datasets
 */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
