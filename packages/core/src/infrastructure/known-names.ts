import * as z from 'zod/mini';
import { TextSchema } from './_lib/ids.js';

/**
 * Names of one thing in the languages Bilateral writes (`en` required; `vi`, `lo`, `zh` only where
 * known). Keys are the economy module's `Locale`s; unlike its `LocalizedNames`, which requires all
 * four, a crossing's Lao or Chinese name is often not sourced and is then left out.
 *
 * @example
 * ```ts
 * KnownNamesSchema.parse({ en: 'Lao Bao – Densavanh', vi: 'Lao Bảo – Densavanh' }).en;
 * //=> 'Lao Bao – Densavanh'
 * ```
 *
 * @category Infrastructure
 */
export const KnownNamesSchema = z.strictObject({
  en: TextSchema,
  vi: z.optional(TextSchema),
  lo: z.optional(TextSchema),
  zh: z.optional(TextSchema),
});

/**
 * Names in English and, where known, Vietnamese, Lao and Chinese.
 *
 * @example
 * ```ts
 * const names: KnownNames = { en: 'class-I port', zh: '一类口岸' };
 * ```
 *
 * @category Infrastructure
 */
export type KnownNames = z.infer<typeof KnownNamesSchema>;
