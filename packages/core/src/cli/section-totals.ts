import { checkRange } from '../_internal/decimal-range.js';
import { getOrCreate } from '../_internal/get-or-create.js';
import { BilateralError } from '../errors/index.js';
import { type CommodityTotal, hsCodeAt } from '../hs/index.js';
import { seriesKey } from '../hs/roll-up-commodities.js';
import { exactSum } from '../indicators/internal/exact-ratio.js';
import { type Money, money } from '../money/index.js';

/** A section's total of one reporter, partner, direction and period ({@link sectionTotals}). */
export type SectionTotal = Pick<
  CommodityTotal,
  'reporter' | 'partner' | 'flow' | 'period' | 'code' | 'value'
>;

/**
 * The HS sections' totals of chapter or heading totals that `rollUpCommodities` gave: each
 * section's rows summed, per reporter, partner, direction and period, in the order of their first
 * row. These are the `code` and `value` of `rollUpCommodities(flows, { level: 'section' })` on the
 * same flows (exact sums are the same in any grouping; the rows' order is their first flow's),
 * without a second pass over every flow. `undefined` where that call would refuse the flows
 * (a section's rows in several currencies, a sum past the supported range): the caller then
 * makes it, for its error.
 *
 * @example
 * ```ts
 * const flow = { reporter: 'VNM', partner: 'LAO', flow: 'export', period: parsePeriod('2024'), status: 'official', source: 's' } as const;
 * const headings = rollUpCommodities(
 *   [
 *     { ...flow, commodity: '120110', value: money('0.1', 'USD') },
 *     { ...flow, commodity: '1507', value: money('5', 'USD') },
 *   ],
 *   { level: 'heading' },
 * );
 * sectionTotals(headings)?.map((row) => [row.code, row.value.amount.toString()]);
 * //=> [['II', '0.1'], ['III', '5']]
 * ```
 */
export function sectionTotals(rows: readonly CommodityTotal[]): SectionTotal[] | undefined {
  const groups = new Map<string, { first: CommodityTotal; code: string | null; values: Money[] }>();
  for (const row of rows) {
    const code = hsCodeAt(row.code ?? '', 'section');
    const key = `${seriesKey(row)}|${code ?? ''}`;
    const group = getOrCreate(groups, key, () => ({ first: row, code, values: [] }));
    if (group.first.value.currency !== row.value.currency) return undefined;
    group.values.push(row.value);
  }
  try {
    return [...groups.values()].map(({ first, code, values }) => ({
      reporter: first.reporter,
      partner: first.partner,
      flow: first.flow,
      period: first.period,
      code,
      value: money(
        checkRange(exactSum(values.map((value) => value.amount)), 'a section sum'),
        first.value.currency,
      ),
    }));
  } catch (error) {
    if (error instanceof BilateralError) return undefined;
    throw error;
  }
}
