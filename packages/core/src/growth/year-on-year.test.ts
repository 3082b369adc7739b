import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../__fixtures__/error-code.js';
import { propertyRuns } from '../__fixtures__/property-runs.js';
import type { Series } from '../flow/index.js';
import { money } from '../money/index.js';
import { formatPeriod, nextPeriod, type Period, parsePeriod } from '../period/index.js';
import {
  aggregateSeries,
  fixedBaseIndex,
  type GrowthPoint,
  periodOnPeriod,
  yearOnYear,
} from './index.js';

const code = errorCode;

const series = (points: [string, string][], currency = 'USD'): Series => ({
  reporter: 'VNM',
  partner: 'LAO',
  measure: 'exports',
  currency,
  points: points.map(([period, amount]) => ({
    period: parsePeriod(period),
    value: money(amount, currency),
  })),
});

const show = (points: GrowthPoint[]) =>
  points.map((point) => [
    formatPeriod(point.period),
    point.rate === null ? point.reason : point.rate.toString(),
  ]);

describe('yearOnYear', () => {
  it('compares each period with the same period a year earlier', () => {
    const quarters = series([
      ['2020-Q1', '150'],
      ['2020-Q2', '90'],
      ['2021-Q1', '159.6'],
      ['2021-Q2', '99'],
    ]);
    expect(show(yearOnYear(quarters))).toEqual([
      ['2020-Q1', 'missing-base'],
      ['2020-Q2', 'missing-base'],
      ['2021-Q1', '0.064'],
      ['2021-Q2', '0.1'],
    ]);
    const point = yearOnYear(quarters)[2];
    expect(point?.basePeriod && formatPeriod(point.basePeriod)).toBe('2020-Q1');
    expect(point?.baseValue?.amount.toString()).toBe('150');
  });

  it('compares year-to-date sums as cumulative sums (seed 004: exports up 24 %)', () => {
    const nine = series([
      ['2023-01/2023-09', '396.7'],
      ['2024-01/2024-09', '491.9'],
    ]);
    expect(show(yearOnYear(nine))[1]).toEqual(['2024-01/2024-09', expect.any(String)]);
    expect(yearOnYear(nine)[1]?.rate?.toFixed(3)).toBe('0.240');
  });

  it('reports, never drops, points without a usable base', () => {
    const points = yearOnYear(
      series([
        ['2021', '0'],
        ['2022', '5'],
        ['2024', '7'],
      ]),
    );
    expect(points).toHaveLength(3);
    expect(points.map((p) => (p.rate === null ? p.reason : 'rate'))).toEqual([
      'missing-base',
      'non-positive-base',
      'missing-base',
    ]);
    const last = points[2];
    expect(last?.rate === null && last.message).toBe('2024 has no base: 2023 is not in the series');
  });

  it('gives a point in the year 1 no base, as the first year of any series (no year comes before it)', () => {
    // It threw INVALID_PERIOD ("0001 moved by -12 months leaves the years 1–9999"): valid data
    // the widgets draw (065aa4e) and a series check accepts.
    const message = (period: string) =>
      `${period} has no base: it would be before the year 1 (periods are in the years 1–9999)`;
    for (const [first, second] of [
      ['0001', '0002'],
      ['0001-H2', '0002-H2'],
      ['0001-Q4', '0002-Q4'],
      ['0001-12', '0002-12'],
      ['0001-01/0001-09', '0002-01/0002-09'],
      ['0001-11/0002-01', '0002-11/0003-01'],
    ] as const) {
      const [start, next] = yearOnYear(
        series([
          [first, '100'],
          [second, '110'],
        ]),
      );
      expect(start).toEqual({
        period: parsePeriod(first),
        value: money('100', 'USD'),
        basePeriod: null,
        baseValue: null,
        rate: null,
        reason: 'missing-base',
        message: message(first),
      });
      expect(next?.rate?.toString()).toBe('0.1');
      expect(next?.basePeriod).toEqual(parsePeriod(first));
    }
    // From the year 2 on, a year earlier is a period, which the series may lack.
    const [later] = yearOnYear(series([['0002-Q1', '1']]));
    expect(later?.basePeriod).toEqual(parsePeriod('0001-Q1'));
    expect(later?.rate === null && later.message).toBe(
      '0002-Q1 has no base: 0001-Q1 is not in the series',
    );
  });

  it('refuses to compare partial aggregates', () => {
    const months = series([
      ['2023-07', '1'],
      ['2023-08', '1'],
      ['2023-09', '1'],
      ['2024-07', '1'],
      ['2024-09', '1'],
    ]);
    const quarters = aggregateSeries(months, 'quarter', { allowIncomplete: true });
    const [, q3] = yearOnYear(quarters);
    expect(q3?.rate).toBeNull();
    expect(q3?.rate === null && q3.reason).toBe('partial-period');
  });

  it('refuses bad series with the right codes', () => {
    expect(code(() => yearOnYear(series([])))).toBe('EMPTY_SERIES');
    expect(
      code(() =>
        yearOnYear(
          series([
            ['2023', '1'],
            ['2024-Q1', '1'],
          ]),
        ),
      ),
    ).toBe('PERIOD_MISMATCH');
    expect(
      code(() =>
        yearOnYear(
          series([
            ['2023-01/2023-02', '1'],
            ['2023-03/2023-05', '1'],
          ]),
        ),
      ),
    ).toBe('PERIOD_MISMATCH');
    const mixed: Series = {
      ...series([['2023', '1']]),
      points: [
        { period: parsePeriod('2023'), value: money('1', 'USD') },
        { period: parsePeriod('2024'), value: money('1', 'VND') },
      ],
    };
    expect(code(() => yearOnYear(mixed))).toBe('CURRENCY_MISMATCH');
    expect(
      code(() =>
        yearOnYear(
          series([
            ['2024', '1'],
            ['2023', '1'],
          ]),
        ),
      ),
    ).toBe('INVALID_INPUT');
  });
});

