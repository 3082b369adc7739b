import * as z from 'zod/mini';
import { SlugSchema, SourceIdSchema } from '../../_internal/id-schemas.js';
import { EconomyCodeTextSchema } from '../../flow/trade-flow-schema.js';

export { SlugSchema, SourceIdSchema };

/** An ISO 3166-1 alpha-3 code such as `VNM`: the flows' economy code. */
export const CountryCodeSchema = EconomyCodeTextSchema;

/** A non-empty text. */
export const TextSchema = z.string().check(z.minLength(1));

/** A non-empty list of source ids. */
export const SourceIdsSchema = z.array(SourceIdSchema).check(z.minLength(1));

/** A province id of the economy module: `VN-QUANG-TRI`, `LA-SAVANNAKHET`, `CN-YUNNAN`. */
export const ProvinceIdSchema = z
  .string()
  .check(z.regex(/^[A-Z]{2}(?:-[A-Z0-9]+)+$/, 'must be a province id such as "VN-QUANG-TRI"'));
