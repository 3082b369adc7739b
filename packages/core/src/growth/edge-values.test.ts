/**
 * No function of growth/, balance/ or targets/ returns NaN or Infinity: for zeros, tiny and huge
 * values, each call either returns only finite Decimals and numbers or throws a BilateralError
 * (never a TypeError or another raw exception).
 */
import { describe, expect, it } from 'vitest';
import { Decimal } from '../_internal/decimal.js';
import {
  balanceSeries,
  coverageRatio,
  mirrorGap,
  shareOf,
  tradeBalance,
} from '../balance/index.js';
import { BilateralError } from '../errors/index.js';
import type { Series } from '../flow/index.js';
import { money } from '../money/index.js';
import { parsePeriod } from '../period/index.js';
import { evaluateTarget, requiredRate, targetPath } from '../targets/index.js';
import { parseTarget } from '../targets/schemas.js';
import {
  aggregateSeries,
  cagr,
  fixedBaseIndex,
  growthContributions,
  growthRate,
  impliedCurrent,
  impliedPrevious,
  periodOnPeriod,
  seriesCagr,
  yearOnYear,
  yearToDate,
} from './index.js';

const levels: (string | number)[] = [
  '0',
  '1e-30',
  5e-324,
  '0.000000000000000000000000000000000000000000000000000000000001',
  '1',
  '338.6',
  '1e30',
  1e300,
  '123456789012345678901234567890.1234567890123456789012345678901',
  '-1',
  // Past the supported range: refused with OUT_OF_RANGE, never Infinity, a hang or a DecimalError.
  '1e9000000000000001',
  '1e99999999999999999999',
  '1e-9999999',
  '-0',
];
const rates: (string | number)[] = ['-0.999999999', '-0.5', '0', '1e-40', '0.255', '1e6'];
const intervals: (string | number)[] = [1, 3, '0.5', 100];

/** Every Decimal and number reachable from `value` is finite. */
function expectFinite(value: unknown, path = 'result'): void {
  if (Decimal.isDecimal(value)) {
    expect((value as Decimal).isFinite(), `${path} is ${String(value)}`).toBe(true);
  } else if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} is ${value}`).toBe(true);
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) expectFinite(item, `${path}[${index}]`);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) expectFinite(item, `${path}.${key}`);
  }
}

let calls = 0;
let refusals = 0;

/** Runs a call: a result must be finite; an exception must be a BilateralError. */
function check(call: () => unknown): void {
  calls++;
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    refusals++;
    expect(error, String(error)).toBeInstanceOf(BilateralError);
    return;
  }
  expectFinite(result);
}

const series = (measure: Series['measure'], periods: string[], amounts: (string | number)[]) =>
  ({
    reporter: 'VNM',
    partner: 'LAO',
    measure,
    currency: 'USD',
    points: periods.map((period, index) => ({
      period: parsePeriod(period),
      value: money(amounts[index % amounts.length] as string, 'USD'),
    })),
  }) satisfies Series;

/**
 * Each grid makes thousands of calls on extreme values (64-digit Decimals, huge exponents): up to
 * 2.2 s a grid at load 11–16 on 2 cores; 30 s keeps it far from its timeout.
 */
const GRID_TIMEOUT = 30_000;

describe('edge values give finite results or a BilateralError', () => {
  it(
    'growth: rates, implied values, CAGR, contributions',
    () => {
      for (const a of levels) {
        for (const b of levels) {
          check(() => growthRate(a, b));
          check(() => growthRate(money(String(a), 'USD'), money(String(b), 'USD')));
          for (const n of intervals) check(() => cagr(a, b, n));
          check(() => growthContributions({ exports: a, imports: b }, { exports: b, imports: a }));
          check(() =>
            growthContributions({ exports: a, imports: a }, { exports: b, imports: '0' }),
          );
        }
        for (const r of rates) {
          check(() => impliedPrevious(a, r));
          check(() => impliedCurrent(a, r));
        }
      }
    },
    GRID_TIMEOUT,
  );

  it(
    'growth: series functions',
    () => {
      const nonNegative = levels.filter((level) => !String(level).startsWith('-'));
      for (const a of nonNegative) {
        for (const b of nonNegative) {
          // Built inside each call: money() itself refuses values past the supported range.
          const years = () => series('turnover', ['2020', '2021', '2022', '2024'], [a, b]);
          const months = () =>
            series('exports', ['2024-01', '2024-02', '2024-03', '2024-05'], [a, b]);
          check(() => yearOnYear(years()));
          check(() => periodOnPeriod(years()));
          check(() => fixedBaseIndex(years()));
          check(() => fixedBaseIndex(years(), '2021'));
          check(() => seriesCagr(years()));
          check(() => aggregateSeries(months(), 'quarter', { allowIncomplete: true }));
          check(() => aggregateSeries(months(), 'year'));
          check(() => yearToDate(months(), 3, { allowIncomplete: true }));
        }
      }
    },
    GRID_TIMEOUT,
  );

  it(
    'balance: trade balance, coverage, shares, mirror gaps, balance series',
    () => {
      for (const a of levels) {
        for (const b of levels) {
          check(() => tradeBalance({ exports: a, imports: b }));
          check(() => coverageRatio(a, b));
          check(() => shareOf(a, b));
          check(() => mirrorGap(a, b));
          check(() => mirrorGap(a, b, { cifFobFactor: '1e-30' }));
          check(() =>
            balanceSeries(
              series('exports', ['2023', '2024'], [a, b]),
              series('imports', ['2024', '2025'], [b, a]),
            ),
          );
        }
      }
    },
    GRID_TIMEOUT,
  );

  it(
    'targets: required rates, paths and evaluations',
    () => {
      const common = {
        reporter: 'VNM',
        partner: 'LAO',
        measure: 'turnover',
        source: 's',
        setBy: 'test',
      } as const;
      const targets = [
        parseTarget({
          kind: 'growth-band',
          id: 'a',
          ...common,
          year: '2024',
          band: { lower: '-0.99', upper: '5' },
        }),
        parseTarget({
          kind: 'average-growth-band',
          id: 'b',
          ...common,
          baseYear: '2022',
          endYear: '2030',
          band: { lower: '0', upper: '0.15' },
        }),
        parseTarget({
          kind: 'level',
          id: 'c',
          ...common,
          level: { amount: '0.000001', currency: 'USD' },
          byYear: '2030',
        }),
        parseTarget({
          kind: 'level',
          id: 'd',
          ...common,
          level: { amount: '100000000000000000000000000000000000', currency: 'USD' },
          byYear: '2025',
        }),
      ];
      const nonNegative = levels.filter((level) => !String(level).startsWith('-'));
      for (const a of levels) {
        for (const b of levels) {
          for (const n of intervals) check(() => requiredRate(a, b, n));
        }
      }
      for (const target of targets) {
        for (const a of nonNegative) {
          for (const year of [2021, 2022, 2023]) {
            check(() => targetPath(target, { year, value: money(String(a), 'USD') }));
          }
          for (const b of nonNegative) {
            check(() =>
              evaluateTarget(target, series('turnover', ['2022', '2023', '2024'], [a, b])),
            );
            check(() =>
              evaluateTarget(
                target,
                series('turnover', ['2023-01/2023-06', '2024-01/2024-06'], [a, b]),
              ),
            );
          }
        }
      }
    },
    GRID_TIMEOUT,
  );

  it('made enough calls, most of them with a result', () => {
    expect(calls).toBeGreaterThan(3000);
    expect(refusals).toBeLessThan(calls);
  });
});
