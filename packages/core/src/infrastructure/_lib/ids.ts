import * as z from 'zod/mini';

/** A source id, as {@link SourceSchema} requires it. */
export const SourceIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be lowercase letters, digits, ".", "_" or "-"'));

/** An ISO 3166-1 alpha-3 code such as `VNM`. */
export const CountryCodeSchema = z
  .string()
  .check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as "VNM"'));

/** A lowercase identifier: letters, digits and `-`. */
export const SlugSchema = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and "-"'));

/** A non-empty text. */
export const TextSchema = z.string().check(z.minLength(1));

/** A non-empty list of source ids. */
export const SourceIdsSchema = z.array(SourceIdSchema).check(z.minLength(1));

/** A province id of the economy module: `VN-QUANG-TRI`, `LA-SAVANNAKHET`, `CN-YUNNAN`. */
export const ProvinceIdSchema = z
  .string()
  .check(z.regex(/^[A-Z]{2}(?:-[A-Z0-9]+)+$/, 'must be a province id such as "VN-QUANG-TRI"'));
