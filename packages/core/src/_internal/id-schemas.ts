import * as z from 'zod/mini';

/**
 * An item id as datasets write them — sources, statements, targets: lowercase letters, digits,
 * `.`, `_` and `-` (`seed-004-moit-2024-10-24`).
 */
export const SourceIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lowercase letters, digits, ".", "_" or "-"'));

/** A lowercase slug — dataset and crossing ids: letters, digits and `-`. */
export const SlugSchema = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and "-"'));
