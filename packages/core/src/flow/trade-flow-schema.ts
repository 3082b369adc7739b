import * as z from 'zod/mini';
import { isMultipleText, isNegativeDecimalText } from '../_internal/decimal-text.js';
import { quoteInput } from '../_internal/quote-input.js';
import { parseWithSchema } from '../_internal/zod-issues.js';
import { unknownCodeMessage } from '../economy/economy-lookup.js';
import { isKnownEconomyCode } from '../economy/index.js';
import {
  BilateralError,
  type IssuePath,
  type SafeParseResult,
  toSafeParse,
} from '../errors/index.js';
import { decimalStringWhere } from '../money/money-schema.js';
import { CurrencyCodeSchema } from '../money/schemas.js';
import { PeriodTextSchema } from '../period/schemas.js';
import { flowFromValidJson, type TradeFlow } from './trade-flow.js';

/**
 * The code of an economy a flow, statement or target names: a code assigned in ISO 3166-1
 * alpha-3 (`VNM`, `MEX`), or a code of Bilateral's economy table (`WLD` the World, `EUN` the
 * EU, `XNS` and `XBK` UN Comtrade's special areas). Three capitals that name no country (`XXX`)
 * and Comtrade's own texts for groups (`EUR` for the EU) are refused. See
 * {@link isKnownEconomyCode}.
 *
 * @example
 * ```ts
 * EconomyCodeTextSchema.safeParse('VNM').success;
 * //=> true
 * EconomyCodeTextSchema.safeParse('XXX').success;
 * //=> false
 * ```
 *
 * @category Flows
 */
export const EconomyCodeTextSchema = z.string().check(
  z.regex(/^[A-Z]{3}$/, {
    error: (issue) => unknownCodeMessage(issue.input),
    abort: true,
  }),
  z.refine(isKnownEconomyCode, {
    error: (issue) =>
      `${quoteInput(String(issue.input))} is not an economy: write an ISO 3166-1 alpha-3 code such as "VNM" or "MEX", WLD for the World, EUN for the EU, XNS or XBK for UN Comtrade's "Areas, nes" and bunkers`,
  }),
);

/**
 * The direction of a flow, from the reporter's side.
 *
 * @example
 * ```ts
 * FlowDirectionSchema.safeParse('import').success;
 * //=> true
 * FlowDirectionSchema.safeParse('imports').success;
 * //=> false
 * ```
 *
 * @category Flows
 */
export const FlowDirectionSchema = z.enum(['export', 'import']);

/**
 * Whether a value is an estimate, a preliminary release, the official figure, or a revision of it.
 *
 * @example
 * ```ts
 * FlowStatusSchema.safeParse('preliminary').success;
 * //=> true
 * FlowStatusSchema.safeParse('final').success;
 * //=> false
 * ```
 *
 * @category Flows
 */
export const FlowStatusSchema = z.enum(['estimate', 'preliminary', 'official', 'revised']);

/** Unsigned plain decimal text, the only kind the precision check reads. */
const UNSIGNED = /^\d+(?:\.\d+)?$/;

/**
 * The JSON form of a {@link TradeFlow}: what one source published for one reporter, partner,
 * direction, period and (optionally) commodity. The value is a decimal string so no digit is lost.
 * A `precision` is the step the value was rounded to, so a value with a digit finer than it
 * (`"524550000"` rounded to `"100000"`, or `"5000000"` to `"10000000"`) is refused at
 * `precision`: the value's own digits say it was not rounded so.
 *
 * @example
 * ```ts
 * const [json] = vietnamLaosDocument.flows; // US$524.5 M, precision '100000'
 * TradeFlowSchema.safeParse(json).success;
 * //=> true
 * TradeFlowSchema.safeParse({ ...json, value: '524.5 million' }).success;
 * //=> false
 * TradeFlowSchema.safeParse({ ...json, value: '524550000' }).success;
 * //=> false
 * ```
 *
 * @category Flows
 */