describe('periodOnPeriod', () => {
  it('chains each period to the one before it', () => {
    expect(
      show(
        periodOnPeriod(
          series([
            ['2023-Q4', '400'],
            ['2024-Q1', '500'],
            ['2024-Q2', '400'],
            ['2024-Q4', '400'],
          ]),
        ),
      ),
    ).toEqual([
      ['2023-Q4', 'missing-base'],
      ['2024-Q1', '0.25'],
      ['2024-Q2', '-0.2'],
      ['2024-Q4', 'missing-base'],
    ]);
  });

  it('gives the first period of the year 1 no base, and the next ones their rate', () => {
    const points = periodOnPeriod(
      series([
        ['0001-Q1', '400'],
        ['0001-Q2', '500'],
      ]),
    );
    expect(show(points)).toEqual([
      ['0001-Q1', 'missing-base'],
      ['0001-Q2', '0.25'],
    ]);
    expect(points[0]).toMatchObject({
      basePeriod: null,
      baseValue: null,
      message:
        '0001-Q1 has no base: it would be before the year 1 (periods are in the years 1–9999)',
    });
    expect(points[1]?.basePeriod).toEqual(parsePeriod('0001-Q1'));
    for (const [period, base] of [
      ['0001', null],
      ['0001-01', null],
      ['0001-02', '0001-01'],
      ['0001-H2', '0001-H1'],
      ['0001-01/0001-09', null],
      ['0001-02/0001-04', null],
      ['0001-04/0001-06', '0001-01/0001-03'],
      ['0002', '0001'],
    ] as const) {
      const [point] = periodOnPeriod(series([[period, '1']]));
      expect([period, point?.basePeriod && formatPeriod(point.basePeriod)]).toEqual([period, base]);
      expect(point?.rate === null && point.reason).toBe('missing-base');
    }
  });
});

describe('fixedBaseIndex', () => {
  const turnover = series([
    ['2021', '1370000000'],
    ['2022', '1700000000'],
    ['2024', '2200000000'],
  ]);

  it('divides by the base period (default the first) and multiplies by 100', () => {
    const result = fixedBaseIndex(turnover);
    expect(formatPeriod(result.base.period)).toBe('2021');
    expect(result.points.map((p) => p.index.toFixed(1))).toEqual(['100.0', '124.1', '160.6']);
    expect(result.points[0]?.index.toString()).toBe('100');
    expect(fixedBaseIndex(turnover, '2022').points[2]?.index.toFixed(2)).toBe('129.41');
  });

  it('refuses a base of another kind, a missing base and a zero base', () => {
    expect(code(() => fixedBaseIndex(turnover, '2022-Q1'))).toBe('PERIOD_MISMATCH');
    expect(code(() => fixedBaseIndex(turnover, '2023'))).toBe('INVALID_INPUT');
    expect(code(() => fixedBaseIndex(series([['2021', '0']])))).toBe('NON_POSITIVE_BASE');
  });
});

/** A run of consecutive periods of one kind. */
const consecutive = fc
  .tuple(
    fc.constantFrom('2001', '2001-H2', '2001-Q3', '2001-05', '2001-01/2001-09', '2001-02/2001-04'),
    fc.integer({ min: 0, max: 200 }),
    fc.integer({ min: 1, max: 40 }),
  )
  .map(([start, skip, length]) => {
    let period: Period = parsePeriod(start);
    for (let step = 0; step < skip; step++) period = nextPeriod(period);
    const periods = [period];
    for (let step = 1; step < length; step++) {
      period = nextPeriod(period);
      periods.push(period);
    }
    return periods;
  });

describe('growth series properties', () => {
  it('year-on-year and period-on-period rates of a constant series are exactly 0', () => {
    fc.assert(
      fc.property(
        consecutive,
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
        fc.integer({ min: 0, max: 6 }),
        (periods, units, scale) => {
          const amount = `${units}e-${scale}`;
          const constant: Series = {
            reporter: 'VNM',
            partner: 'LAO',
            measure: 'turnover',
            currency: 'USD',
            points: periods.map((period) => ({ period, value: money(amount, 'USD') })),
          };
          for (const point of [...yearOnYear(constant), ...periodOnPeriod(constant)]) {
            if (point.rate !== null) expect(point.rate.isZero()).toBe(true);
            else expect(point.reason).toBe('missing-base');
          }
          const rated = yearOnYear(constant).filter((point) => point.rate !== null).length;
          const step = periods[0]?.kind === 'year' || periods[0]?.kind === 'year-to-date' ? 1 : 0;
          if (step === 1) expect(rated).toBe(periods.length - 1);
        },
      ),
      propertyRuns(338, { ci: 300, full: 1000 }),
    );
  });
});
