// The check of flows given as parsed: the series functions of `/calc` that take plain typed values
// (`checkedDatasetSeries`) import it, not the request checker (`check-series-request.ts`); the
// checkers' field issues are in `economy-code-issue.ts` and `request-issues.ts`, so that an app
// drawing from build-checked data loads the checkers and their messages on demand (see
// checkedDatasetSeries).
import { describeInput } from '../_internal/quote-input.js';
import { BilateralError, type IssuePath } from '../errors/index.js';
import type { TradeFlow } from './trade-flow.js';

/**
 * Checks that flows are parsed {@link TradeFlow}s, not their JSON form (period text, value
 * strings): JSON flows would match no period kind and give an empty series without a word.
 *
 * @throws BilateralError `INVALID_INPUT` naming the first bad flow
 */
export function checkTradeFlows(flows: unknown, path: IssuePath): readonly TradeFlow[] {
  if (!Array.isArray(flows)) {
    throw new BilateralError('INVALID_INPUT', [
      { path, message: `expected an array of trade flows, got ${describeInput(flows)}` },
    ]);
  }
  flows.forEach((flow: unknown, index) => {
    const fields = (typeof flow === 'object' && flow !== null ? flow : {}) as Record<
      string,
      unknown
    >;
    const parsed =
      typeof fields.period === 'object' &&
      fields.period !== null &&
      typeof fields.value === 'object' &&
      fields.value !== null;
    if (!parsed) {
      throw new BilateralError('INVALID_INPUT', [
        {
          path: [...path, index],
          message:
            typeof fields.period === 'string'
              ? `a flow in its JSON form (period ${describeInput(fields.period)}): read the document with parseDataset, or each flow with parseTradeFlow, first`
              : `expected a trade flow, got ${describeInput(flow)}`,
        },
      ]);
    }
  });
  return flows as readonly TradeFlow[];
}
