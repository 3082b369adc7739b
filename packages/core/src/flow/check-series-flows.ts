// The checking entries' check of the flows a series reads (`buildSeries`, `datasetSeriesWith`),
// apart from `build-checked-series.ts`, which draws parsed flows without it, so that an app
// drawing build-checked data loads neither `checkPeriod` nor `checkMoney` and their messages.
import { checkMoney } from '../money/check-money.js';
import type { Money } from '../money/money.js';
import { checkPeriod } from '../period/check-period.js';
import type { CheckedSeriesRequest } from './check-series-request.js';
import { seriesFlows } from './flow-index.js';
import type { TradeFlow } from './trade-flow.js';

/** Checks a flow's period and value, naming them under `path`; gives the value as `checkMoney` does. */
function checkFlow(flow: TradeFlow, path: readonly (string | number)[] = []): Money {
  checkPeriod(flow.period, [...path, 'period']);
  return checkMoney(flow.value, [...path, 'value']);
}

/**
 * Checks that every flow a series request reads has a valid Period and a Money value in range
 * (the measures alike), as the series did when they wrote periods with `formatPeriod` and summed
 * with `add`.
 *
 * @param flows - the flows, checked as parsed (`checkTradeFlows`) on first use
 * @param checked - a request `checkSeriesRequest` gave
 * @returns `flows`, or a copy in which a flow whose amount is not this copy's Decimal (another
 *   copy's, or an object that only carries its brand) has it read through its text
 * @throws {@link BilateralError} `INVALID_INPUT` naming the first flow in its JSON form; for the
 *   first flow of the series whose period is not a valid Period, `INVALID_PERIOD` (path
 *   `['flows', index, 'period', …]`); whose value is not Money, `INVALID_INPUT` (path `['flows',
 *   index, 'value', …]`), and `OUT_OF_RANGE` for an amount out of range
 *
 * @example
 * ```ts
 * const [first, ...rest] = vietnamLaos.flows;
 * const flows = [{ ...first, period: { kind: 'year', year: 20245 } }, ...rest];
 * checkSeriesFlows(flows, checkSeriesRequest({ reporter: 'VNM', partner: 'LAO', measure: 'exports', periodKind: 'year' }));
 * // throws BilateralError [INVALID_PERIOD]: flows[0].period.year: year is number 20245, not a whole year from 1 to 9999
 * ```
 */
export function checkSeriesFlows(
  flows: readonly TradeFlow[],
  checked: CheckedSeriesRequest,
): readonly TradeFlow[] {
  let foreign = false;
  for (const flow of seriesFlows(flows, checked)) {
    let value: Money;
    try {
      value = checkFlow(flow);
    } catch {
      // Again with the flow's place in the array, looked up only for a bad flow.
      value = checkFlow(flow, ['flows', flows.indexOf(flow)]);
    }
    foreign ||= value !== flow.value;
  }
  return foreign ? ownFlows(flows) : flows;
}

/** The copies `ownFlows` made, so that every series of the same flows reads (and indexes) one. */
const ownCopies = new WeakMap<readonly TradeFlow[], readonly TradeFlow[]>();

/**
 * `flows` with every amount that is not this copy's Decimal read through its text, made once per
 * array (in one pass, not one per series); a flow whose value `checkMoney` refuses stays as it
 * is, refused when a series reads it.
 */
function ownFlows(flows: readonly TradeFlow[]): readonly TradeFlow[] {
  let own = ownCopies.get(flows);
  if (own === undefined) {
    own = flows.map((flow) => {
      try {
        const value = checkMoney(flow.value);
        return value === flow.value ? flow : { ...flow, value };
      } catch {
        return flow;
      }
    });
    ownCopies.set(flows, own);
  }
  return own;
}
