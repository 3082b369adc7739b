import * as z from 'zod/mini';
import { TextSchema } from './_lib/ids.js';

/**
 * The marker put on any record whose values are not firmly sourced (DOMAIN.md's UNCERTAIN and
 * DERIVED). `note` says what is uncertain and why; `fields` names the fields of the record it
 * concerns (all of them when absent).
 *
 * @example
 * ```ts
 * UncertainMarkerSchema.parse({ fields: ['province'], note: 'province of Na Son not sourced' }).note;
 * //=> 'province of Na Son not sourced'
 * ```
 *
 * @category Infrastructure
 */
export const UncertainMarkerSchema = z.strictObject({
  note: TextSchema,
  fields: z.optional(z.array(TextSchema)),
});

/**
 * An `uncertain` marker (see {@link UncertainMarkerSchema}).
 *
 * @example
 * ```ts
 * const marker: UncertainMarker = { note: 'DERIVED from the pair being international' };
 * ```
 *
 * @category Infrastructure
 */
export type UncertainMarker = z.infer<typeof UncertainMarkerSchema>;
