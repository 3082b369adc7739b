import * as z from 'zod/mini';

const NameSchema = z.string().check(
  z.minLength(1, 'must not be empty'),
  z.refine((text) => text.trim() === text, 'must not start or end with spaces'),
);

/**
 * A name written in every {@link Locale}: English, Vietnamese (with its diacritics), Lao script
 * and simplified Chinese.
 *
 * @example
 * ```ts
 * LocalizedNamesSchema.safeParse({ en: 'Laos', vi: 'Lào', lo: 'ລາວ', zh: '老挝' }).success;
 * //=> true
 * ```
 *
 * @category Economies
 */
export const LocalizedNamesSchema = z.object({
  en: NameSchema,
  vi: NameSchema,
  lo: NameSchema,
  zh: NameSchema,
});

/**
 * A name in each {@link Locale}.
 *
 * @example
 * ```ts
 * const names: LocalizedNames = { en: 'Laos', vi: 'Lào', lo: 'ລາວ', zh: '老挝' };
 * names.vi;
 * //=> 'Lào'
 * ```
 *
 * @category Economies
 */
export type LocalizedNames = Readonly<z.infer<typeof LocalizedNamesSchema>>;
