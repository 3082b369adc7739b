/**
 * `buildSeries` (monthly turnover from exports and imports) and `yearOnYear` on long monthly
 * series: 100 years (1,200 months, 2,400 flows) and 1,000 years (12,000 months, 24,000 flows).
 * Run with `pnpm bench`; numbers in docs/performance.md.
 */

import { expect, test } from 'vitest';
import { GENERATED_SOURCE } from '../__fixtures__/generated-source.js';
import {
  buildSeries,
  parseDataset,
  type SeriesRequest,
  type TradeFlow,
  yearOnYear,
} from '../index.js';

/** Parsed monthly export and import flows of VNM with LAO, `months` months ending 2024-12. */
function monthlyFlows(months: number): readonly TradeFlow[] {
  const first = 2025 * 12 - months;
  const flows = Array.from({ length: months * 2 }, (_, index) => {
    const month = first + Math.floor(index / 2);
    return {
      reporter: 'VNM',
      partner: 'LAO',
      flow: index % 2 === 0 ? ('export' as const) : ('import' as const),
      period: `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`,
      value: `${40_000_000 + ((index * 7_919) % 20_000_000)}.5`,
      currency: 'USD',
      status: 'official' as const,
      source: 'generated',
    };
  });
  return parseDataset({
    id: 'generated',
    title: { en: 'Generated monthly flows' },
    sources: [GENERATED_SOURCE],
    flows,
  }).flows;
}

const turnover: SeriesRequest = {
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'turnover',
  periodKind: 'month',
};

test('buildSeries + yearOnYear on 1,200 and 12,000 months', async ({ bench }) => {
  const options = { iterations: 10, time: 0, warmupIterations: 2, throws: true };
  for (const months of [1_200, 12_000]) {
    const flows = monthlyFlows(months);
    const series = buildSeries(flows, turnover);
    const growth = yearOnYear(series);
    expect(series.points).toHaveLength(months);
    expect(growth.filter((point) => point.rate !== null)).toHaveLength(months - 12);

    const label = `${months.toLocaleString('en')} months`;
    await bench.compare(
      bench(`buildSeries (turnover), ${label}`, () => {
        buildSeries(flows, turnover);
      }),
      bench(`yearOnYear, ${label}`, () => {
        yearOnYear(series);
      }),
      bench(`buildSeries + yearOnYear, ${label}`, () => {
        yearOnYear(buildSeries(flows, turnover));
      }),
      options,
    );
  }
});
