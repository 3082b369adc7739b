import type { Decimal } from '../_internal/decimal.js';
import { describeInput } from '../_internal/quote-input.js';
import { BilateralError, type IssuePath } from '../errors/index.js';
import { checkMoney, isMoneyValue } from '../money/check-money.js';
import { type Money, money } from '../money/index.js';
import { formatPeriod, type Period, parsePeriod } from '../period/index.js';
import type { TradeFlowJson } from './trade-flow-schema.js';

/**
 * One observation of trade: a reporter's exports to (or imports from) a partner over a period,
 * as one source published it.
 *
 * @example
 * ```ts
 * const flow = parseTradeFlow({
 *   reporter: 'VNM', partner: 'LAO', flow: 'export', period: '2021-Q1',
 *   value: '159600000', currency: 'USD', status: 'preliminary', source: 'seed-003',
 * });
 * flow.value.amount.toString();
 * //=> '159600000'
 * ```
 *
 * @category Flows
 */
export interface TradeFlow {
  readonly reporter: string;
  readonly partner: string;
  readonly flow: 'export' | 'import';
  readonly period: Period;
  readonly value: Money;
  readonly valuation?: 'FOB' | 'CIF';
  readonly commodity?: string;
  readonly status: 'estimate' | 'preliminary' | 'official' | 'revised';
  readonly source: string;
  readonly precision?: Decimal;
  readonly derivation?: string;
  readonly uncertain?: boolean;
  readonly note?: string;
}

/** Converts JSON that {@link TradeFlowSchema} accepted to the model. Private to the library. */
export function flowFromValidJson(json: TradeFlowJson, path: IssuePath = []): TradeFlow {
  const flow: { -readonly [K in keyof TradeFlow]: TradeFlow[K] } = {
    reporter: json.reporter,
    partner: json.partner,
    flow: json.flow,
    period: parsePeriod(json.period, [...path, 'period']),
    value: money(json.value, json.currency),
    status: json.status,
    source: json.source,
  };
  if (json.valuation !== undefined) flow.valuation = json.valuation;
  if (json.commodity !== undefined) flow.commodity = json.commodity;
  if (json.precision !== undefined) flow.precision = money(json.precision, json.currency).amount;
  if (json.derivation !== undefined) flow.derivation = json.derivation;
  if (json.uncertain !== undefined) flow.uncertain = json.uncertain;
  if (json.note !== undefined) flow.note = json.note;
  return Object.freeze(flow);
}

/**
 * Writes a trade flow in its JSON form; {@link parseTradeFlow} reads it back unchanged.
 *
 * @throws {@link BilateralError} `INVALID_INPUT` when `flow` is not a `TradeFlow`: its `value` is
 *   not `Money` (a flow's JSON form given in its place, say).
 *
 * @example
 * ```ts
 * const flow = vietnamLaos.flows[2]; // exports in 2021's first quarter
 * tradeFlowToJson(flow).period;
 * //=> '2021-Q1'
 * ```
 *
 * @category Flows
 */
export function tradeFlowToJson(flow: TradeFlow): TradeFlowJson {
  const value = (flow as { value?: unknown } | null)?.value;
  if (!isMoneyValue(value)) {
    throw new BilateralError(
      'INVALID_INPUT',
      `expected a TradeFlow (parseTradeFlow returns one), got ${describeInput(flow)}${typeof flow === 'object' && flow !== null ? ' without a Money value' : ''}`,
    );
  }
  const { period, precision, ...rest } = flow;
  // A value whose amount is not this copy's Decimal is read through its text, or refused.
  const { amount, currency } = checkMoney(value, ['value']);
  return {
    ...rest,
    period: formatPeriod(period),
    value: amount.toFixed(),
    currency,
    ...(precision === undefined ? {} : { precision: precision.toFixed() }),
  };
}
