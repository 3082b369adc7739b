import { describeInput } from '../_internal/quote-input.js';
import { BilateralError, type BilateralIssue } from '../errors/index.js';
import { economyCodeIssue } from '../flow/economy-code-issue.js';
import { preferredFlow } from '../flow/preferred-flow.js';
import { commodityIssue } from '../flow/request-issues.js';
import { checkTradeFlows } from '../flow/series-issues.js';
import type { Source } from '../flow/source.js';
import type { TradeFlow } from '../flow/trade-flow.js';
import type { Money } from '../money/index.js';
import { formatPeriod } from '../period/format-period.js';
import { parsePeriod } from '../period/parse-period.js';
import type { Period } from '../period/period.js';
import type { KeyedValue } from './indicator-value.js';

/**
 * Which flows {@link flowValues} reads, and what it keys them by.
 *
 * @example
 * ```ts
 * // Brazil's soya bean (HS 1201) exports to China, 2021 and 2023, as UN Comtrade gives them.
 * const soy = { reporter: 'BRA', partner: 'CHN', flow: 'export', commodity: '1201', status: 'official', source: 'un-comtrade' } as const;
 * const flows = [
 *   { ...soy, period: parsePeriod('2021'), value: money('27208101300', 'USD') },
 *   { ...soy, period: parsePeriod('2023'), value: money('38917721136', 'USD') },
 * ];
 * const request: FlowValuesRequest = { by: 'commodity', reporter: 'BRA', partner: 'CHN', flow: 'export', period: '2023' };
 * flowValues(flows, request).map((row) => row.key);
 * //=> ['1201']
 * ```
 *
 * @category Indicators
 */
export type FlowValuesRequest = {
  /** The reporter, ISO 3166-1 alpha-3. */
  readonly reporter: string;
  /** The direction. */
  readonly flow: 'export' | 'import';
  /** The period (a Period or its text, `'2023'`); only flows of exactly this period count. */
  readonly period: Period | string;
  /** The dataset's sources, to choose among flows several sources publish (see {@link preferredFlow}). */
  readonly sources?: readonly Source[];
} & (
  | {
      /** One row per HS code of the pair's commodity flows (totals are left out). */
      readonly by: 'commodity';
      /** The partner, ISO 3166-1 alpha-3. */
      readonly partner: string;
    }
  | {
      /** One row per partner. */
      readonly by: 'partner';
      /** The HS code to read per partner; absent reads the partners' totals. */
      readonly commodity?: string;
    }
);

/**
 * Commodity-level flows as the `{ key, value }` rows the indicators take: one row per HS code
 * of a reporter–partner pair, or one per partner of a reporter, for one direction and period.
 * Where several flows publish the same row (customs and a ministry, a revision), the one
 * {@link preferredFlow} chooses is used — never their sum. Rows come in the order their first
 * flow has.
 *
 * @param flows - the flows to read (e.g. `dataset.flows`)
 * @param request - the reporter, direction, period, and what to key by, see {@link FlowValuesRequest}
 * @returns one {@link KeyedValue} of Money per HS code or partner; empty when no flow matches
 * @throws {@link BilateralError} `INVALID_INPUT` for flows that are not parsed TradeFlows, or a
 * request with an unknown `by`, an economy code that is not an upper-case ISO 3166-1 alpha-3 code,
 * a direction other than `export` or `import` or an HS code that is not one (one issue per field);
 * `INVALID_PERIOD` for a period that is not one
 *
 * @example
 * ```ts
 * // Brazil's soya bean (HS 1201) exports to China, 2021 and 2023, as UN Comtrade gives them.
 * const soy = { reporter: 'BRA', partner: 'CHN', flow: 'export', commodity: '1201', status: 'official', source: 'un-comtrade' } as const;
 * const flows = [
 *   { ...soy, period: parsePeriod('2021'), value: money('27208101300', 'USD') },
 *   { ...soy, period: parsePeriod('2023'), value: money('38917721136', 'USD') },
 * ];
 * const request = { by: 'commodity', reporter: 'BRA', partner: 'CHN', flow: 'export' } as const;
 * contributionsToGrowth(
 *   flowValues(flows, { ...request, period: '2023' }),
 *   flowValues(flows, { ...request, period: '2021' }),
 * ).rows.map((row) => [row.key, row.value?.toFixed(4)]);
 * //=> [['1201', '0.4304']]
 * ```
 *
 * @category Indicators
 */
export function flowValues(
  flows: readonly TradeFlow[],
  request: FlowValuesRequest,
): KeyedValue<Money>[] {
  checkTradeFlows(flows, ['flows']);
  const by = (request as { by?: unknown } | null)?.by;
  if (by !== 'commodity' && by !== 'partner') {
    throw new BilateralError('INVALID_INPUT', [
      {
        path: ['request', 'by'],
        message: `${describeInput(by)} is not what to key by: use "commodity" or "partner"`,
      },
    ]);
  }
  const fields = request as unknown as Record<string, unknown>;
  const issues = [
    economyCodeIssue(fields.reporter, ['request', 'reporter']),
    by === 'commodity' ? economyCodeIssue(fields.partner, ['request', 'partner']) : undefined,
    fields.flow === 'export' || fields.flow === 'import'
      ? undefined
      : {
          path: ['request', 'flow'],
          message: `${describeInput(fields.flow)} is not a direction: use "export" or "import"`,
        },
    by === 'partner' && fields.commodity !== undefined
      ? commodityIssue(fields.commodity, ['request', 'commodity'])
      : undefined,
  ].filter((issue): issue is BilateralIssue => issue !== undefined);
  if (issues.length > 0) throw new BilateralError('INVALID_INPUT', issues);
  const period = formatPeriod(
    typeof request.period === 'string'
      ? parsePeriod(request.period, ['request', 'period'])
      : request.period,
  );
  const groups = new Map<string, TradeFlow[]>();
  for (const flow of flows) {
    if (flow.reporter !== request.reporter || flow.flow !== request.flow) continue;
    const key =
      request.by === 'commodity'
        ? commodityKey(flow, request.partner)
        : partnerKey(flow, request.commodity);
    if (key === undefined || formatPeriod(flow.period) !== period) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [flow]);
    else group.push(flow);
  }
  return [...groups].map(([key, group]) => ({
    key,
    value: preferredFlow(group, request.sources).value,
  }));
}

/** The row key of a flow read by commodity: its HS code, for the pair's commodity flows. */
function commodityKey(flow: TradeFlow, partner: string): string | undefined {
  return flow.partner === partner ? flow.commodity : undefined;
}

/** The row key of a flow read by partner: the partner, for flows of `commodity` (or totals). */
function partnerKey(flow: TradeFlow, commodity: string | undefined): string | undefined {
  return flow.commodity === commodity ? flow.partner : undefined;
}
