import * as z from 'zod/mini';
import { isDecimalText } from '../_internal/decimal-text.js';
import { parseWithSchema } from '../_internal/zod-issues.js';
import { type SafeParseResult, toSafeParse } from '../errors/index.js';
import { SlugSchema, SourceIdsSchema, TextSchema } from './_lib/ids.js';
import { UncertainMarkerSchema } from './uncertain-marker.js';

const DecimalTextSchema = z
  .string()
  .check(z.refine(isDecimalText, 'must be a decimal string such as "43340000000" or "0.99"'));

/**
 * The JSON shape of a {@link CrossingTrade}.
 *
 * @example
 * ```ts
 * CrossingTradeSchema.safeParse({ crossingId: 'x', value: 'lots' }).success;
 * //=> false
 * ```
 *
 * @category Infrastructure
 */
export const CrossingTradeSchema = z.strictObject({
  crossingId: SlugSchema,
  /** The period, as period text (`2022`, `2024-01/2024-09`). */
  period: TextSchema,
  /** Trade (imports + exports) through the crossing, as a decimal string. */
  value: DecimalTextSchema,
  /** ISO 4217 code of `value`. */
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code')),
  /** Growth on the same period a year earlier, as a fraction (`"0.99"` for +99 %). */
  growth: z.optional(DecimalTextSchema),
  /** The value a year earlier, when published instead of the growth rate. */
  previousValue: z.optional(DecimalTextSchema),
  /** Tonnage through the crossing, in metric tons, where published. */
  tonnes: z.optional(DecimalTextSchema),
  sources: SourceIdsSchema,
  uncertain: z.optional(UncertainMarkerSchema),
  note: z.optional(TextSchema),
});

/**
 * Trade through one crossing over one period, as published — the input of the trade and growth
 * terms of {@link rankCrossings}.
 *
 * @example
 * ```ts
 * CROSSING_TRADE_OBSERVATIONS[0]?.value;
 * //=> '43340000000'
 * ```
 *
 * @category Infrastructure
 */
export type CrossingTrade = z.infer<typeof CrossingTradeSchema>;

/**
 * Validates a {@link CrossingTrade}.
 *
 * @param input - the observation, as JSON-shaped data
 * @returns the observation
 * @throws {@link BilateralError} `INVALID_INPUT` naming each bad field
 *
 * @example
 * ```ts
 * parseCrossingTrade(CROSSING_TRADE_OBSERVATIONS[0]).currency;
 * //=> 'CNY'
 * ```
 *
 * @category Infrastructure
 */
export function parseCrossingTrade(input: unknown): CrossingTrade {
  return parseWithSchema(CrossingTradeSchema, input, 'INVALID_INPUT');
}

/**
 * The result form of {@link parseCrossingTrade}.
 *
 * @example
 * ```ts
 * safeParseCrossingTrade({}).success;
 * //=> false
 * ```
 *
 * @category Infrastructure
 */
export function safeParseCrossingTrade(input: unknown): SafeParseResult<CrossingTrade> {
  return toSafeParse(() => parseCrossingTrade(input));
}