export const TradeFlowSchema = z
  .object({
    reporter: EconomyCodeTextSchema,
    partner: EconomyCodeTextSchema,
    flow: FlowDirectionSchema,
    period: PeriodTextSchema,
    /** Non-negative decimal string, in `currency` units (not millions). */
    value: decimalStringWhere(
      (text) => !isNegativeDecimalText(text),
      'a trade value cannot be negative',
    ),
    currency: CurrencyCodeSchema,
    valuation: z.optional(z.enum(['FOB', 'CIF'])),
    /** HS code as text, leading zeros kept (`"0901"`). */
    commodity: z.optional(
      z
        .string()
        .check(z.regex(/^\d{2}(?:\d{2}){0,3}$/, 'must be an HS code of 2, 4, 6 or 8 digits')),
    ),
    status: FlowStatusSchema,
    /** Id of an entry of the dataset's `sources`. */
    source: z.string().check(z.minLength(1)),
    /**
     * The unit the published figure was rounded to, in currency units (`"100000"` for 0.1 M): the
     * value is a whole multiple of it.
     */
    precision: z.optional(decimalStringWhere((text) => Number(text) > 0, 'must be greater than 0')),
    /** How the value was computed when it was not published as such (marks it DERIVED). */
    derivation: z.optional(z.string().check(z.minLength(1))),
    /** True when the value is weakly sourced or approximate; `note` says why. */
    uncertain: z.optional(z.boolean()),
    note: z.optional(z.string()),
  })
  .check(
    z.superRefine((json, context) => {
      const { value, precision } = json;
      // The fields' own checks report a malformed, negative or zero value or precision.
      if (precision === undefined || !UNSIGNED.test(value) || !UNSIGNED.test(precision)) return;
      if (!/[1-9]/.test(precision) || isMultipleText(value, precision)) return;
      context.addIssue({
        code: 'custom',
        path: ['precision'],
        message: `the value ${value} has digits finer than its precision ${precision}: a value rounded to ${precision} is a whole multiple of it`,
        input: json,
      });
    }),
  );

/**
 * The JSON form of a trade flow, as stored in a dataset document.
 *
 * @example
 * ```ts
 * const json: TradeFlowJson = {
 *   reporter: 'VNM', partner: 'LAO', flow: 'export', period: '2021-Q1',
 *   value: '159600000', currency: 'USD', status: 'preliminary', source: 'seed-003',
 *   precision: '100000',
 * };
 * ```
 *
 * @category Flows
 */
export type TradeFlowJson = z.infer<typeof TradeFlowSchema>;

/**
 * Converts a flow's JSON to the rich model (periods parsed, values as Money), checking it first:
 * JSON missing a field is refused, never turned into a flow with `undefined` in it.
 *
 * @param json - the JSON form of a flow
 * @param path - where the flow sits in a larger input, put before each issue's path
 * @returns the frozen flow
 * @throws {@link BilateralError} `INVALID_INPUT` naming each bad field
 *
 * @example
 * ```ts
 * const flow = tradeFlowFromJson({
 *   reporter: 'VNM', partner: 'LAO', flow: 'import', period: '2024-01/2024-09',
 *   value: '1000000000', currency: 'USD', status: 'preliminary', source: 'seed-004',
 * });
 * [flow.period, flow.value.amount.toString()];
 * //=> [{ kind: 'year-to-date', year: 2024, throughMonth: 9 }, '1000000000']
 * ```
 *
 * @category Flows
 */
export function tradeFlowFromJson(json: TradeFlowJson, path: IssuePath = []): TradeFlow {
  const at = Array.isArray(path) ? path : [];
  try {
    return flowFromValidJson(parseWithSchema(TradeFlowSchema, json, 'INVALID_INPUT'), at);
  } catch (error) {
    if (!(error instanceof BilateralError) || at.length === 0) throw error;
    throw new BilateralError(
      error.code,
      error.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] })),
    );
  }
}

/**
 * Validates one trade flow in its JSON form and returns the rich model.
 *
 * @throws {@link BilateralError} `INVALID_INPUT` naming each bad field
 *
 * @example
 * ```ts
 * parseTradeFlow({ reporter: 'VNM' });
 * // throws BilateralError [INVALID_INPUT]: 7 problems …
 * ```
 *
 * @category Flows
 */
export function parseTradeFlow(input: unknown): TradeFlow {
  return flowFromValidJson(parseWithSchema(TradeFlowSchema, input, 'INVALID_INPUT'));
}

/**
 * The result form of {@link parseTradeFlow}.
 *
 * @example
 * ```ts
 * safeParseTradeFlow({}).success;
 * //=> false
 * ```
 *
 * @category Flows
 */
export function safeParseTradeFlow(input: unknown): SafeParseResult<TradeFlow> {
  return toSafeParse(() => parseTradeFlow(input));
}
