/**
 * The documented per-series API over a whole dataset (issue 14, part 3): every (reporter, partner,
 * flow) monthly series of Comtrade-shaped data drawn with `datasetSeries` and its `yearOnYear`, at
 * 100k and 1M flows, beside the flow table's `yearOnYearBy` on the same flows. Before timing, both
 * paths are checked to agree on every point: the same exact level, the same reason for a missing
 * rate, and the same rate to 64 digits (`rateDecimal`). `BENCH_ROWS=100000` runs one size. Run
 * with `pnpm bench`; numbers in docs/performance.md (flow tables).
 */
import { describe, expect, test } from 'vitest';
import {
  type DatasetSeriesRequest,
  datasetSeries,
  flowTableFromDataset,
  formatPeriod,
  yearOnYear,
  yearOnYearBy,
} from '../index.js';
import {
  type ComtradeShaped,
  comtradeShaped,
  MONTHS,
  REPORTERS,
} from '../table/__fixtures__/comtrade-shaped.js';
import { comtradeDataset } from './__fixtures__/comtrade-dataset.js';
import type { Dataset } from './dataset.js';

const SIZES = (process.env.BENCH_ROWS ?? '100000,1000000').split(',').map((text) => Number(text));
const KEYS = ['reporter', 'partner', 'flow'] as const;

/** Every (reporter, partner, flow) series the generator made, as a monthly request. */
function seriesRequests(data: ComtradeShaped): DatasetSeriesRequest[] {
  return Array.from({ length: Math.ceil(data.rows / MONTHS) }, (_, series) => ({
    reporter: data.reporterText[Math.floor(series / (2 * data.partners)) % REPORTERS] as string,
    partner: data.partnerText[Math.floor(series / 2) % data.partners] as string,
    measure: series % 2 === 0 ? 'exports' : 'imports',
    periodKind: 'month',
  }));
}

/** The per-series path: each series drawn from the dataset, then its year-on-year growth. */
const perSeries = (dataset: Dataset, requests: readonly DatasetSeriesRequest[]) =>
  requests.map((request) => yearOnYear(datasetSeries(dataset, request)));

describe.each(SIZES)('%i flows', (rows) => {
  const data = comtradeShaped(rows);
  const dataset = comtradeDataset(data);
  const requests = seriesRequests(data);
  const iterations = rows >= 1_000_000 ? 3 : 5;

  test('the per-series API and the flow table agree on every point', { timeout: 600_000 }, () => {
    const growth = yearOnYearBy(flowTableFromDataset(dataset), KEYS);
    const groups = new Map<string, number>();
    for (let i = 0; i < growth.length; i++) {
      const keys = KEYS.map((key) => growth.keyAt(i, key)).join('|');
      groups.set(`${keys}|${growth.keyAt(i, 'period')}`, i);
    }
    let points = 0;
    let differing = 0;
    perSeries(dataset, requests).forEach((series, index) => {
      const request = requests[index] as DatasetSeriesRequest;
      const flow = request.measure === 'exports' ? 'export' : 'import';
      for (const point of series) {
        points++;
        const i = groups.get(
          `${request.reporter}|${request.partner}|${flow}|${formatPeriod(point.period)}`,
        );
        const same =
          i !== undefined &&
          growth.valueAt(i).eq(point.value.amount) &&
          (point.rate === null
            ? growth.reasonAt(i) === point.reason
            : growth.rateDecimal(i)?.eq(point.rate) === true);
        if (!same) differing++;
      }
    });
    expect(points).toBe(rows);
    expect(growth.length).toBe(rows);
    expect(differing).toBe(0);
  });

  test('every series and its year-on-year growth', { timeout: 600_000 }, async ({ bench }) => {
    const table = flowTableFromDataset(dataset);
    perSeries(dataset, requests); // the dataset's index, built once
    await bench.compare(
      bench('datasetSeries + yearOnYear per series, index built in the run', () => {
        // A new flows array: nothing indexed yet (the copy costs a few ms at 1M).
        void perSeries({ ...dataset, flows: dataset.flows.slice() }, requests);
      }),
      bench('datasetSeries + yearOnYear per series, index already built', () => {
        void perSeries(dataset, requests);
      }),
      bench('datasetSeries per series (no growth), index already built', () => {
        for (const request of requests) datasetSeries(dataset, request);
      }),
      bench('flow table: flowTableFromDataset + yearOnYearBy', () => {
        void yearOnYearBy(flowTableFromDataset(dataset), KEYS).rates;
      }),
      bench('flow table: yearOnYearBy on a built table', () => {
        void yearOnYearBy(table, KEYS).rates;
      }),
      { iterations, time: 0, warmupIterations: 1, throws: true },
    );
  });
});
