// The checking entries' check of the values a series reads (`buildSeries`, `datasetSeriesWith`),
// apart from `build-checked-series.ts`, which sums parsed Money without it, so that an app drawing
// build-checked data does not load `checkMoney` and its messages.
import { checkMoney } from '../money/check-money.js';
import type { CheckedSeriesRequest } from './check-series-request.js';
import { seriesFlows } from './flow-index.js';
import type { TradeFlow } from './trade-flow.js';

/**
 * Checks that every flow a series request reads has a Money value in range (the measures alike),
 * as the series' sums did when they went through `add`.
 *
 * @param flows - the flows, checked as parsed (`checkTradeFlows`) on first use
 * @param checked - a request `checkSeriesRequest` gave
 * @throws {@link BilateralError} `INVALID_INPUT` naming the first flow in its JSON form; for a value
 *   that is not Money, `INVALID_INPUT` (path `['flows', index, 'value', …]`), and `OUT_OF_RANGE` for
 *   an amount out of range
 *
 * @example
 * ```ts
 * const [first, ...rest] = vietnamLaos.flows;
 * const flows = [{ ...first, value: { amount: '100', currency: 'USD' } }, ...rest];
 * checkSeriesValues(flows, checkSeriesRequest({ reporter: 'VNM', partner: 'LAO', measure: 'turnover', periodKind: 'year' }));
 * // throws BilateralError [INVALID_INPUT]: flows[0].value.amount: expected Money, whose amount is a Decimal, …
 * ```
 */
export function checkSeriesValues(
  flows: readonly TradeFlow[],
  checked: CheckedSeriesRequest,
): void {
  for (const flow of seriesFlows(flows, checked)) {
    try {
      checkMoney(flow.value);
    } catch {
      // Again with the flow's place in the array, looked up only for a bad value.
      checkMoney(flow.value, ['flows', flows.indexOf(flow), 'value']);
    }
  }
}
